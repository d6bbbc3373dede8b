// The training-facility generator: sets the facility up as a manager would, then lets simulated
// time run day by day through every area of demoAreas, one transaction per month. Deterministic:
// the same kind, scale, years, seed and end date give the same records (see content-hash.ts).
import { updateFacility } from '../../../db/repositories/facility';
import type { FacilityKind } from '../../contract/setup.contract';
import type { OpenTrainingOutput } from '../../contract/demo.contract';
import { reference } from '../reference/reference';
import { demoAreas } from './areas';
import { addDays, addYears, isHoliday, isoWeekday, lastDayOfMonth, monthOf } from './dates';
import { DemoDriver, type DemoHost } from './driver';
import { fullName } from './names';
import { Rng } from './prng';
import { DEFAULT_YEARS, specFor } from './spec';
import { newPassword, staffName, usernameFor } from './staff';
import { contentHash } from './content-hash';
import { at, type DemoOptions, type World } from './world';

export interface GenerateOptions {
  kind: FacilityKind;
  scale: 'small' | 'large';
  years?: number;
  seed: number;
  endDate: string;
  lang: 'uz' | 'ru' | 'en';
  withHash?: boolean;
  /** False: care log, attendance and doses through their handlers too (slow; tests compare both ways). */
  fast?: boolean;
  /** Tests: fewer days than whole years. */
  days?: number;
  /** Tests check every handler output against the contract. */
  checkOutputs?: boolean;
  /** A line now and then for a long run (the CLI prints them to stderr). */
  progress?: (line: string) => void;
}

const NAMES: Record<FacilityKind, (region: string) => string> = {
  women_center: (r) => `Xotin-qizlarni reabilitatsiya qilish va moslashtirish markazi, ${r} boʻlinmasi (OʻQUV)`,
  trafficking_shelter: (r) => `Odam savdosi qurbonlarini reabilitatsiya qilish markazi, ${r} (OʻQUV)`,
  family_home: () => `«Mehr» oilaviy bolalar uyi (OʻQUV)`,
  day_care: () => `«Quyoshli bolalik» kunduzgi parvarish markazi (OʻQUV)`,
};

/** The first working day of the month after `month`: when claims are made and reports closed. */
export function firstWorkingDayAfter(month: string): string {
  let d = addDays(lastDayOfMonth(month), 1);
  while (isoWeekday(d) >= 6 || isHoliday(d)) d = addDays(d, 1);
  return d;
}

export async function generateTraining(host: DemoHost, o: GenerateOptions): Promise<OpenTrainingOutput> {
  const years = o.years ?? DEFAULT_YEARS[o.scale];
  const options: DemoOptions = { kind: o.kind, scale: o.scale, years, seed: o.seed, endDate: o.endDate };
  const start = o.days ? addDays(o.endDate, -o.days + 1) : addDays(addYears(o.endDate, -years), 1);
  const driver = new DemoDriver(host);
  driver.checkOutputs = o.checkOutputs ?? false;
  const root = new Rng(o.seed, `komak-demo/${o.kind}/${o.scale}`);
  const raw = host.raw();
  // A fresh file that is thrown away if anything fails: durability per commit buys nothing here.
  raw.pragma('synchronous = OFF');

  const rng = root.fork('facility');
  const cities = reference().districts.filter((d) => d.regionalCentre);
  const city = rng.pick(cities);
  const region = reference().regions.find((r) => r.soato === city.region)!;
  const boss = staffName(rng);
  const bossUsername = usernameFor(boss, new Set());
  const bossPassword = newPassword();
  const spec = specFor(o.kind, o.scale);
  const facilityName = NAMES[o.kind](region.uz);
  let recoveryKey: string | null = null;
  let managerId = 0;
  await driver.step(at(start, 8).toISOString(), async () => {
    const out = await driver.call(null, at(start, 8), 'setup.init', {
      facility: {
        kind: o.kind,
        name: facilityName,
        regionSoato: city.region,
        districtSoato: city.soato,
        address: `${city.uz}, ${rng.pick(['Mustaqillik', 'Navroʻz', 'Bunyodkor', 'Istiqlol'])} koʻchasi, ${rng.int(1, 90)}-uy`,
        capacity: spec.places,
        licenceNo: `NASP-${start.slice(0, 4)}-${rng.digits(3)}`,
        stir: `3${rng.digits(8)}`,
        phone: `+99871${rng.digits(7)}`,
      },
      admin: { username: bossUsername, fullName: fullName(boss), password: bossPassword, lang: o.lang },
    });
    recoveryKey = out.recoveryKey;
    await updateFacility(driver.db, { training: 1 }, at(start, 8).toISOString());
    const row = await driver.db.selectFrom('users').select('id').where('username', '=', bossUsername).executeTakeFirstOrThrow();
    managerId = row.id;
    await driver.audit({ id: managerId, username: bossUsername, fullName: fullName(boss), role: 'manager', lang: o.lang }, at(start, 8), {
      action: 'setup.training',
      objectType: 'facility',
      objectId: '1',
      changes: { training: [0, 1], seed: [null, o.seed], scale: [null, o.scale], years: [null, years] },
    });
  });

  const w: World = {
    options,
    spec,
    driver,
    start,
    homeRegion: city.region,
    homeDistrict: city.soato,
    fast: o.fast ?? true,
    attendedToday: new Set(),
    extendedCare: new Set(),
    staff: [{ id: managerId, username: bossUsername, fullName: fullName(boss), role: 'manager', lang: o.lang, password: bossPassword }],
    rooms: [],
    groups: [],
    residents: new Map(),
    today: { admitted: [], discharged: [], absences: [] },
    counts: {},
    rng: (name) => root.fork(name),
  };
  const areas = demoAreas.filter((a) => !a.kinds || a.kinds.includes(o.kind));

  await driver.step(at(start, 8, 30).toISOString(), async () => {
    for (const a of areas) await a.begin?.(w);
  });
  let month = monthOf(start);
  for (;;) {
    const first = month === monthOf(start) ? start : `${month}-01`;
    const last = month === monthOf(o.endDate) ? o.endDate : lastDayOfMonth(month);
    await driver.step(at(last, 23).toISOString(), async () => {
      for (let d = first; d <= last; d = addDays(d, 1)) {
        w.today = { admitted: [], discharged: [], absences: [] };
        const previous = monthOf(addDays(`${monthOf(d)}-01`, -1));
        if (d === firstWorkingDayAfter(previous) && previous >= monthOf(start)) for (const a of areas) await a.monthEnd?.(w, previous, d);
        for (const a of areas) await a.day?.(w, d);
      }
    });
    o.progress?.(`${month}: ${w.residents.size} residents, ${JSON.stringify(w.counts)}`);
    if (last === o.endDate) break;
    month = monthOf(addDays(last, 1));
  }
  await driver.step(at(o.endDate, 23, 30).toISOString(), async () => {
    for (const a of areas) await a.end?.(w);
  });
  const slowest = [...driver.timings].sort((a, b) => b[1].ms - a[1].ms).slice(0, 8);
  o.progress?.(`handlers: ${slowest.map(([m, t]) => `${m} ${t.calls}× ${Math.round(t.ms)} ms`).join(', ')}`);
  raw.pragma('synchronous = FULL');
  raw.pragma('wal_checkpoint(TRUNCATE)');

  return {
    ok: true,
    facility: { name: facilityName, kind: o.kind },
    from: start,
    to: o.endDate,
    staff: w.staff.map((s) => ({ username: s.username, fullName: s.fullName, role: s.role, password: s.password })),
    recoveryKey,
    counts: w.counts,
    contentHash: o.withHash ? await contentHash(host.db()) : null,
  };
}
