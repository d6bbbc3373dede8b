import { afterEach, describe, expect, it } from 'vitest';
import { dayCare, at, agreement, claimMonth, TODAY, type DayCare } from '../fixtures/daily';

let d: DayCare;
afterEach(async () => d?.f.close());

describe('today’s attendance sheet', () => {
  it('checks children in and out with the time stamped, marks one absent, and keeps the running count', async () => {
    d = await dayCare();
    const { f, caregiver, kids } = d;
    at(f, '08:05');
    let sheet = await f.ok(caregiver, 'attendance.sheet', {});
    expect(sheet.date).toBe(TODAY);
    expect(sheet.rows.map((r) => r.client.id)).toEqual(expect.arrayContaining(kids.map((k) => k.id)));
    expect(sheet.rows).toHaveLength(5); // the child of the other group is not hers
    expect(sheet).toMatchObject({ present: 0, expected: 5, absent: 0 });
    expect(sheet.rows[0]!.authorisedPeople).toHaveLength(1);

    const row = await f.ok(caregiver, 'attendance.checkIn', { clientId: kids[0]!.id });
    // One authorised person: preset as the one who brought the child.
    expect(row.record).toMatchObject({ checkIn: '08:05', checkOut: null, broughtBy: 'Onasi 1' });
    await f.ok(caregiver, 'attendance.checkIn', { clientId: kids[1]!.id, time: '07:50', broughtBy: 'Buvisi' });
    await f.ok(caregiver, 'attendance.markAbsent', { clientId: kids[4]!.id, reason: 'illness', note: 'Shamollagan' });
    sheet = await f.ok(caregiver, 'attendance.sheet', {});
    expect(sheet).toMatchObject({ present: 2, expected: 4, absent: 1 });

    at(f, '16:30');
    const out = await f.ok(caregiver, 'attendance.checkOut', { clientId: kids[0]!.id });
    // The one who brought is preset as the one who collects.
    expect(out.record).toMatchObject({ checkIn: '08:05', checkOut: '16:30', collectedBy: 'Onasi 1' });

    const audit = await f.backend.db
      .selectFrom('audit_log')
      .select(['action', 'object_id'])
      .where('action', 'like', 'attendance.%')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'attendance.checkIn',
      'attendance.checkIn',
      'attendance.markAbsent',
      'attendance.checkOut',
    ]);
    expect(audit[0]!.object_id).toBe(`${kids[0]!.code}/${TODAY}`);
  });

  it('refuses going past 9 hours without an agreement unless a reason is written, and past 12 hours for everyone', async () => {
    d = await dayCare();
    const { f, caregiver, kids } = d;
    await agreement(d, kids[1]!.id);
    at(f, '08:00');
    await f.ok(caregiver, 'attendance.checkIn', { clientId: kids[0]!.id });
    await f.ok(caregiver, 'attendance.checkIn', { clientId: kids[1]!.id });
    const sheet = await f.ok(caregiver, 'attendance.sheet', {});
    expect(sheet.rows.find((r) => r.client.id === kids[0]!.id)).toMatchObject({ hasAgreement: false, limitMinutes: 540 });
    expect(sheet.rows.find((r) => r.client.id === kids[1]!.id)).toMatchObject({ hasAgreement: true, limitMinutes: 720 });

    at(f, '17:30');
    const before = await f.rowCounts();
    const refused = await f.call(caregiver, 'attendance.checkOut', { clientId: kids[0]!.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('conflict');
      expect(refused.error.message).toContain('9 soat');
      expect(refused.error.fields).toHaveProperty('overtimeReason');
    }
    expect(await f.rowCounts()).toEqual(before);
    // With the agreement, 9½ hours is fine.
    expect((await f.ok(caregiver, 'attendance.checkOut', { clientId: kids[1]!.id })).record?.checkOut).toBe('17:30');
    // Without: only with the reason, which is kept.
    const late = await f.ok(caregiver, 'attendance.checkOut', { clientId: kids[0]!.id, overtimeReason: 'Onasi kechikdi' });
    expect(late.record).toMatchObject({ checkOut: '17:30', overtimeReason: 'Onasi kechikdi' });

    // 12 hours is the cap even with an agreement.
    const refusedTwelve = await f.call(caregiver, 'attendance.setDay', { clientId: kids[1]!.id, checkIn: '05:00', checkOut: '17:30' });
    expect(refusedTwelve.ok).toBe(false);
    if (!refusedTwelve.ok) expect(refusedTwelve.error.message).toContain('12 soat');
  });

  it('refuses bad input per field and writes nothing', async () => {
    d = await dayCare();
    const { f, caregiver, kids, other } = d;
    at(f, '09:00');
    const before = await f.rowCounts();
    const cases: Array<[string, unknown, string, string]> = [
      ['attendance.checkIn', { clientId: kids[0]!.id, time: '25:00' }, 'validation', 'time'],
      ['attendance.checkIn', { clientId: kids[0]!.id, time: '10:00' }, 'validation', 'time'], // later than now
      ['attendance.checkIn', { clientId: kids[0]!.id, date: '2026-11-23' }, 'validation', 'date'],
      ['attendance.markAbsent', { clientId: kids[0]!.id, reason: 'vacation' }, 'validation', 'reason'],
      ['attendance.setDay', { clientId: kids[0]!.id, checkIn: '08:00', absenceReason: 'illness' }, 'validation', 'absenceReason'],
      ['attendance.setDay', { clientId: kids[0]!.id, checkIn: '08:00', checkOut: '07:00' }, 'validation', 'checkOut'],
      ['attendance.setDay', { clientId: kids[0]!.id, checkOut: '08:00' }, 'validation', 'checkIn'],
      ['attendance.checkOut', { clientId: kids[0]!.id }, 'conflict', ''],
    ];
    for (const [method, input, code, field] of cases) {
      const r = await f.call(caregiver, method, input);
      expect(r.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe(code);
        if (field) expect(Object.keys(r.error.fields ?? {})).toContain(field);
      }
    }
    // Out of her groups: as if it did not exist.
    const foreign = await f.call(caregiver, 'attendance.checkIn', { clientId: other.id });
    expect(!foreign.ok && foreign.error.code).toBe('forbidden');
    expect(await f.rowCounts()).toEqual(before);
  });

  it('lets an accountant read the sheet and the month but write nothing, and an inspector neither', async () => {
    d = await dayCare();
    const { f, kids } = d;
    const accountant = await f.as('accountant');
    const inspector = await f.as('inspector');
    expect((await f.ok(accountant, 'attendance.sheet', {})).rows).toHaveLength(6);
    expect((await f.ok(accountant, 'attendance.month', { month: '2026-11' })).rows).toHaveLength(6);
    const before = await f.rowCounts();
    for (const method of ['attendance.checkIn', 'attendance.markAbsent']) {
      const r = await f.call(accountant, method, { clientId: kids[0]!.id, reason: 'illness' });
      expect(!r.ok && r.error.code).toBe('forbidden');
    }
    expect(!(await f.call(inspector, 'attendance.sheet', {})).ok).toBe(true);
    const caregiverCorrects = await f.call(d.caregiver, 'attendance.correctDay', {
      clientId: kids[0]!.id,
      date: '2026-11-23',
      checkIn: '08:00',
      reason: 'x',
    });
    expect(!caregiverCorrects.ok && caregiverCorrects.error.code).toBe('forbidden');
    const after = await f.rowCounts();
    expect(after.attendance).toBe(before.attendance);
  });

  it('takes back a mistaken tap: an empty day clears the record, the audit keeps what it was', async () => {
    d = await dayCare();
    const { f, caregiver, kids } = d;
    at(f, '08:10');
    await f.ok(caregiver, 'attendance.checkIn', { clientId: kids[2]!.id });
    const cleared = await f.ok(caregiver, 'attendance.setDay', { clientId: kids[2]!.id });
    expect(cleared.record).toBeNull();
    expect((await f.rowCounts()).attendance).toBe(0);
    const audit = await f.backend.db
      .selectFrom('audit_log')
      .select(['action', 'changes'])
      .where('action', '=', 'attendance.clearDay')
      .execute();
    expect(JSON.parse(audit[0]!.changes!)).toMatchObject({ checkIn: ['08:10', null] });
  });

  it('shows the photo flag and the group asked for; a caregiver cannot tap a child of another group', async () => {
    d = await dayCare();
    const { f, manager, caregiver, kids, other } = d;
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]).toString('base64');
    await f.ok(manager, 'clients.setPhoto', { clientId: kids[2]!.id, mime: 'image/png', contentBase64: png });
    at(f, '08:00');
    const sheet = await f.ok(manager, 'attendance.sheet', {});
    expect(sheet.rows.map((r) => r.client.id).sort()).toEqual([...kids, other].map((k) => k.id).sort());
    expect(sheet.rows.filter((r) => r.hasPhoto).map((r) => r.client.id)).toEqual([kids[2]!.id]);
    const groupB = await f.ok(manager, 'attendance.sheet', { groupId: d.groupB });
    expect(groupB.rows.map((r) => r.client.id)).toEqual([other.id]);
    expect(groupB).toMatchObject({ groupId: d.groupB, expected: 1, present: 0 });
    const before = await f.rowCounts();
    expect(await f.call(caregiver, 'attendance.checkIn', { clientId: other.id })).toMatchObject({ ok: false });
    expect(await f.rowCounts()).toEqual(before);
    expect((await f.ok(manager, 'attendance.checkIn', { clientId: other.id })).client.id).toBe(other.id);
  });
});

describe('the month tabel', () => {
  async function monthOfRecords() {
    d = await dayCare();
    const { f, manager, kids } = d;
    at(f, '18:00');
    const put = (i: number, date: string, day: object) =>
      f.ok(manager, 'attendance.correctDay', { clientId: kids[i]!.id, date, reason: 'Qogʻoz jurnaldan', ...day });
    await put(0, '2026-11-02', { checkIn: '08:00', checkOut: '17:00' });
    await put(0, '2026-11-03', { checkIn: '08:30', checkOut: '17:00' });
    await put(0, '2026-11-04', { absenceReason: 'illness' });
    await put(1, '2026-11-02', { checkIn: '09:00', checkOut: '13:30' });
    await put(1, '2026-11-03', { checkIn: '09:00' });
    return d;
  }

  it('gives hours or absence codes per day with totals per child and per day; corrections are audited with the reason', async () => {
    const { f, manager, kids } = await monthOfRecords();
    const grid = await f.ok(manager, 'attendance.month', { month: '2026-11' });
    expect(grid.days).toHaveLength(30);
    const first = grid.rows.find((r) => r.client.id === kids[0]!.id)!;
    expect(first).toMatchObject({ daysPresent: 2, minutes: 540 + 510, absences: 1, incomplete: 0 });
    expect(first.cells[1]).toMatchObject({
      date: '2026-11-02',
      minutes: 540,
      corrected: true,
      correction: { by: 'Dilnoza Karimova', at: '2026-11-24T13:00:00.000Z', reason: 'Qogʻoz jurnaldan' },
    });
    // The past day's sheet says the same, and today's taps carry no stamp.
    const past = await f.ok(manager, 'attendance.sheet', { date: '2026-11-02' });
    expect(past).toMatchObject({ isToday: false, present: 2 });
    expect(past.rows.find((r) => r.client.id === kids[0]!.id)!.correction).toMatchObject({ reason: 'Qogʻoz jurnaldan' });
    await f.ok(manager, 'attendance.checkIn', { clientId: kids[2]!.id });
    expect((await f.ok(manager, 'attendance.sheet', {})).rows.find((r) => r.client.id === kids[2]!.id)!.correction).toBeNull();
    expect(first.cells[3]).toMatchObject({ absenceReason: 'illness', minutes: null });
    const second = grid.rows.find((r) => r.client.id === kids[1]!.id)!;
    expect(second).toMatchObject({ daysPresent: 2, minutes: 270, incomplete: 1 });
    expect(grid.days[1]).toMatchObject({ date: '2026-11-02', present: 2, weekday: 1 });
    // Every day a child was due up to yesterday is present, absent or unmarked: the three add up (16 working days before the 24th).
    for (const row of grid.rows) expect(row.daysPresent + row.absences + row.unmarked).toBe(16);
    expect(first.unmarked).toBe(13);
    expect(first.cells[0]).toMatchObject({ date: '2026-11-01', expected: false, unmarked: false }); // a Sunday
    expect(first.cells[4]).toMatchObject({ date: '2026-11-05', expected: true, unmarked: true });
    expect(first.cells[23]).toMatchObject({ date: TODAY, expected: true, unmarked: false }); // today is still being filled in
    expect(grid.totals).toEqual({ daysPresent: 4, minutes: 540 + 510 + 270, absences: 1, unmarked: 13 + 14 + 16 * 4 });
    const audit = await f.backend.db.selectFrom('audit_log').select('changes').where('action', '=', 'attendance.correctDay').execute();
    expect(audit).toHaveLength(5);
    expect(JSON.parse(audit[0]!.changes!).reason).toEqual([null, 'Qogʻoz jurnaldan']);
  });

  it('refuses to change a billed (locked) month, names the claim, and takes billing’s correction', async () => {
    const { f, manager, kids } = await monthOfRecords();
    const put = (date: string, day: object) =>
      f.ok(manager, 'attendance.correctDay', { clientId: kids[0]!.id, date, reason: 'Qogʻoz jurnaldan', ...day });
    await put('2026-10-05', { checkIn: '08:00', checkOut: '17:00' });
    await put('2026-10-06', { checkIn: '08:00', checkOut: '16:00' });
    const number = await claimMonth(d, '2026-10');
    const grid = await f.ok(manager, 'attendance.month', { month: '2026-10' });
    expect(grid.locked).toBe(true);
    expect(grid.rows[0]!.cells.every((c) => c.locked)).toBe(true);
    expect((await f.ok(manager, 'attendance.month', { month: '2026-11' })).locked).toBe(false);
    expect((await f.ok(manager, 'attendance.sheet', { date: '2026-10-06' })).rows.every((r) => r.locked)).toBe(true);
    const before = await f.rowCounts();
    const r = await f.call(manager, 'attendance.correctDay', {
      clientId: kids[0]!.id,
      date: '2026-10-06',
      checkIn: '08:00',
      checkOut: '17:00',
      reason: 'Xato',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('conflict');
      expect(r.error.message).toContain(number);
      expect(r.error.message).toContain('Tuzatishlar');
    }
    const imported = await f.ok(manager, 'attendance.import', {
      csv: `client_code,date,check_in,check_out,absence_reason\n${kids[0]!.code},2026-10-07,08:00,17:00,\n`,
      replace: true,
    });
    expect(imported.errors[0]!.reason).toContain(number);
    expect({ ...(await f.rowCounts()), audit_log: 0 }).toEqual({ ...before, audit_log: 0 });
    // Billing's own path changes the day; the month shows it.
    await f.ok(manager, 'billing.correctAttendance', {
      clientId: kids[0]!.id,
      date: '2026-10-06',
      checkIn: '08:00',
      checkOut: '17:00',
      absenceReason: null,
      reason: 'Ota-ona 17:00 da olib ketgan',
    });
    const after = await f.ok(manager, 'attendance.month', { month: '2026-10' });
    expect(after.rows.find((row) => row.client.id === kids[0]!.id)!.cells[5]).toMatchObject({
      date: '2026-10-06',
      minutes: 540,
      locked: true,
    });
  });

  it('refuses corrections without a reason, in the future, or on a day the child was not enrolled', async () => {
    const { f, manager, kids } = await monthOfRecords();
    const before = await f.rowCounts();
    const bad: Array<[object, string]> = [
      [{ clientId: kids[0]!.id, date: '2026-11-05', checkIn: '08:00', reason: '' }, 'reason'],
      [{ clientId: kids[0]!.id, date: '2026-11-30', checkIn: '08:00', reason: 'x' }, 'date'],
      [{ clientId: kids[0]!.id, date: '2026-09-30', checkIn: '08:00', reason: 'x' }, 'date'],
    ];
    for (const [input, field] of bad) {
      const r = await f.call(manager, 'attendance.correctDay', input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(Object.keys(r.error.fields ?? {})).toContain(field);
    }
    expect(await f.rowCounts()).toEqual(before);
  });

  it('prints the month as a PDF', async () => {
    const { f, manager } = await monthOfRecords();
    const file = await f.ok(manager, 'attendance.monthPdf', { month: '2026-11', groupId: d.groupA });
    expect(file.mimeType).toBe('application/pdf');
    expect(Buffer.from(file.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(file.fileName).toBe('davomat-2026-11-Quyoshcha.pdf');
  });
});

describe('absence reasons', () => {
  it('are an editable list: the manager adds one, caregivers use it, a retired one is refused', async () => {
    d = await dayCare();
    const { f, manager, caregiver, kids } = d;
    const list = await f.ok(manager, 'attendance.saveReason', { code: 'quarantine', label: 'Karantin', short: 'Q' });
    expect(list.map((r) => r.code)).toEqual(['illness', 'family', 'holiday', 'hospital', 'unexcused', 'quarantine']);
    at(f, '08:00');
    await f.ok(caregiver, 'attendance.markAbsent', { clientId: kids[0]!.id, reason: 'quarantine' });
    await f.ok(manager, 'attendance.saveReason', { code: 'quarantine', label: 'Karantin', short: 'Q', active: false });
    const r = await f.call(caregiver, 'attendance.markAbsent', { clientId: kids[1]!.id, reason: 'quarantine' });
    expect(!r.ok && r.error.fields?.reason).toBeTruthy();
    const noLabel = await f.call(manager, 'attendance.saveReason', { code: 'trip', short: 'S' });
    expect(!noLabel.ok && noLabel.error.fields?.label).toBeTruthy();
    const byCaregiver = await f.call(caregiver, 'attendance.saveReason', { code: 'trip', label: 'Safar', short: 'S' });
    expect(!byCaregiver.ok && byCaregiver.error.code).toBe('forbidden');
  });
});
