// The Republican Center's figures for 8 months of 2023 (shared/seeds/000_…txt), rebuilt as a register
// of 10,927 appeals and imported: the app must give the table of the annual report, number by number.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestFacility } from '../fixtures/backend';
import { prng, womenCenter } from '../fixtures/appeals';
import { shuffle, toCsv } from '../fixtures/appeals-register';
import type { CallContext } from '../../electron/backend';

const SEED = {
  total: 10_927,
  byApplicant: { woman: 10_696, girl: 70, man: 161 },
  byViolenceType: { physical: 2_709, sexual: 114, psychological: 4_642, economic: 1_062, other: 2_400 },
  byRegion: {
    '1735': 793,
    '1703': 827,
    '1706': 825,
    '1708': 979,
    '1712': 985,
    '1714': 663,
    '1718': 642,
    '1722': 899,
    '1724': 549,
    '1726': 1_046,
    '1730': 925,
    '1710': 780,
    '1733': 628,
    '1727': 386,
  },
  byPlace: { domestic: 7_362, workplace: 76, public: 737, elsewhere: 459 },
  byRelationship: {
    spouses: 5_535,
    in_laws: 1_363,
    parent_child: 464,
    other_family: 0,
    employer_employee: 53,
    coworkers: 12,
    higher_organization: 11,
    neighbours: 356,
    district_territory: 298,
    office_territory: 65,
    abroad: 18,
  },
};

/** The percentages as the seed prints them. Three are misprints there; the app gives the arithmetic. */
const SEED_PERCENT = {
  byApplicant: { woman: 97.9, girl: 0.6, man: 1.5 },
  // The seed prints sexual 1.1 %: 114 / 10 927 = 1.04 %, so 1.0.
  byViolenceType: { physical: 24.8, sexual: 1.0, psychological: 42.5, economic: 9.7, other: 22.0 },
  // The seed prints Surkhandarya 14.1 %: 899 / 10 927 = 8.23 %, so 8.2.
  byRegion: {
    '1735': 7.3,
    '1703': 7.6,
    '1706': 7.6,
    '1708': 9.0,
    '1712': 9.0,
    '1714': 6.1,
    '1718': 5.9,
    '1722': 8.2,
    '1724': 5.0,
    '1726': 9.6,
    '1730': 8.5,
    '1710': 7.1,
    '1733': 5.7,
    '1727': 3.5,
  },
  // The seed prints workplace "1 percent": 76 / 10 927 = 0.70 %.
  byPlace: { domestic: 67.4, workplace: 0.7, public: 6.7, elsewhere: 4.2 },
};

function expand(counts: Record<string, number>, fill = ''): string[] {
  const out = Object.entries(counts).flatMap(([k, n]) => Array<string>(n).fill(k));
  return out.concat(Array<string>(SEED.total - out.length).fill(fill));
}

/** Every attribute with the seed's exact counts, shuffled independently and zipped into rows. */
function seedRegister(): string[][] {
  const rand = prng(2023);
  const applicants = shuffle(rand, expand(SEED.byApplicant));
  const types = shuffle(rand, expand(SEED.byViolenceType));
  const regions = shuffle(rand, expand(SEED.byRegion));
  const places = [
    ...Object.entries(SEED.byRelationship).flatMap(([rel, n]) => {
      const place = ['spouses', 'in_laws', 'parent_child', 'other_family'].includes(rel)
        ? 'domestic'
        : ['employer_employee', 'coworkers', 'higher_organization'].includes(rel)
          ? 'workplace'
          : 'public';
      return Array.from({ length: n }, () => [place, rel]);
    }),
    ...Array.from({ length: SEED.byPlace.elsewhere }, () => ['elsewhere', '']),
  ];
  while (places.length < SEED.total) places.push(['', '']); // 2,293 appeals with no place recorded
  shuffle(rand, places);
  // Dates spread over 1 January – 31 August 2023; the register is in entry order, not by date.
  return applicants.map((applicant, i) => {
    const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(rand() * 243) * 86_400_000).toISOString().slice(0, 10);
    const channel = rand() < 0.8 ? 'hotline' : 'walk_in';
    return [day, channel, applicant, regions[i]!, types[i]!, places[i]![0]!, places[i]![1]!, '', '', ''];
  });
}

let f: TestFacility;
let m: CallContext;
beforeAll(async () => {
  f = await womenCenter();
  m = await f.signIn();
  const rows = seedRegister();
  // Two appeals just outside the eight months must not change anything.
  rows.push(
    ['2022-12-31', 'hotline', 'man', '1726', 'physical', '', '', '', '', ''],
    ['2023-09-01', 'hotline', 'girl', '1735', 'sexual', '', '', '', '', ''],
  );
  const r = await f.ok(m, 'appeals.import', { csv: toCsv(rows) });
  expect(r).toMatchObject({ imported: 10_929, errors: [] });
});
afterAll(async () => f?.close());

describe('the seed document, reproduced', () => {
  it('gives every count of the 8-month table', async () => {
    const json = await f.ok(m, 'appeals.agencyStats', { from: '2023-01-01', to: '2023-08-31' });
    expect(json.total).toBe(SEED.total);
    expect(json.byApplicant).toEqual(SEED.byApplicant);
    expect(json.byViolenceType).toEqual(SEED.byViolenceType);
    expect(json.byRegion).toEqual(SEED.byRegion);
    expect(json.byPlace).toEqual(SEED.byPlace);
    expect(json.byRelationship).toEqual(SEED.byRelationship);
  });

  it('gives the seed’s percentages (its three misprints corrected)', async () => {
    const json = await f.ok(m, 'appeals.agencyStats', { from: '2023-01-01', to: '2023-08-31' });
    expect(json.percent.byApplicant).toEqual(SEED_PERCENT.byApplicant);
    expect(json.percent.byViolenceType).toEqual(SEED_PERCENT.byViolenceType);
    expect(json.percent.byRegion).toEqual(SEED_PERCENT.byRegion);
    expect(json.percent.byPlace).toEqual(SEED_PERCENT.byPlace);
    const s = await f.ok(m, 'appeals.stats', { from: '2023-01-01', to: '2023-08-31' });
    expect(s.noPlace.count).toBe(2_293);
    expect(s.byPlace.find((p) => p.key === 'domestic')!.unspecified.count).toBe(0);
  });

  it('prints the same table in a PDF, in Uzbek', async () => {
    const pdf = await f.ok(m, 'appeals.statsPdf', { from: '2023-01-01', to: '2023-08-31' });
    const file = join(f.dir, 'seed.pdf');
    writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Jami murojaatlar\s+10 927/);
    expect(text).toMatch(/Ayollar\s+10 696\s+97,9 %/);
    expect(text).toMatch(/Jismoniy\s+2 709\s+24,8 %/);
    expect(text).toMatch(/Ruhiy \(psixologik\)\s+4 642\s+42,5 %/);
    expect(text).toMatch(/Surxondaryo viloyati\s+899\s+8,2 %/);
    expect(text).toMatch(/Oilada \(maishiy\)\s+7 362\s+67,4 %/);
    expect(text).toMatch(/Er va xotin oʻrtasida\s+5 535\s+50,7 %/);
    expect(text).toMatch(/Qaynona va kelin oʻrtasida\s+1 363\s+12,5 %/);
    expect(text).toMatch(/Boshqa davlat hududida\s+18\s+0,2 %/);
    expect(text).toMatch(/Boshqa joyda\s+459\s+4,2 %/);
  });
});
