import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppealCreateInput } from '../../electron/contract/index';
import { percentOf } from '../../electron/features/appeals/stats';
import { TestFacility } from '../fixtures/backend';
import { REGIONS, TRAFFICKING_SHELTER, womenCenter } from '../fixtures/appeals';

let f: TestFacility;
afterEach(async () => f?.close());

const base: AppealCreateInput = { applicant: 'woman', regionSoato: '1726', violenceType: 'physical' };

/** 8 appeals in March 2026, plus one on each side of the month that must not be counted. */
const MARCH: AppealCreateInput[] = [
  { ...base, appealDate: '2026-02-28', violenceType: 'sexual', regionSoato: '1735' }, // outside
  { ...base, appealDate: '2026-03-01', place: 'domestic', relationship: 'spouses', help: ['legal', 'psychological'], suicideRisk: true },
  { ...base, appealDate: '2026-03-01', place: 'domestic', relationship: 'in_laws', help: ['legal'] },
  { ...base, appealDate: '2026-03-10', place: 'domestic', violenceType: 'psychological', channel: 'walk_in' },
  { ...base, appealDate: '2026-03-12', applicant: 'girl', age: 15, place: 'workplace', relationship: 'coworkers', regionSoato: '1703' },
  {
    ...base,
    appealDate: '2026-03-15',
    applicant: 'man',
    place: 'public',
    relationship: 'abroad',
    violenceType: 'economic',
    regionSoato: '1703',
  },
  { ...base, appealDate: '2026-03-20', place: 'elsewhere', violenceType: 'other', channel: 'referral', referredBy: 'mahalla' },
  { ...base, appealDate: '2026-03-31', violenceType: 'psychological', regionSoato: '1733', help: ['consultation'] },
  { ...base, appealDate: '2026-03-31', violenceType: 'psychological', regionSoato: '1733' },
  { ...base, appealDate: '2026-04-01', violenceType: 'sexual', regionSoato: '1735' }, // outside
];

async function seed(): Promise<{ m: Awaited<ReturnType<TestFacility['signIn']>> }> {
  const m = await f.signIn();
  for (const a of MARCH) await f.ok(m, 'appeals.create', a);
  return { m };
}

const byKey = (rows: Array<{ key: string; count: number }>) => Object.fromEntries(rows.map((r) => [r.key, r.count]));

describe('statistics', () => {
  it('counts the first and the last day of the period and nothing outside it', async () => {
    f = await womenCenter();
    const { m } = await seed();
    const s = await f.ok(m, 'appeals.stats', { from: '2026-03-01', to: '2026-03-31' });
    expect(s.total).toBe(8);
    expect(byKey(s.byApplicant)).toEqual({ woman: 6, girl: 1, man: 1 });
    expect(byKey(s.byViolenceType)).toEqual({ physical: 3, sexual: 0, psychological: 3, economic: 1, other: 1 });
    expect(byKey(s.byChannel)).toEqual({ hotline: 6, walk_in: 1, referral: 1 });
    expect(byKey(s.byHelp)).toEqual({
      medical: 0,
      psychological: 1,
      social: 0,
      pedagogical: 0,
      legal: 2,
      consultation: 1,
      shelter: 0,
      referral: 0,
    });
    expect(s.suicideRisk).toEqual({ count: 1, percent: 12.5 });
    expect((await f.ok(m, 'appeals.stats', { from: '2026-03-02', to: '2026-03-30' })).total).toBe(4);
    expect((await f.ok(m, 'appeals.stats', { from: '2026-02-28', to: '2026-04-01' })).total).toBe(10);
    expect((await f.ok(m, 'appeals.stats', { from: '2026-03-31', to: '2026-03-31' })).total).toBe(2);
    expect(await f.call(m, 'appeals.stats', { from: '2026-04-01', to: '2026-03-01' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { to: expect.any(String) } },
    });
  });

  it('lists all 14 regions in the official order with zeros, and places with their relationships', async () => {
    f = await womenCenter();
    const { m } = await seed();
    const s = await f.ok(m, 'appeals.stats', { from: '2026-03-01', to: '2026-03-31' });
    expect(s.byRegion.map((r) => r.key)).toEqual(REGIONS);
    expect(byKey(s.byRegion)).toEqual({ ...Object.fromEntries(REGIONS.map((r) => [r, 0])), '1726': 4, '1703': 2, '1733': 2 });
    const places = Object.fromEntries(s.byPlace.map((p) => [p.key, p]));
    expect(places.domestic).toMatchObject({ count: 3, percent: 37.5, unspecified: { count: 1, percent: 12.5 } });
    expect(byKey(places.domestic!.relationships)).toEqual({ spouses: 1, in_laws: 1, parent_child: 0, other_family: 0 });
    expect(byKey(places.workplace!.relationships)).toEqual({ employer_employee: 0, coworkers: 1, higher_organization: 0 });
    expect(byKey(places.public!.relationships)).toEqual({ neighbours: 0, district_territory: 0, office_territory: 0, abroad: 1 });
    expect(places.elsewhere).toMatchObject({ count: 1, relationships: [] });
    // The two appeals with no place are counted under no place.
    expect(s.noPlace).toEqual({ count: 2, percent: 25 });
    expect(s.byPlace.reduce((n, p) => n + p.count, 0) + s.noPlace.count).toBe(s.total);
  });

  it('keys the agency JSON by SOATO code: all 14 regions, zeros included, in ascending code order', async () => {
    f = await womenCenter();
    const { m } = await seed();
    const json = await f.ok(m, 'appeals.agencyStats', { from: '2026-03-01', to: '2026-03-31' });
    // JSON objects order integer-like keys by value, so the codes read 1703 … 1735 (the screen and the
    // PDF list the regions in the official order, Karakalpakstan first).
    const ascending = [...REGIONS].sort();
    expect(Object.keys(json.byRegion)).toEqual(ascending);
    expect(Object.keys(JSON.parse(JSON.stringify(json)).percent.byRegion)).toEqual(ascending);
    expect(Object.values(json.byRegion).reduce((a, b) => a + b, 0)).toBe(json.total);
    expect(json.byRegion['1735']).toBe(0);
  });

  it('gives percentages of one total that add up, in the agency JSON as well', async () => {
    f = await womenCenter();
    const { m } = await seed();
    for (let i = 0; i < 3; i++) await f.ok(m, 'appeals.create', { ...base, appealDate: '2026-03-05', violenceType: 'other' });
    const s = await f.ok(m, 'appeals.stats', { from: '2026-03-01', to: '2026-03-31' });
    expect(s.total).toBe(11);
    for (const breakdown of [s.byApplicant, s.byViolenceType, s.byRegion, s.byChannel]) {
      expect(breakdown.reduce((n, r) => n + r.count, 0)).toBe(s.total);
      for (const r of breakdown) expect(r.percent).toBe(Math.round((r.count / s.total) * 1000) / 10);
      // Rounded one by one (as by hand), a breakdown adds up to 100 within half a tenth per row.
      const sum = breakdown.reduce((n, r) => n + r.percent, 0);
      expect(Math.abs(sum - 100)).toBeLessThanOrEqual(0.05 * breakdown.filter((r) => r.count > 0).length + 1e-9);
    }
    const json = await f.ok(m, 'appeals.agencyStats', { from: '2026-03-01', to: '2026-03-31' });
    expect(json.byViolenceType).toEqual({ physical: 3, sexual: 0, psychological: 3, economic: 1, other: 4 });
    expect(json.percent.byViolenceType).toEqual({ physical: 27.3, sexual: 0, psychological: 27.3, economic: 9.1, other: 36.4 });
    expect(json.byPlace).toEqual({ domestic: 3, workplace: 1, public: 1, elsewhere: 1 });
    expect(json.byRelationship).toMatchObject({ spouses: 1, in_laws: 1, coworkers: 1, abroad: 1, neighbours: 0 });
    expect(json.percent.byPlace.domestic).toBe(27.3);
  });

  it('rounds half up without floating-point drift', () => {
    expect(percentOf(1, 8)).toBe(12.5);
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(1, 2000)).toBe(0.1); // 0.05 rounds up
    expect(percentOf(1, 2001)).toBe(0);
    expect(percentOf(5, 0)).toBe(0);
    expect(percentOf(2709, 10927)).toBe(24.8);
  });

  it('renders the statistics PDF with small region counts hidden unless asked otherwise', async () => {
    f = await womenCenter();
    const { m } = await seed();
    const masked = await f.ok(m, 'appeals.statsPdf', { from: '2026-03-01', to: '2026-03-31' });
    expect(masked).toMatchObject({ mimeType: 'application/pdf', fileName: 'appeals-statistics_2026-03-01_2026-03-31_uz.pdf' });
    const file = join(f.dir, 'stats.pdf');
    writeFileSync(file, Buffer.from(masked.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Murojaatlar statistikasi');
    expect(text).toContain('Davr: 01.03.2026 – 31.03.2026');
    expect(text).toMatch(/Toshkent shahri\s+<5\s*\n/);
    expect(text).toMatch(/Andijon viloyati\s+<5\s*\n/);
    expect(text).toMatch(/Er va xotin oʻrtasida\s+1\s+12,5/);
    expect(text).toContain('«<5»');
    const exact = await f.ok(m, 'appeals.statsPdf', { from: '2026-03-01', to: '2026-03-31', maskSmallCounts: false, lang: 'ru' });
    writeFileSync(file, Buffer.from(exact.base64, 'base64'));
    const ru = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(ru).toContain('Статистика обращений');
    expect(ru).toMatch(/Андижанская область\s+2\s+25,0/);
    expect(ru).not.toContain('<5');
    const exports = await f.backend.db.selectFrom('audit_log').select('object_id').where('action', '=', 'appeals.statsPdf').execute();
    expect(exports.map((e) => e.object_id)).toEqual(['appeals:2026-03-01:2026-03-31', 'appeals:2026-03-01:2026-03-31']);
  });
});

describe('the register list', () => {
  it('filters by period, channel, type, region and place, newest first, page by page', async () => {
    f = await womenCenter();
    const { m } = await seed();
    const all = await f.ok(m, 'appeals.list', { pageSize: 4 });
    expect(all.total).toBe(10);
    expect(all.items.map((a) => a.appealDate)).toEqual(['2026-04-01', '2026-03-31', '2026-03-31', '2026-03-20']);
    expect(all.items[1]!.id).toBeGreaterThan(all.items[2]!.id);
    const page3 = await f.ok(m, 'appeals.list', { pageSize: 4, page: 3 });
    expect(page3.items.map((a) => a.appealDate)).toEqual(['2026-03-01', '2026-02-28']);
    const march = { from: '2026-03-01', to: '2026-03-31' };
    expect((await f.ok(m, 'appeals.list', march)).total).toBe(8);
    expect((await f.ok(m, 'appeals.list', { ...march, channel: 'walk_in' })).items.map((a) => a.violenceType)).toEqual(['psychological']);
    expect((await f.ok(m, 'appeals.list', { ...march, violenceType: 'psychological' })).total).toBe(3);
    expect((await f.ok(m, 'appeals.list', { ...march, regionSoato: '1703' })).total).toBe(2);
    expect((await f.ok(m, 'appeals.list', { ...march, applicant: 'girl' })).items[0]!.age).toBe(15);
    expect((await f.ok(m, 'appeals.list', { ...march, place: 'none' })).total).toBe(2);
    expect((await f.ok(m, 'appeals.list', { ...march, suicideRisk: true })).total).toBe(1);
    expect((await f.ok(m, 'appeals.list', { code: 'A-2026-0000' })).total).toBe(9);
    expect((await f.ok(m, 'appeals.list', { code: 'A-2026-00010' })).total).toBe(1);
    expect((await f.ok(m, 'appeals.list', { code: '%' })).total).toBe(0);
    expect(await f.call(m, 'appeals.list', { pageSize: 500 })).toMatchObject({
      ok: false,
      error: { fields: { pageSize: expect.any(String) } },
    });
  });
});

describe('trafficking shelter statistics', () => {
  it('counts exploitation, countries, referrers and minors', async () => {
    f = await TestFacility.create({ init: TRAFFICKING_SHELTER });
    const m = await f.signIn();
    const t = { regionSoato: '1710', appealDate: '2026-06-01' } as const;
    await f.ok(m, 'appeals.create', {
      ...t,
      applicant: 'woman',
      exploitationType: 'sexual',
      country: 'AE',
      channel: 'referral',
      referredBy: 'consulate',
    });
    await f.ok(m, 'appeals.create', {
      ...t,
      applicant: 'man',
      age: 16,
      exploitationType: 'labour',
      country: 'RU',
      channel: 'referral',
      referredBy: 'law_enforcement',
    });
    await f.ok(m, 'appeals.create', { ...t, applicant: 'man', exploitationType: 'labour', country: 'RU', help: ['legal', 'shelter'] });
    await f.ok(m, 'appeals.create', { ...t, applicant: 'girl', regionSoato: '1714' });
    const s = await f.ok(m, 'appeals.traffickingStats', { from: '2026-06-01', to: '2026-06-30' });
    expect(s.total).toBe(4);
    expect(s.minors).toEqual({ count: 2, percent: 50 });
    expect(byKey(s.byExploitation)).toMatchObject({ sexual: 1, labour: 2, none: 1, begging: 0 });
    expect(s.byCountry).toEqual([
      { key: 'RU', count: 2, percent: 50 },
      { key: 'AE', count: 1, percent: 25 },
      { key: 'none', count: 1, percent: 25 },
    ]);
    expect(byKey(s.byReferrer)).toMatchObject({ consulate: 1, law_enforcement: 1, ngo: 0, none: 2 });
    expect(byKey(s.byRegion)).toMatchObject({ '1710': 3, '1714': 1 });
    expect(byKey(s.byHelp)).toMatchObject({ legal: 1, shelter: 1 });
    const pdf = await f.ok(m, 'appeals.statsPdf', { from: '2026-06-01', to: '2026-06-30', lang: 'en' });
    const file = join(f.dir, 'tr.pdf');
    writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Statistics of appeals by victims of trafficking');
    expect(text).toMatch(/Labour exploitation\s+2\s+50\.0%/);
    expect(text).toMatch(/Russia\s+<5/);
  });
});
