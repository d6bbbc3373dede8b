// The area registry: navigation by role as the foundation issue gives it, and placeholders replaced in place.
// Renderer modules are loaded by path: they belong to the web compile environment, not this one.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
type Role = 'manager' | 'caregiver' | 'social_worker' | 'accountant' | 'inspector';
interface Entry {
  id: string;
  kinds?: readonly string[];
  path: string;
  roles: readonly Role[];
  labelKey: string;
  load: () => Promise<{ default: unknown }>;
}
const registry = (await import(resolve(ROOT, 'renderer/app/area-registry.ts'))) as {
  areasFor(a: Entry[], role: Role, kind?: string): Entry[];
};
const { areas } = (await import(resolve(ROOT, 'renderer/app/areas.tsx'))) as { areas: Entry[] };
const { navLabels } = (await import(resolve(ROOT, 'renderer/i18n/nav.ts'))) as { navLabels: Record<string, unknown> };

// In a day care: every area but the appeals register, which only women's centers and shelters keep.
const ids = (role: Role) => registry.areasFor(areas, role, 'day_care').map((a) => a.id);

describe('navigation by role', () => {
  it('gives the manager every area', () => {
    expect(ids('manager')).toEqual([
      'home',
      'clients',
      'beds',
      'plans',
      'attendance',
      'careLog',
      'billing',
      'reports',
      'backups',
      'audit',
      'settings',
    ]);
  });
  it('gives each other role exactly its areas', () => {
    expect(new Set(ids('caregiver'))).toEqual(new Set(['home', 'clients', 'beds', 'attendance', 'careLog', 'plans']));
    expect(new Set(ids('social_worker'))).toEqual(new Set(['home', 'clients', 'plans', 'careLog']));
    expect(new Set(ids('accountant'))).toEqual(new Set(['home', 'billing', 'reports', 'attendance']));
    expect(new Set(ids('inspector'))).toEqual(new Set(['home', 'plans', 'reports']));
  });
  it('has a unique path and a navigation label in uz, ru and en for every area', () => {
    expect(new Set(areas.map((a) => a.path)).size).toBe(areas.length);
    for (const a of areas) {
      const key = a.labelKey.replace(/^nav\./, '');
      expect(navLabels[key], a.id).toMatchObject({ uz: expect.any(String), ru: expect.any(String), en: expect.any(String) });
    }
  });
  it('loads a page for every area (no dead links)', async () => {
    for (const a of areas) expect(typeof (await a.load()).default, a.id).toBe('function');
  });
});

describe('areas for some facility kinds only', () => {
  it('shows the appeals register in a women’s center and a trafficking shelter, never to an accountant', () => {
    const of = (role: Role, kind?: string) => registry.areasFor(areas, role, kind).map((a) => a.id);
    for (const kind of ['women_center', 'trafficking_shelter']) {
      for (const role of ['manager', 'social_worker', 'caregiver', 'inspector'] as const)
        expect(of(role, kind), `${role} ${kind}`).toContain('appeals');
      expect(of('accountant', kind)).not.toContain('appeals');
    }
    for (const kind of ['family_home', 'day_care']) expect(of('manager', kind)).not.toContain('appeals');
  });
  it('shows the accountant attendance only in day care (elsewhere it is the roll call, which is not hers)', () => {
    const of = (role: Role, kind: string) => registry.areasFor(areas, role, kind).map((a) => a.id);
    expect(of('accountant', 'day_care')).toContain('attendance');
    for (const kind of ['women_center', 'trafficking_shelter', 'family_home']) {
      expect(of('accountant', kind), kind).not.toContain('attendance');
      expect(of('caregiver', kind), kind).toContain('attendance');
    }
  });
  it('shows vouchers and invoices only to a day-care provider', () => {
    const of = (kind: string) => registry.areasFor(areas, 'manager', kind).map((a) => a.id);
    expect(of('day_care')).toContain('billing');
    for (const kind of ['family_home', 'women_center', 'trafficking_shelter']) expect(of(kind), kind).not.toContain('billing');
  });
});

describe('the registry', () => {
  it('has one entry per area id and per path', () => {
    expect(new Set(areas.map((a) => a.id)).size).toBe(areas.length);
    expect(new Set(areas.map((a) => a.path)).size).toBe(areas.length);
  });
});

describe('areas limited to some facility kinds', () => {
  const load = async () => ({ default: () => null });
  const appeals: Entry = { id: 'appeals', path: '/appeals', roles: ['manager'], labelKey: 'nav.appeals', load, kinds: ['women_center'] };
  it('show only in those kinds, and while the kind is still loading', () => {
    expect(registry.areasFor([appeals], 'manager', 'women_center')).toEqual([appeals]);
    expect(registry.areasFor([appeals], 'manager', 'day_care')).toEqual([]);
    expect(registry.areasFor([appeals], 'manager')).toEqual([appeals]);
    expect(registry.areasFor([appeals], 'caregiver', 'women_center')).toEqual([]);
  });
});
