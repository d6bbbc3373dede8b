import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { TestFacility } from '../fixtures/backend';
import { closeMonth, facilityWithClosedMonth } from '../fixtures/reports';

const facilities: TestFacility[] = [];
afterEach(async () => {
  for (const f of facilities.splice(0)) await f.close();
});
async function fresh() {
  const f = await TestFacility.create();
  facilities.push(f);
  return { f, manager: await f.signIn() };
}
const OCT = { kind: 'activity' as const, from: '2026-10-01', to: '2026-10-31' };

describe('report catalogue and view', () => {
  it('lists the activity report and shows it to readers, not to caregivers', async () => {
    const { f, manager } = await fresh();
    const cat = await f.ok(manager, 'reports.catalogue', {});
    expect(cat.map((c) => c.kind)).toEqual(['activity', 'day_care_claim']);
    expect(cat[0]).toMatchObject({ title: 'Faoliyat hisoboti', containsPersonalData: false });
    const inspector = await f.as('inspector');
    const view = await f.ok(inspector, 'reports.view', OCT);
    expect(view).toMatchObject({ frozen: false, period: null, changedSinceClosing: false, title: 'Faoliyat hisoboti' });
    expect(view.tables.map((t) => t.id)).toEqual([
      'movement',
      'destinations',
      'occupancy',
      'sexAge',
      'plans',
      'services',
      'incidents',
      'staff',
    ]);
    const staff = view.tables.find((t) => t.id === 'staff')!;
    expect(staff.rows).toEqual([
      ['Rahbar', 1],
      ['Nazoratchi', 1],
    ]);
    expect(view.tables.find((t) => t.id === 'plans')!.rows.map((r) => r[1])).toEqual([0, 0, 0, 0]);
    expect(view.tables.find((t) => t.id === 'services')).toMatchObject({ rows: [], total: ['Jami', 0] });
    expect(view.tables.find((t) => t.id === 'movement')!.rows.map((r) => r[1])).toEqual([0, 0, 0, 0, 0]);
    const caregiver = await f.as('caregiver');
    expect((await f.call(caregiver, 'reports.view', OCT)).ok || 'refused').toBe('refused');
  });

  it('rejects a period that ends before it starts or is longer than a year, naming the field', async () => {
    const { f, manager } = await fresh();
    const before = await f.rowCounts();
    const r = await f.call(manager, 'reports.prepare', { kind: 'activity', from: '2026-10-31', to: '2026-10-01' });
    expect(r.ok || r.error.fields).toEqual({ to: 'Tugash sanasi boshlanish sanasidan oldin boʻlmasin.' });
    const long = await f.call(manager, 'reports.view', { kind: 'activity', from: '2025-01-01', to: '2026-01-02' });
    expect(long.ok || long.error.fields?.to).toBe('Davr bir yildan oshmasin.');
    const bad = await f.call(manager, 'reports.prepare', { kind: 'invoices', from: '2026-02-30', to: 'x' });
    expect(bad.ok || Object.keys(bad.error.fields ?? {}).sort()).toEqual(['from', 'kind', 'to']);
    expect(await f.rowCounts()).toEqual(before);
  });
});

describe('closing a period', () => {
  it('goes prepared → checked → closed with who and when, and freezes the exact bytes', async () => {
    const { f, manager } = await fresh();
    const worker = await f.as('social_worker');
    const accountant = await f.as('accountant', 'hisobchi1');
    const prepared = await f.ok(worker, 'reports.prepare', OCT);
    expect(prepared).toMatchObject({ status: 'prepared', preparedBy: 'Test social_worker', figuresSha256: null });
    const early = await f.call(manager, 'reports.close', { periodId: prepared.id });
    expect(early.ok || early.error.message).toContain('tekshirilgan deb belgilang');
    const checked = await f.ok(accountant, 'reports.check', { periodId: prepared.id });
    expect(checked).toMatchObject({ status: 'checked', checkedBy: 'Test accountant' });
    const byAccountant = await f.call(accountant, 'reports.close', { periodId: prepared.id });
    expect(byAccountant.ok || byAccountant.error.code).toBe('forbidden');

    f.now = new Date('2026-11-05T04:00:00Z');
    const closed = await f.ok(manager, 'reports.close', { periodId: prepared.id });
    expect(closed).toMatchObject({ status: 'closed', closedBy: 'Dilnoza Karimova', closedAt: '2026-11-05T04:00:00.000Z' });
    expect(closed.figuresSha256).toMatch(/^[0-9a-f]{64}$/);

    // Later views and exports give the frozen bytes, even after the data change (a new user = one more staff).
    f.now = new Date('2026-11-22T09:00:00Z');
    await f.as('caregiver');
    const view = await f.ok(manager, 'reports.view', OCT);
    expect(view).toMatchObject({ frozen: true, changedSinceClosing: true });
    expect((view.report as { generatedAt: string }).generatedAt).toBe('2026-11-05T04:00:00.000Z');
    const json = await f.ok(manager, 'reports.export', { ...OCT, format: 'json' });
    const bytes = Buffer.from(json.base64, 'base64');
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(closed.figuresSha256);
    const stored = await sql<{ figures: Buffer }>`SELECT figures FROM report_periods WHERE id = ${closed.id}`.execute(f.backend.db);
    expect(Buffer.compare(Buffer.from(stored.rows[0]!.figures), bytes)).toBe(0);

    const history = await f.ok(manager, 'reports.periodHistory', { periodId: closed.id });
    expect(history.map((h) => [h.action, h.userName])).toEqual([
      ['prepare', 'Test social_worker'],
      ['check', 'Test accountant'],
      ['close', 'Dilnoza Karimova'],
    ]);
  });

  it('refuses to close a period that has not ended, or to start the same period twice', async () => {
    const { f, manager } = await fresh();
    const nov = await f.ok(manager, 'reports.prepare', { kind: 'activity', from: '2026-11-01', to: '2026-11-30' });
    await f.ok(manager, 'reports.check', { periodId: nov.id });
    const r = await f.call(manager, 'reports.close', { periodId: nov.id });
    expect(r.ok || r.error.message).toContain('davr hali tugamagan');
    const twice = await f.call(manager, 'reports.prepare', { kind: 'activity', from: '2026-11-01', to: '2026-11-30' });
    expect(twice.ok || twice.error.code).toBe('conflict');
  });

  it('reopens only with a reason, which is kept; a closed period cannot be checked or closed again', async () => {
    const { f, manager, period } = await facilityWithClosedMonth({ key: false });
    facilities.push(f);
    expect((await f.call(manager, 'reports.check', { periodId: period.id })).ok).toBe(false);
    expect((await f.call(manager, 'reports.close', { periodId: period.id })).ok).toBe(false);
    const before = await f.rowCounts();
    const noReason = await f.call(manager, 'reports.reopen', { periodId: period.id, reason: '  ' });
    expect(noReason.ok || noReason.error.fields).toEqual({ reason: 'Toʻldirish shart.' });
    const short = await f.call(manager, 'reports.reopen', { periodId: period.id, reason: 'xato' });
    expect(short.ok || short.error.fields).toEqual({ reason: 'Sababni kamida 5 ta belgida yozing.' });
    const inspector = await f.as('inspector');
    const refused = await f.call(inspector, 'reports.reopen', { periodId: period.id, reason: 'Kechikkan qabul yozildi' });
    expect(refused.ok || refused.error.code).toBe('forbidden');
    const counts = await f.rowCounts();
    expect({ ...counts, users: before.users, sessions: before.sessions, audit_log: before.audit_log }).toEqual(before);

    const reopened = await f.ok(manager, 'reports.reopen', { periodId: period.id, reason: 'Kechikkan qabul yozildi' });
    expect(reopened).toMatchObject({ status: 'prepared', figuresSha256: null, closedAt: null, checkedAt: null });
    const history = await f.ok(manager, 'reports.periodHistory', { periodId: period.id });
    expect(history.at(-1)).toMatchObject({ action: 'reopen', reason: 'Kechikkan qabul yozildi', figuresSha256: period.figuresSha256 });
    const audit = await sql<{ changes: string }>`SELECT changes FROM audit_log WHERE action = 'reports.reopen' AND outcome = 'ok'`.execute(
      f.backend.db,
    );
    expect(JSON.parse(audit.rows[0]!.changes).reason).toEqual([null, 'Kechikkan qabul yozildi']);
    // Closed again: new frozen bytes, new history line.
    await f.ok(manager, 'reports.check', { periodId: period.id });
    const again = await f.ok(manager, 'reports.close', { periodId: period.id });
    expect(again.status).toBe('closed');
  });

  it('a package needs a closed period', async () => {
    const { f, manager } = await fresh();
    await f.ok(manager, 'signing.createKey', { signingPassword: 'Imzo-kaliti-2026', confirmPassword: 'Imzo-kaliti-2026', replace: false });
    const p = await f.ok(manager, 'reports.prepare', OCT);
    const r = await f.call(manager, 'reports.makePackage', { periodId: p.id, signingPassword: 'Imzo-kaliti-2026', lang: 'uz' });
    expect(r.ok || r.error.message).toContain('faqat yopilgan davr');
    const other = await closeMonth(f, manager, '2026-09-01', '2026-09-30');
    expect(other.status).toBe('closed');
  });
});

describe('exports', () => {
  it('exports PDF, CSV and XLSX in the chosen language and records each export', async () => {
    const { f, manager } = await fresh();
    const pdf = await f.ok(manager, 'reports.export', { ...OCT, format: 'pdf', lang: 'ru' });
    expect(pdf).toMatchObject({ fileName: 'komak_activity_2026-10-01_2026-10-31.pdf', mimeType: 'application/pdf' });
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const csv = Buffer.from((await f.ok(manager, 'reports.export', { ...OCT, format: 'csv', lang: 'ru' })).base64, 'base64').toString(
      'utf8',
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('Отчёт о деятельности');
    expect(csv).toContain('Персонал (активные учётные записи)');
    const xlsx = Buffer.from((await f.ok(manager, 'reports.export', { ...OCT, format: 'xlsx' })).base64, 'base64');
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
    const audit = await sql<{ n: number }>`SELECT count(*) AS n FROM audit_log WHERE action = 'reports.export'`.execute(f.backend.db);
    expect(audit.rows[0]!.n).toBe(3);
  });
});
