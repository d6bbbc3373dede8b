import { afterEach, describe, expect, it } from 'vitest';
import type { CallContext } from '../../electron/backend';
import { TestFacility } from '../fixtures/backend';
import { FAMILY_HOME, TRAFFICKING_SHELTER, WOMEN_CENTER, addRooms, addGroup, admitted, person, userId } from '../fixtures/clients';

let f: TestFacility;
afterEach(async () => f?.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n').toString('base64');
const SECRET = { last: 'Yusupova', first: 'Maftuna', middle: 'Rustamovna', pinfl: '42811901234567', phone: '+998935554433' };

/** Everything any method returns, as one string, to search for the secret name in. */
async function everything(ctx: CallContext, clientId: number): Promise<string> {
  const calls: [string, unknown][] = [
    ['clients.list', {}],
    ['clients.list', { q: SECRET.last }],
    ['clients.get', { id: clientId }],
    ['clients.timeline', { clientId }],
    ['stays.history', { clientId }],
    ['beds.board', {}],
    ['documents.list', { clientId }],
    ['clients.export', { format: 'csv' }],
    ['clients.export', { format: 'xlsx' }],
    ['waitingList.list', { status: 'admitted' }],
    ['home.summary', {}],
    ['documents.expiring', { days: 365 }],
  ];
  const out: string[] = [];
  for (const [method, input] of calls) {
    const r = await f.call(ctx, method, input);
    if (!r.ok) {
      out.push(`${method}:${r.error.code}`);
      continue;
    }
    const data = r.data as { contentBase64?: string };
    out.push(JSON.stringify(r.data));
    // Exports are files: look inside them too (XLSX is a zip; its shared strings are deflated, so unzip through exceljs).
    if (method === 'clients.export' && data.contentBase64)
      out.push(await fileText((input as { format: string }).format, data.contentBase64));
  }
  return out.join('\n');
}

async function fileText(format: string, b64: string): Promise<string> {
  const buf = Buffer.from(b64, 'base64');
  if (format === 'csv') return buf.toString('utf8');
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const cells: string[] = [];
  wb.worksheets[0]!.eachRow((row) => cells.push(JSON.stringify(row.values)));
  return cells.join('\n');
}

async function survivor(kind: typeof WOMEN_CENTER) {
  f = await TestFacility.create({ init: kind });
  const m = await f.signIn();
  const { beds } = await addRooms(f, m, { '1': ['A', 'B'] });
  const c = await f.ok(m, 'clients.create', {
    ...person({ lastName: SECRET.last, firstName: SECRET.first, middleName: SECRET.middle }),
    pinfl: SECRET.pinfl,
    phones: [SECRET.phone],
    notes: 'Turmush oʻrtogʻi tomonidan zoʻravonlik',
    diagnoses: [{ name: 'Bosh jarohati' }],
    trafficking: { country: 'TR', exploitationType: 'labour', repatriationNeeds: 'Pasport tiklanishi kerak' },
  });
  await f.ok(m, 'waitingList.add', { clientId: c.id, appliedOn: '2026-11-19', priority: 'urgent', note: 'Xavf yuqori' });
  await f.ok(m, 'stays.admit', {
    clientId: c.id,
    admittedOn: '2026-11-20',
    referralSource: 'hotline',
    reason: 'Uyda xavf ostida',
    bedId: beds['1/A'],
  });
  await f.ok(m, 'documents.add', {
    clientId: c.id,
    type: 'passport',
    number: 'AC1234567',
    expiresOn: '2026-12-01',
    fileName: `${SECRET.last}-pasport.pdf`,
    mime: 'application/pdf',
    contentBase64: PDF,
  });
  return { m, c, beds };
}

describe('real names of survivors', () => {
  it.each([
    ['women_center', WOMEN_CENTER],
    ['trafficking_shelter', TRAFFICKING_SHELTER],
  ] as const)('in a %s, a caregiver never sees the name, PINFL or phone through any method, nor finds it by searching', async (_, kind) => {
    const { m, c } = await survivor(kind);
    const manager = await everything(m, c.id);
    expect(manager).toContain(SECRET.first);
    const cg = await f.as('caregiver');
    const seen = await everything(cg, c.id);
    for (const secret of Object.values(SECRET)) expect(seen).not.toContain(secret);
    expect(seen).not.toContain(SECRET.phone.slice(4));
    expect(seen).toContain(c.code);
    for (const q of [SECRET.last, 'yusup', SECRET.pinfl, '93 555', 'AC1234567'])
      expect((await f.ok(cg, 'clients.list', { q })).total, q).toBe(0);
    expect((await f.ok(cg, 'clients.list', { q: c.code })).items).toEqual([
      expect.objectContaining({ code: c.code, name: null, nameHidden: true }),
    ]);
    const detail = await f.ok(cg, 'clients.get', { id: c.id });
    expect(detail).toMatchObject({
      name: null,
      nameHidden: true,
      identity: null,
      health: null,
      trafficking: null,
      notes: null,
      restricted: { identity: true },
    });
    expect(await f.call(cg, 'clients.photo', { clientId: c.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const doc = (await f.ok(cg, 'documents.list', { clientId: c.id }))[0]!;
    expect(doc).toMatchObject({ number: null, fileName: null, canOpen: false });
    expect(await f.call(cg, 'documents.file', { id: doc.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Sorting by a hidden name would leak its order: the caregiver gets code order.
    expect((await f.ok(cg, 'clients.list', { sort: 'name' })).items.map((i) => i.code)).toEqual([c.code]);
  });

  it('shows the name to the client’s assigned worker, and to nobody else but the manager', async () => {
    const { m, c } = await survivor(WOMEN_CENTER);
    const sw = await f.as('social_worker', 'psixolog');
    const other = await f.as('social_worker', 'boshqa');
    expect((await f.ok(sw, 'clients.get', { id: c.id })).nameHidden).toBe(true);
    await f.ok(m, 'clients.assignWorker', { clientId: c.id, userId: await userId(f, sw) });
    const seen = await f.ok(sw, 'clients.get', { id: c.id });
    expect(seen.name).toBe(`${SECRET.last} ${SECRET.first} ${SECRET.middle}`);
    expect(seen.identity?.pinfl).toBe(SECRET.pinfl);
    expect(seen.notes).toContain('zoʻravonlik');
    expect((await f.ok(sw, 'clients.list', { q: 'yusup' })).total).toBe(1);
    expect((await f.ok(sw, 'documents.file', { id: 1 })).fileName).toContain(SECRET.last);
    expect(await everything(other, c.id)).not.toContain(SECRET.first);
    const inspector = await f.as('inspector');
    expect(await everything(inspector, c.id)).not.toContain(SECRET.first);
  });

  it('never writes a name into the audit trail or an export’s file name', async () => {
    const { m, c } = await survivor(WOMEN_CENTER);
    await f.ok(m, 'clients.get', { id: c.id });
    await f.ok(m, 'clients.update', { ...person({ lastName: 'Boshqa', firstName: SECRET.first }), id: c.id });
    const exported = await f.ok(m, 'clients.export', { format: 'xlsx' });
    expect(exported.fileName).toBe('komak-clients-2026-11-22.xlsx');
    const audit = await f.backend.db.selectFrom('audit_log').selectAll().execute();
    const text = JSON.stringify(audit);
    for (const secret of [SECRET.last, SECRET.first, SECRET.pinfl, 'Boshqa']) expect(text).not.toContain(secret);
    expect(audit.filter((a) => a.action === 'clients.export')).toHaveLength(1);
  });
});

describe('accountants and inspectors', () => {
  it('gives an accountant no medical data and no case narratives, but names in a day care', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    const g = await addGroup(f, m);
    const c = await admitted(
      f,
      m,
      { groupId: g.id },
      {
        lastName: 'Aliyeva',
        notes: 'Oilada nizo',
        diagnoses: [{ name: 'Bolalar serebral falaji', icd10: 'G80' }],
        disabilityGroup: 'child',
      },
    );
    await f.ok(m, 'documents.add', {
      clientId: c.id,
      type: 'medical_certificate',
      fileName: 'tibbiy.pdf',
      mime: 'application/pdf',
      contentBase64: PDF,
    });
    await f.ok(m, 'documents.add', {
      clientId: c.id,
      type: 'social_contract',
      fileName: 'shartnoma.pdf',
      mime: 'application/pdf',
      contentBase64: PDF,
    });
    const acc = await f.as('accountant');
    const d = await f.ok(acc, 'clients.get', { id: c.id });
    expect(d.name).toMatch(/^Aliyeva/);
    expect(d).toMatchObject({ health: null, notes: null, restricted: { health: true, caseNotes: true, identity: false } });
    const stays = await f.ok(acc, 'stays.history', { clientId: c.id });
    expect(stays[0]!.reason).toBeNull();
    expect((await f.ok(acc, 'documents.list', { clientId: c.id })).map((x) => x.type)).toEqual(['social_contract']);
    const text = JSON.stringify([d, stays, await f.ok(acc, 'clients.timeline', { clientId: c.id })]);
    for (const secret of ['serebral', 'G80', 'nizo', 'medical_certificate']) expect(text).not.toContain(secret);
    const insp = await f.ok(await f.as('inspector'), 'clients.get', { id: c.id });
    expect(insp).toMatchObject({ name: null, nameHidden: true });
  });
});

describe('caregivers and their rooms', () => {
  it('shows a caregiver with rooms only their residents, and everyone to a caregiver without any', async () => {
    f = await TestFacility.create({ init: FAMILY_HOME });
    const m = await f.signIn();
    const { rooms, beds } = await addRooms(f, m, { '1': ['A'], '2': ['A'] });
    const mine = await admitted(f, m, { bedId: beds['1/A'] }, { lastName: 'Mening' });
    const theirs = await admitted(f, m, { bedId: beds['2/A'] }, { lastName: 'Begona' });
    const cg = await f.as('caregiver');
    expect((await f.ok(cg, 'clients.list', {})).total).toBe(2);
    await f.ok(m, 'rooms.setStaff', { roomId: rooms[0]!.id, userIds: [await userId(f, cg)] });
    const list = await f.ok(cg, 'clients.list', {});
    expect(list.items.map((i) => [i.code, i.name?.split(' ')[0]])).toEqual([[mine.code, 'Mening']]);
    expect((await f.ok(cg, 'clients.list', { q: 'begona' })).total).toBe(0);
    expect(await f.call(cg, 'clients.get', { id: theirs.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await f.call(cg, 'clients.timeline', { clientId: theirs.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await f.call(cg, 'stays.startAbsence', { clientId: theirs.id, fromDate: '2026-11-20', reason: 'hospital' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const board = await f.ok(cg, 'beds.board', {});
    const other = board.rooms.find((r) => r.name === '2')!.beds[0]!.occupants[0]!;
    expect(other).toMatchObject({ code: theirs.code, name: null, nameHidden: true });
    expect(await f.call(m, 'rooms.setStaff', { roomId: rooms[0]!.id, userIds: [await userId(f, m)] })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { 'userIds.0': expect.any(String) } },
    });
  });
});
