import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WOMEN_CENTER, addRooms, admitted, person } from '../fixtures/clients';
import { plansFacility, assessmentInput, approvedPlan, type PlansSetup } from '../fixtures/plans';

let s: PlansSetup;
afterEach(async () => s?.f.close());

/** The text of a PDF as poppler reads it. */
function pdfText(base64: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'komak-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, Buffer.from(base64, 'base64'));
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('need-to-know in a family-type home', () => {
  it('the inspector reads plans without names, and her printed plan carries the code only; the manager’s the name too', async () => {
    s = await plansFacility({ count: 1 });
    const client = s.clients[0]!;
    const v = await approvedPlan(s, client.id);
    const byInspector = await s.f.ok(s.inspector, 'plans.get', { versionId: v.id });
    expect(byInspector.client).toMatchObject({ code: client.code, name: null, nameHidden: true });
    expect(byInspector.can).toEqual({
      edit: false,
      submit: false,
      approve: false,
      returnToDraft: false,
      revise: false,
      close: false,
      startReview: false,
      discard: false,
      logActivity: false,
    });
    const name = (await s.f.ok(s.manager, 'plans.get', { versionId: v.id })).client.name!;
    expect(name).toMatch(/^Karimova\d+ Gulnora Akmalovna$/);

    const inspectorPdf = pdfText((await s.f.ok(s.inspector, 'plans.pdf', { versionId: v.id })).base64);
    expect(inspectorPdf).toContain(client.code);
    expect(inspectorPdf).toContain('ism yashirilgan');
    expect(inspectorPdf).not.toContain('Gulnora');
    const managerPdf = pdfText((await s.f.ok(s.manager, 'plans.pdf', { versionId: v.id })).base64);
    expect(managerPdf).toContain(`${client.code} — ${name}`);
    expect(managerPdf).toContain('Bolaning individual rivojlanish rejasi');
    for (const line of ['Muassasa rahbari', 'Masʼul xodim', 'Xizmat oluvchi yoki qonuniy']) expect(managerPdf).toContain(line);

    // In Russian for a Russian-speaking user.
    await s.f.ok(s.social, 'auth.setLanguage', { lang: 'ru' });
    const ru = pdfText((await s.f.ok(s.social, 'plans.pdf', { versionId: v.id })).base64);
    expect(ru).toContain('Индивидуальный план развития ребёнка');
    expect(ru).toContain('Руководитель учреждения');
  });

  it('the accountant sees none of it: no method, and no plan events on the client’s timeline', async () => {
    s = await plansFacility({ count: 1 });
    const client = s.clients[0]!;
    await approvedPlan(s, client.id);
    const r = await s.f.call(s.accountant, 'plans.forClient', { clientId: client.id });
    expect(r.ok || r.error.code).toBe('forbidden');
    const timeline = await s.f.ok(s.accountant, 'clients.timeline', { clientId: client.id });
    expect(timeline.some((i) => i.type.startsWith('plan') || i.type.startsWith('assessment'))).toBe(false);
    expect((await s.f.ok(s.manager, 'clients.timeline', { clientId: client.id })).some((i) => i.type === 'planApproved')).toBe(true);
  });

  it('a caregiver given a room sees and writes only for the children placed there', async () => {
    s = await plansFacility({ count: 0 });
    const { beds, rooms } = await addRooms(s.f, s.manager, { Qizlar: ['A'], Oʻgʻillar: ['A'] });
    const girl = await admitted(s.f, s.manager, { bedId: beds['Qizlar/A'] });
    const boy = await admitted(s.f, s.manager, { bedId: beds['Oʻgʻillar/A'] }, { sex: 'M' });
    await s.f.ok(s.manager, 'rooms.setStaff', { roomId: rooms[0]!.id, userIds: [s.ids.caregiver] });
    const overview = await s.f.ok(s.caregiver, 'plans.overview', {});
    expect(overview.items.map((i) => i.client.id)).toEqual([girl.id]);
    await s.f.ok(s.caregiver, 'assessments.create', assessmentInput(girl.id));
    const other = await s.f.call(s.caregiver, 'assessments.create', assessmentInput(boy.id));
    expect(other.ok || other.error.code).toBe('forbidden');
    const flags = await s.f.ok(s.caregiver, 'plans.flags', { clientIds: [girl.id, boy.id] });
    expect(flags.map((x) => x.clientId)).toEqual([girl.id]);
  });
});

describe('need-to-know in a women’s center', () => {
  it('only the manager and the assigned worker open a case; others see the code and dates, never the narrative', async () => {
    s = await plansFacility({ kind: WOMEN_CENTER, count: 0 });
    const { beds } = await addRooms(s.f, s.manager, { '2': ['A'] });
    const woman = await admitted(s.f, s.manager, { bedId: beds['2/A'] }, person({ birthDate: '1994-02-03' }));
    await s.f.ok(s.manager, 'clients.assignWorker', { clientId: woman.id, userId: s.ids.social });
    const a = await s.f.ok(s.social, 'assessments.create', {
      ...assessmentInput(woman.id),
      domains: [{ domain: 'safety', rating: 1, strengths: null, needs: 'Eri tahdid qilmoqda', notes: null }],
    });
    expect(a.formDomains).toEqual(['health', 'emotional', 'social', 'education', 'safety', 'legal', 'housing']);
    expect(a.client.name).not.toBeNull();

    for (const who of [s.caregiver, s.inspector]) {
      const r = await s.f.call(who, 'assessments.get', { id: a.id });
      expect(r.ok || r.error.code).toBe('forbidden');
      const item = (await s.f.ok(who, 'plans.overview', {})).items[0]!;
      expect(item).toMatchObject({ client: { code: woman.code, name: null, nameHidden: true }, canOpen: false });
      expect(item.assessment.draftId).toBe(a.id);
    }
    const otherWorker = await s.f.as('social_worker', 'boshqa');
    const r = await s.f.call(otherWorker, 'assessments.update', { ...assessmentInput(woman.id), id: a.id, clientId: undefined } as never);
    expect(r.ok || r.error.code).toBe('forbidden');
    expect((await s.f.ok(s.manager, 'plans.overview', {})).items[0]).toMatchObject({ canOpen: true, client: { nameHidden: false } });
  });
});
