// The reports' figures on facilities whose counts are known, number by number.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestFacility } from '../fixtures/backend';
import { FAMILY_HOME, addRooms, person } from '../fixtures/clients';
import { WOMEN_CENTER } from '../fixtures/appeals';
import type { CallContext } from '../../electron/backend';
import type { ActivityData } from '../../electron/features/reports/activity';
import { readZip } from '../../electron/features/reports/zip';
import { verifyPackage } from '../../electron/features/reports/package-verify';
import { closeMonth, SIGNING_PASSWORD } from '../fixtures/reports';
import { seedOctober } from '../fixtures/billing-standins';
import type { ClaimReportData } from '../../electron/features/reports/claim-report';

describe('activity report of a family-type home', () => {
  let f: TestFacility;
  let m: CallContext;
  beforeAll(async () => {
    f = await TestFacility.create({ init: FAMILY_HOME }); // 9 licensed places
    m = await f.signIn();
    const { beds } = await addRooms(f, m, { '1': ['A', 'B', 'C'], '2': ['A', 'B', 'C'], '3': ['A', 'B', 'C'] });
    const child = async (sex: 'F' | 'M', birthDate: string) => (await f.ok(m, 'clients.create', person({ sex, birthDate }))).id;
    const admit = (clientId: number, admittedOn: string, bed: string) =>
      f.ok(m, 'stays.admit', { clientId, admittedOn, referralSource: 'inson_center', bedId: beds[bed]! });
    const discharge = (clientId: number, dischargedOn: string, destination: 'guardianship' | 'own_family' | 'adoption') =>
      f.ok(m, 'stays.discharge', { clientId, dischargedOn, destination });

    const c1 = await child('F', '2015-03-10');
    const c2 = await child('M', '2012-12-01');
    const c3 = await child('F', '2019-10-20');
    const c4 = await child('M', '2010-01-01');
    const c5 = await child('F', '2020-06-06');
    const c6 = await child('M', '2016-02-02');
    const c7 = await child('F', '2014-07-07');
    await admit(c1, '2026-09-01', '1/A'); // stays on
    await admit(c6, '2026-09-01', '1/B');
    await discharge(c6, '2026-09-30', 'adoption'); // gone before October
    await admit(c2, '2026-09-15', '1/C');
    await discharge(c2, '2026-10-10', 'guardianship');
    await admit(c3, '2026-10-05', '2/A');
    await admit(c4, '2026-10-20', '2/B');
    await discharge(c4, '2026-10-25', 'own_family');
    await admit(c2, '2026-10-28', '2/C'); // readmitted: a new stay, the same child
    await admit(c5, '2026-10-31', '3/A');
    await admit(c7, '2026-11-02', '3/B'); // comes after October
    const incident = (date: string, type: 'fall' | 'aggression', severity: 'low' | 'serious', clientIds: number[]) =>
      f.ok(m, 'incidents.report', {
        date,
        time: '10:30',
        place: 'Hovli',
        type,
        severity,
        clientIds,
        description: 'Tavsif',
        actionsTaken: 'Choralar',
      });
    await incident('2026-10-03', 'fall', 'low', [c1]);
    await incident('2026-10-17', 'fall', 'low', [c3]);
    await incident('2026-10-21', 'aggression', 'serious', [c2, c4]);
    await incident('2026-09-28', 'fall', 'serious', [c1]); // September: not counted in October
  }, 60_000);
  afterAll(() => f.close());

  const view = async (from: string, to: string) =>
    (await f.ok(m, 'reports.view', { kind: 'activity', from, to })).report as { data: ActivityData };

  it('October 2026: movement, destinations, bed-days and occupancy', async () => {
    const { data } = await view('2026-10-01', '2026-10-31');
    expect(data.movement).toMatchObject({ atStart: 2, admitted: 4, discharged: 2, atEnd: 4, served: 5 });
    expect(data.movement!.dischargedByDestination).toMatchObject({ guardianship: 1, own_family: 1, adoption: 0, other: 0 });
    // 31 (c1) + 9 (c2, 1–9 Oct) + 4 (c2 again, 28–31) + 27 (c3) + 5 (c4) + 1 (c5) = 77 of 9 × 31 = 279
    expect(data.occupancy).toMatchObject({ basis: 'bed_days', capacity: 9, days: 31, placeDays: 279, usedDays: 77, percent: 27.6 });
  });

  it('October 2026: by sex and age band, each child once', async () => {
    const { data } = await view('2026-10-01', '2026-10-31');
    const band = (b: string) => data.bySexAndAge!.find((r) => r.band === b)!;
    expect(band('11-14')).toMatchObject({ female: 1, male: 1, total: 2 }); // c1 (11), c2 (13)
    expect(band('7-10')).toMatchObject({ female: 1, total: 1 }); // c3 (7)
    expect(band('15-17')).toMatchObject({ male: 1, total: 1 }); // c4 (16 on 25 Oct)
    expect(band('3-6')).toMatchObject({ female: 1, total: 1 }); // c5 (6)
    expect(data.bySexAndAge!.reduce((n, r) => n + r.total, 0)).toBe(5);
  });

  it('October 2026: incidents by type and severity, plans and services from their registers', async () => {
    const { data } = await view('2026-10-01', '2026-10-31');
    expect(data.incidents).toEqual([
      { type: 'fall', severity: 'low', count: 2 },
      { type: 'aggression', severity: 'serious', count: 1 },
    ]);
    expect(data.plans).toEqual({ assessmentsDone: 0, plansApproved: 0, reviewsDone: 0, reviewsOverdue: 0 });
    expect(data.services).toEqual([]);
    const tables = (await f.ok(m, 'reports.view', { kind: 'activity', from: '2026-10-01', to: '2026-10-31' })).tables;
    expect(tables.find((t) => t.id === 'incidents')).toMatchObject({
      rows: [
        ['Yiqilish', 'Yengil', 2],
        ['Tajovuz', 'Jiddiy', 1],
      ],
      total: ['Jami', '', 3],
    });
  });

  it('September, and a period across month ends split by month', async () => {
    const sep = (await view('2026-09-01', '2026-09-30')).data;
    expect(sep.movement).toMatchObject({ atStart: 0, admitted: 3, discharged: 1, atEnd: 2 });
    expect(sep.occupancy).toMatchObject({ placeDays: 270, usedDays: 30 + 29 + 16, percent: 27.8 });
    const q = (await view('2026-09-15', '2026-11-05')).data.occupancy!;
    expect(q.byMonth.map((x) => [x.month, x.days, x.usedDays])).toEqual([
      ['2026-09', 16, 16 + 15 + 16], // c1 15–30, c6 15–29, c2 15–30
      ['2026-10', 31, 77],
      ['2026-11', 5, 5 + 5 + 5 + 5 + 4], // c1, c2, c3, c5 all five days; c7 from the 2nd
    ]);
    expect(q.usedDays).toBe(47 + 77 + 24);
  });
});

describe('women’s center statistics as a catalogue report', () => {
  let f: TestFacility;
  let m: CallContext;
  beforeAll(async () => {
    f = await TestFacility.create({ init: WOMEN_CENTER });
    m = await f.signIn();
    const base = { appealDate: '2026-10-12', applicant: 'woman' as const, violenceType: 'physical' as const };
    for (let i = 0; i < 6; i++) await f.ok(m, 'appeals.create', { ...base, regionSoato: '1726' });
    for (let i = 0; i < 2; i++) await f.ok(m, 'appeals.create', { ...base, regionSoato: '1703', violenceType: 'psychological' });
    await f.ok(m, 'appeals.create', { ...base, appealDate: '2026-11-02', regionSoato: '1703' }); // November: not counted
  }, 60_000);
  afterAll(() => f.close());

  it('is in the catalogue for the manager, not for the accountant', async () => {
    expect((await f.ok(m, 'reports.catalogue', {})).map((c) => c.kind)).toEqual(['activity', 'women_stats']);
    const accountant = await f.as('accountant');
    expect((await f.ok(accountant, 'reports.catalogue', {})).map((c) => c.kind)).toEqual(['activity']);
    const r = await f.call(accountant, 'reports.view', { kind: 'women_stats', from: '2026-10-01', to: '2026-10-31' });
    expect(r.ok || r.error.code).toBe('forbidden');
  });

  it('keeps exact counts in report.json and hides small region counts in the tables that leave', async () => {
    await f.ok(m, 'signing.createKey', { signingPassword: SIGNING_PASSWORD, confirmPassword: SIGNING_PASSWORD, replace: false });
    const p = await f.ok(m, 'reports.prepare', { kind: 'women_stats', from: '2026-10-01', to: '2026-10-31' });
    await f.ok(m, 'reports.check', { periodId: p.id });
    await f.ok(m, 'reports.close', { periodId: p.id });
    const made = await f.ok(m, 'reports.makePackage', { periodId: p.id, signingPassword: SIGNING_PASSWORD, lang: 'uz' });
    const bytes = Buffer.from(made.file.base64, 'base64');
    expect((await verifyPackage(bytes)).verdict).toBe('valid');
    const files = await readZip(bytes);
    const json = JSON.parse(files.find((x) => x.name === 'report.json')!.bytes.toString()) as { data: { agency: unknown } };
    const agency = await f.ok(m, 'appeals.agencyStats', { from: '2026-10-01', to: '2026-10-31' });
    expect(json.data.agency).toEqual(agency);
    expect(agency).toMatchObject({ total: 8, byRegion: { '1726': 6, '1703': 2 }, byViolenceType: { physical: 6, psychological: 2 } });
    const csv = files.find((x) => x.name === 'report.csv')!.bytes.toString();
    // 8 in all, 6 in Tashkent: the "<5" of Andijan would be 8 − 6, so Tashkent's 6 is hidden as well.
    expect(csv).toMatch(/Toshkent shahri,\*,\r\n/);
    expect(csv).toMatch(/Andijon viloyati,<5,\r\n/);
    expect(csv).not.toMatch(/Toshkent shahri,6/);
    expect(csv).not.toMatch(/Andijon viloyati,2/);
  });

  it('an activity report in a women’s center names no one', async () => {
    await closeMonth(f, m, '2026-09-01', '2026-09-30');
    const json = Buffer.from(
      (await f.ok(m, 'reports.export', { kind: 'activity', from: '2026-09-01', to: '2026-09-30', format: 'json' })).base64,
      'base64',
    ).toString();
    expect(JSON.parse(json)).toMatchObject({ containsPersonalData: false });
    expect(json).not.toMatch(/Karimova|lastName|firstName/);
  });
});

describe('the day-care claim as a catalogue report', () => {
  let f: TestFacility;
  afterAll(() => f.close());

  it('carries the claim by programme and by client code, names nowhere, and is signed like the others', async () => {
    f = await TestFacility.create(); // a day-care facility
    const m = await f.signIn();
    await seedOctober(f, m);
    const oct = { kind: 'day_care_claim' as const, from: '2026-10-01', to: '2026-10-31' };
    expect((await f.ok(m, 'reports.catalogue', {})).map((c) => c.kind)).toEqual(['activity', 'day_care_claim']);
    const draft = (await f.ok(m, 'reports.view', oct)).report as { data: ClaimReportData };
    expect(draft.data).toMatchObject({ month: '2026-10', claim: { status: 'draft', number: null }, total: 3_423_473 });
    expect(draft.data.byProgram).toEqual([{ program: 'day_care_child', children: 3, days: 28, amount: 3_423_473 }]);
    expect(draft.data.lines.map((l) => [l.clientCode, l.days, l.amount])).toEqual([
      ['D-2026-0001', 12, 1_359_600],
      ['D-2026-0002', 11, 1_497_373],
      ['D-2026-0003', 5, 566_500],
    ]);
    expect(draft.data.exceptions).toEqual([
      { reason: 'incomplete', days: 1 },
      { reason: 'outside_authorisation', days: 2 },
      { reason: 'hours_beyond_9_no_agreement', days: 1 },
    ]);
    expect(JSON.stringify(draft)).not.toMatch(/Karimov|Rahimova|Oʻrinboyev/);

    // Issued, then closed and signed: the package carries the issued claim's number.
    await f.ok(m, 'billing.issueClaim', { month: '2026-10' });
    await f.ok(m, 'signing.createKey', { signingPassword: SIGNING_PASSWORD, confirmPassword: SIGNING_PASSWORD, replace: false });
    const p = await f.ok(m, 'reports.prepare', oct);
    await f.ok(m, 'reports.check', { periodId: p.id });
    await f.ok(m, 'reports.close', { periodId: p.id });
    const made = await f.ok(m, 'reports.makePackage', { periodId: p.id, signingPassword: SIGNING_PASSWORD, lang: 'ru' });
    const bytes = Buffer.from(made.file.base64, 'base64');
    expect((await verifyPackage(bytes)).verdict).toBe('valid');
    const files = await readZip(bytes);
    const json = JSON.parse(files.find((x) => x.name === 'report.json')!.bytes.toString()) as { data: ClaimReportData };
    expect(json.data.claim).toMatchObject({ status: 'issued', number: 'SC-2026-0001' });
    const csv = files.find((x) => x.name === 'report.csv')!.bytes.toString();
    expect(csv).toContain('Заявка № SC-2026-0001');
    expect(csv).not.toMatch(/Karimov|Rahimova|Oʻrinboyev/);
  });

  it('activity: days of use are the days the children came by the attendance sheet', async () => {
    const m = await f.signIn();
    const { data } = (await f.ok(m, 'reports.view', { kind: 'activity', from: '2026-10-01', to: '2026-10-31' })).report as {
      data: ActivityData;
    };
    // A: 12 weekdays 1–16 Oct; B: 10 weekdays 5–16 + 19 (arrived, never left) + 21, the 20th absent; C: 7 weekdays 5–13.
    expect(data.occupancy).toMatchObject({ basis: 'days_of_use', usedFrom: 'attendance', usedDays: 12 + 12 + 7 });
    expect(data.occupancy!.placeDays).toBe(data.occupancy!.capacity * 22); // 22 weekdays in October 2026
  });

  it('is for one whole month only, and not for the caregiver', async () => {
    const m = await f.signIn();
    const r = await f.call(m, 'reports.view', { kind: 'day_care_claim', from: '2026-10-01', to: '2026-10-15' });
    expect(r.ok || r.error.fields).toEqual({
      to: 'Talabnoma bir toʻliq oy uchun tuziladi: oyning birinchi kunidan oxirgi kunigacha tanlang.',
    });
    const worker = await f.as('social_worker');
    const w = await f.call(worker, 'reports.view', { kind: 'day_care_claim', from: '2026-10-01', to: '2026-10-31' });
    expect(w.ok || w.error.code).toBe('forbidden');
  });
});
