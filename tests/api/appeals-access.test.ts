import { afterEach, describe, expect, it } from 'vitest';
import type { CallContext } from '../../electron/backend';
import { contract, type Appeal } from '../../electron/contract/index';
import { type TestFacility } from '../fixtures/backend';
import { womenCenter } from '../fixtures/appeals';

let f: TestFacility;
afterEach(async () => f?.close());

interface Staff {
  manager: CallContext;
  assigned: CallContext;
  otherWorker: CallContext;
  caregiver: CallContext;
  inspector: CallContext;
  accountant: CallContext;
  assignedId: number;
  otherId: number;
}

async function staff(): Promise<Staff> {
  const manager = await f.signIn();
  const assigned = await f.as('social_worker', 'nodira');
  const otherWorker = await f.as('social_worker', 'zarina');
  const caregiver = await f.as('caregiver', 'operator');
  const inspector = await f.as('inspector', 'inspektor');
  const accountant = await f.as('accountant', 'hisobchi');
  const assignedId = (await f.ok(assigned, 'auth.me', {})).id;
  const otherId = (await f.ok(otherWorker, 'auth.me', {})).id;
  return { manager, assigned, otherWorker, caregiver, inspector, accountant, assignedId, otherId };
}

/** Every way a role can read an appeal: create's answer aside, get and list. */
async function seenBy(ctx: CallContext, id: number): Promise<Array<Pick<Appeal, 'name' | 'nameHidden' | 'notes' | 'notesHidden'>>> {
  const one = await f.ok(ctx, 'appeals.get', { id });
  const list = (await f.ok(ctx, 'appeals.list', {})).items.find((a) => a.id === id)!;
  return [one, list].map(({ name, nameHidden, notes, notesHidden }) => ({ name, nameHidden, notes, notesHidden }));
}

describe('anonymity', () => {
  it('shows a name only to the manager and the assigned social worker, in every method', async () => {
    f = await womenCenter();
    const s = await staff();
    // The hotline operator (a caregiver here) types the name, then no longer sees it.
    const created = await f.ok(s.caregiver, 'appeals.create', {
      applicant: 'woman',
      regionSoato: '1726',
      violenceType: 'physical',
      name: 'Oʻrinboyeva Gʻuncha',
      notes: 'Qoʻshnisi yordam berdi.',
      assignedUserId: s.assignedId,
    });
    expect(created).toMatchObject({ name: null, nameHidden: true, notes: 'Qoʻshnisi yordam berdi.' });
    const visible = { name: 'Oʻrinboyeva Gʻuncha', nameHidden: false, notes: 'Qoʻshnisi yordam berdi.', notesHidden: false };
    const hidden = { name: null, nameHidden: true, notes: 'Qoʻshnisi yordam berdi.', notesHidden: false };
    expect(await seenBy(s.manager, created.id)).toEqual([visible, visible]);
    expect(await seenBy(s.assigned, created.id)).toEqual([visible, visible]);
    expect(await seenBy(s.otherWorker, created.id)).toEqual([hidden, hidden]);
    expect(await seenBy(s.caregiver, created.id)).toEqual([hidden, hidden]);
    const inspector = { name: null, nameHidden: true, notes: null, notesHidden: true };
    expect(await seenBy(s.inspector, created.id)).toEqual([inspector, inspector]);
    // Update answers follow the same rule.
    expect(await f.ok(s.otherWorker, 'appeals.update', { id: created.id, outcome: 'consulted' })).toMatchObject({
      name: null,
      nameHidden: true,
    });
    expect(await f.ok(s.assigned, 'appeals.update', { id: created.id, help: ['legal'] })).toMatchObject({ name: 'Oʻrinboyeva Gʻuncha' });
    // Viewing a record is audited.
    const views = await f.backend.db.selectFrom('audit_log').select('username').where('action', '=', 'appeals.view').execute();
    expect(views.map((v) => v.username)).toEqual(['manager', 'nodira', 'zarina', 'operator', 'inspektor']);
  });

  it('hides even whether there is a name from those who may not see it', async () => {
    f = await womenCenter();
    const s = await staff();
    const named = await f.ok(s.manager, 'appeals.create', { applicant: 'man', regionSoato: '1703', violenceType: 'other', name: 'Aziz' });
    const anonymous = await f.ok(s.manager, 'appeals.create', { applicant: 'man', regionSoato: '1703', violenceType: 'other' });
    const a = await f.ok(s.otherWorker, 'appeals.get', { id: named.id });
    const b = await f.ok(s.otherWorker, 'appeals.get', { id: anonymous.id });
    expect([a.name, a.nameHidden]).toEqual([b.name, b.nameHidden]);
    expect(await f.ok(s.manager, 'appeals.get', { id: anonymous.id })).toMatchObject({ name: null, nameHidden: false });
  });

  it('lets only who may see a name change it, and only the manager reassign', async () => {
    f = await womenCenter();
    const s = await staff();
    const a = await f.ok(s.manager, 'appeals.create', {
      applicant: 'woman',
      regionSoato: '1726',
      violenceType: 'economic',
      name: 'Lola',
      assignedUserId: s.assignedId,
    });
    const before = await f.rowCounts();
    expect(await f.call(s.otherWorker, 'appeals.update', { id: a.id, name: 'Boshqa' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    // A social worker who is not assigned cannot give herself the name by reassigning.
    expect(await f.call(s.otherWorker, 'appeals.update', { id: a.id, assignedUserId: s.otherId })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await f.call(s.assigned, 'appeals.update', { id: a.id, assignedUserId: s.otherId })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect((await f.rowCounts()).appeals).toBe(before.appeals);
    expect((await f.ok(s.manager, 'appeals.get', { id: a.id })).name).toBe('Lola');

    await f.ok(s.manager, 'appeals.update', { id: a.id, assignedUserId: s.otherId });
    expect((await f.ok(s.otherWorker, 'appeals.get', { id: a.id })).name).toBe('Lola');
    expect((await f.ok(s.assigned, 'appeals.get', { id: a.id })).nameHidden).toBe(true);
    await f.ok(s.otherWorker, 'appeals.update', { id: a.id, name: 'Lola Karimova' });
    expect((await f.ok(s.manager, 'appeals.get', { id: a.id })).name).toBe('Lola Karimova');
  });

  it('lists active social workers for assignment', async () => {
    f = await womenCenter();
    const s = await staff();
    const list = await f.ok(s.caregiver, 'appeals.assignees', {});
    expect(list.map((u) => u.id).sort()).toEqual([s.assignedId, s.otherId].sort());
  });
});

describe('refused roles', () => {
  const appealMethods = Object.keys(contract).filter((m) => m.startsWith('appeals.')) as Array<keyof typeof contract>;
  const sample: Record<string, unknown> = {
    'appeals.create': { applicant: 'woman', regionSoato: '1726', violenceType: 'physical' },
    'appeals.update': { id: 1, outcome: 'consulted' },
    'appeals.get': { id: 1 },
    'appeals.list': {},
    'appeals.assignees': {},
    'appeals.stats': { from: '2026-01-01', to: '2026-12-31' },
    'appeals.agencyStats': { from: '2026-01-01', to: '2026-12-31' },
    'appeals.traffickingStats': { from: '2026-01-01', to: '2026-12-31' },
    'appeals.statsPdf': { from: '2026-01-01', to: '2026-12-31' },
    'appeals.import': {
      csv: 'appeal_date,channel,applicant,region,violence_type,place,relationship,age,code,notes\n2026-01-02,hotline,woman,1726,physical,,,,,\n',
    },
  };

  it('never shows an accountant anything of the register, not even a count', async () => {
    f = await womenCenter();
    const s = await staff();
    await f.ok(s.manager, 'appeals.create', { applicant: 'woman', regionSoato: '1726', violenceType: 'physical' });
    expect(appealMethods.sort()).toEqual(Object.keys(sample).sort());
    const before = await f.rowCounts();
    for (const m of appealMethods) {
      const r = await f.call(s.accountant, m, sample[m]);
      expect(r, m).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(JSON.stringify(r)).not.toMatch(/A-2026|woman|1726/);
    }
    const after = await f.rowCounts();
    expect(after.appeals).toBe(before.appeals);
    expect(after.audit_log).toBe(before.audit_log! + appealMethods.length); // each refusal is audited
  });

  it.each([
    ['inspector', ['appeals.create', 'appeals.update', 'appeals.import', 'appeals.assignees']],
    ['caregiver', ['appeals.update', 'appeals.import']],
    ['social_worker', ['appeals.import']],
  ] as const)('refuses a %s what the role may not do', async (role, refused) => {
    f = await womenCenter();
    const m = await f.signIn();
    await f.ok(m, 'appeals.create', { applicant: 'woman', regionSoato: '1726', violenceType: 'physical' });
    const ctx = await f.as(role);
    const before = (await f.rowCounts()).appeals;
    for (const method of refused)
      expect(await f.call(ctx, method, sample[method]), method).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    for (const method of appealMethods.filter((x) => !(refused as readonly string[]).includes(x) && x !== 'appeals.traffickingStats')) {
      const r = await f.call(ctx, method, sample[method]);
      if (!r.ok) expect(r.error.code, method).not.toBe('forbidden');
    }
    expect((await f.rowCounts()).appeals).toBe(before! + (role === 'inspector' ? 0 : 1));
  });

  it('refuses everything without a session', async () => {
    f = await womenCenter();
    expect(await f.call({}, 'appeals.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });
});
