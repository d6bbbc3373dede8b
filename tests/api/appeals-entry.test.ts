import { afterEach, describe, expect, it } from 'vitest';
import { TestFacility } from '../fixtures/backend';
import { TRAFFICKING_SHELTER, womenCenter } from '../fixtures/appeals';
import { person } from '../fixtures/clients';
import { PLACES, RELATIONSHIPS, RELATIONSHIPS_BY_PLACE, type AppealCreateInput } from '../../electron/contract/index';

let f: TestFacility;
afterEach(async () => f?.close());

const CALL: AppealCreateInput = { applicant: 'woman', regionSoato: '1726', violenceType: 'psychological' };

describe('fast entry', () => {
  it('needs only applicant, region and violence type; dates it now in Tashkent and codes it per year', async () => {
    f = await womenCenter();
    const m = await f.signIn();
    f.now = new Date('2026-03-08T20:30:00Z'); // 01:30 on 9 March in Tashkent
    const a = await f.ok(m, 'appeals.create', CALL);
    expect(a).toMatchObject({
      code: 'A-2026-00001',
      appealDate: '2026-03-09',
      appealTime: '01:30',
      channel: 'hotline',
      name: null,
      nameHidden: false,
      source: 'entry',
    });
    expect(a).toMatchObject({
      help: [],
      violenceExtra: [],
      suicideRisk: false,
      place: null,
      relationship: null,
      outcome: null,
      clientId: null,
    });
    expect((await f.ok(m, 'appeals.create', CALL)).code).toBe('A-2026-00002');
    // A late entry of last year's call takes last year's numbering; a date given means no time assumed.
    const late = await f.ok(m, 'appeals.create', { ...CALL, appealDate: '2025-12-31' });
    expect(late).toMatchObject({ code: 'A-2025-00001', appealTime: null });
    const audit = await f.backend.db.selectFrom('audit_log').selectAll().where('action', '=', 'appeals.create').execute();
    expect(audit.map((r) => r.object_id)).toEqual(['A-2026-00001', 'A-2026-00002', 'A-2025-00001']);
  });

  it('keeps every field of a full record, help and further types as sets', async () => {
    f = await womenCenter();
    const m = await f.signIn();
    const sw = await f.as('social_worker', 'nodira');
    const swId = (await f.ok(sw, 'auth.me', {})).id;
    // The link goes to a client of the register (a dangling id is refused: report-locks.test.ts).
    const client = await f.ok(m, 'clients.create', person({ sex: 'F', birthDate: '2010-02-02' }));
    const a = await f.ok(m, 'appeals.create', {
      appealDate: '2026-05-14',
      appealTime: '09:15',
      channel: 'referral',
      referredBy: 'inson_center',
      referrerNote: 'Yunusobod tumani «Inson» markazi',
      applicant: 'girl',
      age: 16,
      regionSoato: '1703',
      violenceType: 'physical',
      violenceExtra: ['psychological', 'economic', 'psychological'],
      place: 'domestic',
      relationship: 'parent_child',
      suicideRisk: true,
      help: ['psychological', 'legal', 'shelter', 'legal'],
      outcome: 'admitted',
      clientId: client.id,
      name: 'Gʻulomova Oʻgʻiloy',
      assignedUserId: swId,
      notes: 'Onasi bilan keldi.',
    });
    expect(a).toMatchObject({
      appealDate: '2026-05-14',
      appealTime: '09:15',
      channel: 'referral',
      referredBy: 'inson_center',
      referrerNote: 'Yunusobod tumani «Inson» markazi',
      applicant: 'girl',
      age: 16,
      regionSoato: '1703',
      violenceType: 'physical',
      violenceExtra: ['psychological', 'economic'],
      place: 'domestic',
      relationship: 'parent_child',
      suicideRisk: true,
      help: ['psychological', 'legal', 'shelter'],
      outcome: 'admitted',
      clientId: client.id,
      clientCode: client.code,
      name: 'Gʻulomova Oʻgʻiloy',
      assignedUserId: swId,
      assignedName: 'Test social_worker',
      notes: 'Onasi bilan keldi.',
    });
    // The audit trail records that a name was given, never the name itself.
    const entry = await f.backend.db
      .selectFrom('audit_log')
      .select('changes')
      .where('action', '=', 'appeals.create')
      .executeTakeFirstOrThrow();
    expect(entry.changes).not.toContain('Gʻulomova');
    expect(JSON.parse(entry.changes!).full_name).toEqual([null, '•']);
  });

  it('accepts exactly the relationships of each place, and none without a place', async () => {
    f = await womenCenter();
    const m = await f.signIn();
    for (const place of [...PLACES, null]) {
      for (const relationship of RELATIONSHIPS) {
        const fits = place !== null && (RELATIONSHIPS_BY_PLACE[place] as readonly string[]).includes(relationship);
        const r = await f.call(m, 'appeals.create', { ...CALL, place, relationship });
        expect(r.ok, `${place} / ${relationship}`).toBe(fits);
        if (!r.ok) expect(Object.keys(r.error.fields ?? {})).toEqual(['relationship']);
      }
      expect((await f.call(m, 'appeals.create', { ...CALL, place, relationship: null })).ok).toBe(true);
    }
  });

  // Each bad value is refused on its own field, with a message in the user's language, and nothing is written.
  const badFields: Array<[string, Partial<Record<keyof AppealCreateInput, unknown>>, string]> = [
    ['appealDate', { appealDate: '2026-02-30' }, 'v.date'],
    ['appealDate', { appealDate: '14.05.2026' }, 'v.date'],
    ['appealDate', { appealDate: '2026-11-23' }, 'v.appeals.futureDate'],
    ['appealDate', { appealDate: '1999-12-31' }, 'v.appeals.dateTooOld'],
    ['appealTime', { appealTime: '24:00' }, 'v.time'],
    ['channel', { channel: 'phone' }, 'v.choice'],
    ['referredBy', { channel: 'referral' }, 'v.required'],
    ['referredBy', { referredBy: 'ngo' }, 'v.appeals.referrerChannel'],
    ['referredBy', { channel: 'referral', referredBy: 'friend' }, 'v.choice'],
    ['referrerNote', { referrerNote: 'IIB' }, 'v.appeals.referrerChannel'],
    ['referrerNote', { channel: 'referral', referredBy: 'ngo', referrerNote: 'x'.repeat(201) }, 'v.tooLong'],
    ['applicant', { applicant: 'child' }, 'v.choice'],
    ['applicant', { applicant: undefined }, 'v.required'],
    ['age', { age: -1 }, 'v.age'],
    ['age', { age: 121 }, 'v.age'],
    ['age', { age: 30.5 }, 'v.integer'],
    ['age', { age: '30' }, 'v.number'],
    ['age', { applicant: 'girl', age: 18 }, 'v.appeals.girlAge'],
    ['age', { applicant: 'woman', age: 17 }, 'v.appeals.womanAge'],
    ['regionSoato', { regionSoato: '17' }, 'v.region'],
    ['regionSoato', { regionSoato: '1799' }, 'v.region'],
    ['regionSoato', { regionSoato: undefined }, 'v.required'],
    ['violenceType', { violenceType: null }, 'v.required'],
    ['violenceType', { violenceType: 'verbal' }, 'v.choice'],
    ['violenceExtra', { violenceExtra: ['psychological'] }, 'v.appeals.extraPrimary'],
    ['violenceExtra.0', { violenceExtra: ['verbal'] }, 'v.choice'],
    ['place', { place: 'home' }, 'v.choice'],
    ['relationship', { relationship: 'spouses' }, 'v.appeals.relationshipNoPlace'],
    ['relationship', { place: 'workplace', relationship: 'spouses' }, 'v.appeals.relationshipPlace'],
    ['suicideRisk', { suicideRisk: 'yes' }, 'v.type'],
    ['help.1', { help: ['legal', 'food'] }, 'v.choice'],
    ['outcome', { outcome: 'closed' }, 'v.choice'],
    ['clientId', { clientId: 0 }, 'v.tooShort'],
    ['name', { name: 'x'.repeat(121) }, 'v.tooLong'],
    ['assignedUserId', { assignedUserId: 999 }, 'v.appeals.assignee'],
    ['assignedUserId', { assignedUserId: 1 }, 'v.appeals.assignee'], // the manager is not a social worker
    ['exploitationType', { exploitationType: 'labour' }, 'v.appeals.traffickingOnly'],
    ['country', { country: 'RU' }, 'v.appeals.traffickingOnly'],
    ['country', { country: 'ru' }, 'v.country'],
    ['notes', { notes: 'x'.repeat(2001) }, 'v.tooLong'],
    ['surname', { surname: 'X' } as never, 'v.unknownField'],
  ];

  it.each(badFields)('refuses a bad %s and writes nothing (case %#)', async (field, change, key) => {
    f = await womenCenter();
    const m = await f.signIn();
    const before = await f.rowCounts();
    const r = await f.call({ ...m, lang: 'en' }, 'appeals.create', { ...CALL, ...change });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('validation');
    expect(Object.keys(r.error.fields ?? {})).toContain(field === 'surname' ? '_' : field);
    const { translator } = await import('../../electron/i18n/index');
    const message = r.error.fields![field === 'surname' ? '_' : field];
    expect(message).toBe(translator('uz')(key));
    expect(await f.rowCounts()).toEqual(before);
  });

  it('refuses the register in a facility that does not keep one', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    const r = await f.call(m, 'appeals.create', CALL);
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await f.rowCounts()).appeals).toBe(0);
  });
});

describe('trafficking shelter', () => {
  it('keeps exploitation, country and referrer; the violence type is optional there', async () => {
    f = await TestFacility.create({ init: TRAFFICKING_SHELTER });
    const m = await f.signIn();
    const a = await f.ok(m, 'appeals.create', {
      applicant: 'man',
      age: 34,
      regionSoato: '1710',
      channel: 'referral',
      referredBy: 'consulate',
      exploitationType: 'labour',
      country: 'RU',
    });
    expect(a).toMatchObject({ violenceType: null, exploitationType: 'labour', country: 'RU', referredBy: 'consulate' });
    expect(await f.call(m, 'appeals.create', { applicant: 'woman', regionSoato: '1710', country: 'XX' })).toMatchObject({
      ok: false,
      error: { fields: { country: 'Davlatni roʻyxatdan tanlang.' } },
    });
    expect(await f.call(m, 'appeals.create', { applicant: 'woman', regionSoato: '1710', country: 'SU' })).toMatchObject({ ok: false });
  });
});

describe('corrections', () => {
  it('completes an appeal, audits only what changed, and refuses a bad correction whole', async () => {
    f = await womenCenter();
    const m = await f.signIn();
    const a = await f.ok(m, 'appeals.create', { ...CALL, place: 'domestic', relationship: 'in_laws', name: 'Dilbar' });
    const client = await f.ok(m, 'clients.create', person({ sex: 'F', birthDate: '1990-02-02' }));
    f.now = new Date('2026-11-22T10:00:00Z');
    const b = await f.ok(m, 'appeals.update', { id: a.id, help: ['legal', 'psychological'], outcome: 'consulted', clientId: client.id });
    expect(b).toMatchObject({
      help: ['psychological', 'legal'],
      outcome: 'consulted',
      clientId: client.id,
      relationship: 'in_laws',
      name: 'Dilbar',
    });
    expect(b.updatedAt).toBe('2026-11-22T10:00:00.000Z');
    const entry = await f.backend.db
      .selectFrom('audit_log')
      .select(['changes', 'object_id'])
      .where('action', '=', 'appeals.update')
      .executeTakeFirstOrThrow();
    expect(entry.object_id).toBe(a.code);
    expect(JSON.parse(entry.changes!)).toEqual({ help_mask: [0, 18], outcome: [null, 'consulted'], client_id: [null, client.id] });

    const before = await f.rowCounts();
    const bad = await f.call(m, 'appeals.update', { id: a.id, place: 'public', outcome: 'referred' });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { relationship: 'Bu munosabat tanlangan joyga mos emas.' } },
    });
    expect((await f.ok(m, 'appeals.get', { id: a.id })).outcome).toBe('consulted');
    expect((await f.rowCounts()).appeals).toBe(before.appeals);
    expect(await f.call(m, 'appeals.update', { id: 999, outcome: 'referred' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
