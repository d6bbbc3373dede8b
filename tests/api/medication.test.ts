import { afterEach, describe, expect, it } from 'vitest';
import { home, at, TODAY } from '../fixtures/daily';
import type { TestFacility } from '../fixtures/backend';

let f: TestFacility;
afterEach(async () => f?.close());

async function withPrescriptions() {
  const h = await home();
  f = h.f;
  const [r0, r1] = h.residents;
  const scheduled = await f.ok(h.manager, 'medication.prescribe', {
    clientId: r0!.id,
    medicine: 'Depakin',
    dose: '250 mg',
    route: 'oral',
    times: ['20:00', '08:00'],
    startDate: '2026-11-01',
    prescriber: 'Dr. Aliyeva, nevrolog',
    instructions: 'Ovqatdan keyin',
  });
  const prn = await f.ok(h.manager, 'medication.prescribe', {
    clientId: r0!.id,
    medicine: 'Paratsetamol',
    dose: '250 mg',
    route: 'oral',
    startDate: '2026-11-01',
    prescriber: 'Dr. Aliyeva',
    prn: true,
    prnReasonHint: 'Harorat 38 dan yuqori',
    prnMaxPerDay: 2,
  });
  const other = await f.ok(h.manager, 'medication.prescribe', {
    clientId: r1!.id,
    medicine: 'Ferrum Lek',
    dose: '5 ml',
    route: 'oral',
    times: ['09:00'],
    startDate: '2026-11-01',
    endDate: '2026-12-31',
    prescriber: 'Dr. Karimov',
  });
  return { ...h, scheduled, prn, other };
}

describe('prescriptions', () => {
  it('are recorded by the manager with sorted times; PRN needs a daily maximum and no times', async () => {
    const { scheduled, prn, manager, caregiver, residents } = await withPrescriptions();
    expect(scheduled).toMatchObject({ times: ['08:00', '20:00'], prn: false, active: true });
    expect(prn).toMatchObject({ times: [], prn: true, prnMaxPerDay: 2 });
    const before = await f.rowCounts();
    const bad: Array<[object, string]> = [
      [{ prn: true, times: [] }, 'prnMaxPerDay'],
      [{ prn: true, prnMaxPerDay: 2, times: ['08:00'] }, 'times'],
      [{ times: [] }, 'times'],
      [{ times: ['08:00', '08:00'] }, 'times'],
      [{ times: ['8am'] }, 'times.0'],
      [{ times: ['08:00'], endDate: '2026-10-01' }, 'endDate'],
      [{ times: ['08:00'], medicine: '' }, 'medicine'],
    ];
    for (const [over, field] of bad) {
      const r = await f.call(manager, 'medication.prescribe', {
        clientId: residents[0]!.id,
        medicine: 'X',
        dose: '1',
        route: 'oral',
        startDate: '2026-11-01',
        prescriber: 'Dr',
        ...over,
      });
      expect(r.ok, JSON.stringify(over)).toBe(false);
      if (!r.ok) expect(Object.keys(r.error.fields ?? {})).toContain(field);
    }
    const byCaregiver = await f.call(caregiver, 'medication.prescribe', {
      clientId: residents[0]!.id,
      medicine: 'X',
      dose: '1',
      route: 'oral',
      times: ['08:00'],
      startDate: '2026-11-01',
      prescriber: 'Dr',
    });
    expect(!byCaregiver.ok && byCaregiver.error.code).toBe('forbidden');
    expect({ ...(await f.rowCounts()), audit_log: 0 }).toEqual({ ...before, audit_log: 0 });
    // The caregiver sees only her room's prescriptions.
    expect((await f.ok(caregiver, 'medication.prescriptions', {})).map((p) => p.medicine).sort()).toEqual([
      'Depakin',
      'Ferrum Lek',
      'Paratsetamol',
    ]);
    const stopped = await f.ok(manager, 'medication.stop', { id: scheduled.id, endDate: '2026-11-23', reason: 'Shifokor bekor qildi' });
    expect(stopped).toMatchObject({ active: false, endDate: '2026-11-23', stopReason: 'Shifokor bekor qildi' });
    expect((await f.ok(manager, 'medication.prescriptions', {})).map((p) => p.medicine)).not.toContain('Depakin');
  });
});

describe('today’s round', () => {
  it('lists doses by time, highlights late ones, records given / refused with reasons, and corrections keep the first record', async () => {
    const { caregiver, scheduled, other } = await withPrescriptions();
    at(f, '09:30');
    let round = await f.ok(caregiver, 'medication.round', {});
    expect(round.doses.map((d) => [d.scheduledTime, d.medicine, d.state])).toEqual([
      ['08:00', 'Depakin', 'late'],
      ['09:00', 'Ferrum Lek', 'due'],
      ['20:00', 'Depakin', 'due'],
    ]);
    expect(round.prn.map((p) => p.medicine)).toEqual(['Paratsetamol']);

    const given = await f.ok(caregiver, 'medication.record', {
      prescriptionId: scheduled.id,
      scheduledTime: '08:00',
      status: 'given',
      time: '09:25',
    });
    expect(given).toMatchObject({ state: 'recorded', record: { status: 'given', time: '09:25', by: 'Test caregiver' } });
    const before = await f.rowCounts();
    const noReason = await f.call(caregiver, 'medication.record', { prescriptionId: other.id, scheduledTime: '09:00', status: 'refused' });
    expect(!noReason.ok && noReason.error.fields?.reason).toBeTruthy();
    const wrongTime = await f.call(caregiver, 'medication.record', { prescriptionId: other.id, scheduledTime: '10:00', status: 'given' });
    expect(!wrongTime.ok && wrongTime.error.fields?.scheduledTime).toBeTruthy();
    const again = await f.call(caregiver, 'medication.record', {
      prescriptionId: scheduled.id,
      scheduledTime: '08:00',
      status: 'refused',
      reason: 'Tupurdi',
    });
    expect(!again.ok && again.error.code).toBe('conflict');
    const yesterday = await f.call(caregiver, 'medication.record', {
      prescriptionId: other.id,
      scheduledTime: '09:00',
      status: 'given',
      date: '2026-11-23',
    });
    expect(!yesterday.ok && yesterday.error.fields?.date).toBeTruthy();
    expect(await f.rowCounts()).toEqual(before);

    const corrected = await f.ok(caregiver, 'medication.record', {
      prescriptionId: scheduled.id,
      scheduledTime: '08:00',
      status: 'refused',
      reason: 'Tupurdi',
      correctionReason: 'Notoʻgʻri belgilangan',
    });
    expect(corrected.record).toMatchObject({ status: 'refused', corrected: false });
    expect(corrected.history).toEqual([expect.objectContaining({ status: 'given', corrected: true })]);
    await expect(f.backend.db.deleteFrom('medication_administrations').execute()).rejects.toThrow(/append-only/);

    await f.ok(caregiver, 'medication.record', {
      prescriptionId: other.id,
      scheduledTime: '09:00',
      status: 'not_available',
      reason: 'Dorixonada yoʻq',
    });
    round = await f.ok(caregiver, 'medication.round', {});
    expect(round.doses.map((d) => d.state)).toEqual(['recorded', 'recorded', 'due']);
  });

  it('explains doses of a resident in hospital by the absence', async () => {
    const { caregiver, manager, residents, other } = await withPrescriptions();
    await f.ok(manager, 'stays.startAbsence', { clientId: residents[1]!.id, fromDate: TODAY, reason: 'hospital' });
    at(f, '11:00');
    const round = await f.ok(caregiver, 'medication.round', {});
    const dose = round.doses.find((d) => d.prescriptionId === other.id)!;
    expect(dose).toMatchObject({ state: 'late', absence: 'hospital' });
    // "Absent" takes the absence as its reason when none is written.
    const rec = await f.ok(caregiver, 'medication.record', { prescriptionId: other.id, scheduledTime: '09:00', status: 'absent' });
    expect(rec.record).toMatchObject({ status: 'absent', reason: 'hospital' });
    const today = await f.ok(caregiver, 'daily.today', {});
    expect(today.dosesLate).toBe(1); // Depakin 08:00 only: the hospital dose is explained
  });

  it('gives as-needed doses with a reason up to the daily maximum', async () => {
    const { caregiver, prn, scheduled } = await withPrescriptions();
    at(f, '10:00');
    expect((await f.ok(caregiver, 'medication.givePrn', { prescriptionId: prn.id, reason: 'Harorat 38,4' })).givenToday).toBe(1);
    at(f, '16:00');
    const second = await f.ok(caregiver, 'medication.givePrn', { prescriptionId: prn.id, reason: 'Harorat 38,2' });
    expect(second).toMatchObject({ givenToday: 2, maxPerDay: 2 });
    expect(second.doses.map((d) => d.reason)).toEqual(['Harorat 38,4', 'Harorat 38,2']);
    const before = await f.rowCounts();
    at(f, '22:00');
    const third = await f.call(caregiver, 'medication.givePrn', { prescriptionId: prn.id, reason: 'Harorat 38,5' });
    expect(!third.ok && third.error.code).toBe('conflict');
    if (!third.ok) expect(third.error.message).toContain('eng koʻp miqdor');
    const noReason = await f.call(caregiver, 'medication.givePrn', { prescriptionId: prn.id, reason: '' });
    expect(!noReason.ok && noReason.error.fields?.reason).toBeTruthy();
    const scheduledAsPrn = await f.call(caregiver, 'medication.givePrn', { prescriptionId: scheduled.id, reason: 'x' });
    expect(!scheduledAsPrn.ok && scheduledAsPrn.error.fields?.prescriptionId).toBeTruthy();
    expect(await f.rowCounts()).toEqual(before);
    // The next day the count starts again.
    at(f, '08:00', '2026-11-25');
    const nextDay = await f.signIn('malika');
    expect((await f.ok(nextDay, 'medication.givePrn', { prescriptionId: prn.id, reason: 'Harorat 38' })).givenToday).toBe(1);
  });

  it('corrects an as-needed dose: struck out with a reason, the count follows, the maximum still holds', async () => {
    const { caregiver, manager, prn } = await withPrescriptions();
    at(f, '10:00');
    const first = (await f.ok(caregiver, 'medication.givePrn', { prescriptionId: prn.id, reason: 'Harorat 38,4' })).doses[0]!;
    at(f, '16:00');
    const second = (await f.ok(caregiver, 'medication.givePrn', { prescriptionId: prn.id, reason: 'Harorat 38,2' })).doses[1]!;
    // Bad input and a refused role: nothing written.
    const accountant = await f.as('accountant', 'hisob');
    const before = await f.rowCounts();
    const noReason = await f.call(caregiver, 'medication.correctPrn', { administrationId: first.id, time: null, reason: '' });
    expect(!noReason.ok && noReason.error.fields?.reason).toBeTruthy();
    const future = await f.call(caregiver, 'medication.correctPrn', { administrationId: first.id, time: '17:00', reason: 'Vaqt' });
    expect(!future.ok && future.error.fields?.time).toBeTruthy();
    const refused = await f.call(accountant, 'medication.correctPrn', { administrationId: first.id, time: null, reason: 'x' });
    expect(refused.ok || refused.error.code).toBe('forbidden');
    // (A refused call leaves an audit record of the attempt, and nothing else.)
    expect({ ...(await f.rowCounts()), audit_log: 0 }).toEqual({ ...before, audit_log: 0 });

    // Written by mistake: struck out, and the day's maximum has room again.
    const undone = await f.ok(caregiver, 'medication.correctPrn', {
      administrationId: second.id,
      time: null,
      reason: 'Boshqa bolaga yozilgan',
    });
    expect(undone.givenToday).toBe(1);
    expect(undone.doses.find((d) => d.id === second.id)).toMatchObject({ corrected: true, status: 'given' });
    expect(undone.doses.at(-1)).toMatchObject({ status: 'missed', corrected: false, reason: 'Boshqa bolaga yozilgan' });
    // The wrong time: the right one replaces it and still counts.
    const moved = await f.ok(caregiver, 'medication.correctPrn', { administrationId: first.id, time: '09:30', reason: 'Vaqti notoʻgʻri' });
    expect(moved.givenToday).toBe(1);
    expect(moved.doses.at(-1)).toMatchObject({ status: 'given', time: '09:30', corrected: false });
    // Corrected once: a second correction of the same record is refused.
    const again = await f.call(caregiver, 'medication.correctPrn', { administrationId: first.id, time: null, reason: 'x' });
    expect(!again.ok && again.error.code).toBe('conflict');
    // Giving again up to the maximum, then turning the struck-out dose back into a given one is refused.
    await f.ok(caregiver, 'medication.givePrn', { prescriptionId: prn.id, reason: 'Harorat 38,9' });
    const missedRow = undone.doses.at(-1)!;
    const over = await f.call(manager, 'medication.correctPrn', {
      administrationId: missedRow.id,
      time: '15:00',
      reason: 'Aslida berilgan',
    });
    expect(!over.ok && over.error.code).toBe('conflict');
    const audit = await f.backend.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'medication.correctPrn')
      .where('object_type', '=', 'medication_administration')
      .execute();
    expect(audit).toHaveLength(2);
  });

  it('refuses the accountant and residents outside the caregiver’s rooms', async () => {
    const h = await home();
    f = h.f;
    const p = await f.ok(h.manager, 'medication.prescribe', {
      clientId: h.residents[3]!.id,
      medicine: 'Vitamin D',
      dose: '1 tomchi',
      route: 'drops',
      times: ['08:00'],
      startDate: '2026-11-01',
      prescriber: 'Dr',
    });
    at(f, '08:10');
    const r = await f.call(h.caregiver, 'medication.record', { prescriptionId: p.id, scheduledTime: '08:00', status: 'given' });
    expect(!r.ok && r.error.code).toBe('forbidden');
    expect((await f.ok(h.caregiver, 'medication.round', {})).doses).toEqual([]);
    const accountant = await f.as('accountant');
    const a = await f.call(accountant, 'medication.round', {});
    expect(!a.ok && a.error.code).toBe('forbidden');
  });
});
