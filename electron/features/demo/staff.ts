// Staff accounts for every role, made with users.create as the manager would. Passwords come from
// the operating system's random source (not the seed): they are shown once and never stored in
// clear, and the content hash leaves password hashes out.
import { randomBytes } from 'node:crypto';
import type { Role } from '../../contract/core';
import { personName, fullName, type PersonName } from './names';
import { at, bump, manager, type DemoArea, type DemoStaff, type World } from './world';
import type { Rng } from './prng';

/** How many of each role besides the manager; the large facility works in shifts. */
export function staffPlan(places: number): Array<[Role, number]> {
  const teams = Math.max(1, Math.round(places / 9));
  return [
    ['caregiver', Math.max(3, teams * 3)],
    ['social_worker', Math.max(2, teams)],
    ['accountant', 1],
    ['inspector', 1],
  ];
}

/** Eleven letters and digits without look-alikes (no 0/O, 1/l): easy to read off a printout. */
export function newPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(12);
  let s = '';
  for (const b of bytes) s += alphabet[b % alphabet.length];
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}`;
}

/** d.karimova: ASCII only (the username rule), unique within the facility. */
export function usernameFor(p: PersonName, taken: Set<string>): string {
  const ascii = (s: string) =>
    s
      .toLowerCase()
      .replace(/[ʻʼ'`]/g, '')
      .replace(/[^a-z]/g, '');
  const base = `${ascii(p.firstName)[0] ?? 'x'}.${ascii(p.lastName)}`.slice(0, 28);
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}${i}`;
  taken.add(name);
  return name;
}

/** A staff member's name: always in Latin (it is also their sign-in). */
export function staffName(rng: Rng): PersonName {
  const sex = rng.chance(0.8) ? 'F' : 'M';
  return personName(rng, sex, { cyrillicShare: 0 });
}

export const staffArea: DemoArea = {
  name: 'staff',
  async begin(w: World) {
    const rng = w.rng('staff');
    const boss = manager(w);
    const taken = new Set(w.staff.map((s) => s.username));
    const when = at(w.start, 8, 30);
    for (const [role, n] of staffPlan(w.spec.places)) {
      for (let i = 0; i < n; i++) {
        const p = staffName(rng);
        const username = usernameFor(p, taken);
        const password = newPassword();
        const lang = rng.chance(0.15) ? 'ru' : 'uz';
        const out = await w.driver.call(boss, when, 'users.create', { username, fullName: fullName(p), role, password, lang });
        const member: DemoStaff = { id: out.id, username, fullName: out.fullName, role, lang, password };
        w.staff.push(member);
        bump(w, 'users');
      }
    }
  },
};
