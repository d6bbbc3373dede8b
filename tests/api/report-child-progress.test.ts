// The family-type home's per-child report: plan progress from plans, assessments and reviews, and
// each child's placement prospect — number by number, with who may see and write what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { approvedPlan, plansFacility, type PlansSetup } from '../fixtures/plans';
import type { ChildProgressData } from '../../electron/features/reports/child-progress';
import { goalProgress } from '../../electron/features/reports/child-progress';

const NOV = { kind: 'child_progress' as const, from: '2026-11-01', to: '2026-11-22' };

describe('per-child development-plan progress and placement prospects', () => {
  let s: PlansSetup;
  beforeAll(async () => {
    s = await plansFacility({ count: 3 });
    const [a, b] = s.clients;
    const v = await approvedPlan(s, a!.id); // assessed 10.11, approved today (22.11)
    const review = await s.f.ok(s.social, 'plans.startReview', { planId: v.planId, reviewedOn: '2026-11-22' });
    // communication 2 → 4 rated 3 (half way), health 3 → 4 rated 4 (reached).
    await s.f.ok(s.manager, 'plans.completeReview', {
      reviewId: review.id,
      reviewedOn: '2026-11-22',
      goals: review.goals.map((g) =>
        g.domain === 'communication'
          ? { goalId: g.goalId, rating: 3, status: 'partly_achieved' as const }
          : { goalId: g.goalId, rating: 4, status: 'achieved' as const },
      ),
      outcome: 'continue',
    });
    await s.f.ok(s.social, 'reports.setPlacementProspect', {
      clientCode: a!.code,
      prospect: 'reintegration',
      note: 'Onasi bilan uchrashuvlar',
    });
    await s.f.ok(s.manager, 'reports.setPlacementProspect', { clientCode: b!.code, prospect: 'adoption' });
  }, 60_000);
  afterAll(() => s.f.close());

  it('is in the family home’s catalogue and says it names children', async () => {
    const cat = await s.f.ok(s.manager, 'reports.catalogue', {});
    expect(cat.find((c) => c.kind === 'child_progress')).toMatchObject({ containsPersonalData: true });
  });

  it('counts each child’s goals, ratings, progress and prospect', async () => {
    const view = await s.f.ok(s.manager, 'reports.view', NOV);
    const data = (view.report as { data: ChildProgressData }).data;
    expect(data.summary).toEqual({
      children: 3,
      withPlan: 1,
      reviewsOverdue: 0,
      byProspect: { reintegration: 1, guardianship: 0, foster_family: 0, adoption: 1, independent_living: 0, undetermined: 0, none: 1 },
    });
    const [a, b, c] = s.clients.map((x) => data.children.find((ch) => ch.clientCode === x.code)!);
    expect(a).toMatchObject({
      admittedOn: '2026-11-01',
      lastAssessmentOn: '2026-11-10',
      plan: { planNo: 1, version: 1, approvedOn: '2026-11-22', reviewOverdue: false },
      reviewsInPeriod: 1,
      lastReview: { reviewedOn: '2026-11-22', outcome: 'continue' },
      goalsAchieved: 1,
      progress: 75,
      prospect: { code: 'reintegration', note: 'Onasi bilan uchrashuvlar' },
    });
    expect(a!.goals.map((g) => [g.domain, g.baseline, g.target, g.rating, g.status, g.progress])).toEqual([
      ['communication', 2, 4, 3, 'partly_achieved', 50],
      ['health', 3, 4, 4, 'achieved', 100],
    ]);
    expect(b).toMatchObject({ plan: null, goals: [], progress: null, lastAssessmentOn: null, prospect: { code: 'adoption' } });
    expect(c!.prospect).toBeNull();
    // Tables: summary, one line per child, one table per child.
    expect(view.tables.map((t) => t.id)).toEqual(['summary', 'children', ...data.children.map((ch) => `child-${ch.clientCode}`)]);
  });

  it('before the plan was approved, the same child had no plan in force', async () => {
    const early = await s.f.ok(s.manager, 'reports.view', { ...NOV, to: '2026-11-21' });
    const data = (early.report as { data: ChildProgressData }).data;
    expect(data.summary.withPlan).toBe(0);
    expect(data.children.find((c) => c.clientCode === s.clients[0]!.code)!.lastAssessmentOn).toBe('2026-11-10');
  });

  it('exports a PDF only after the personal-data warning; the accountant does not see it', async () => {
    const refused = await s.f.call(s.manager, 'reports.export', { ...NOV, format: 'pdf' });
    expect(refused.ok || refused.error.code).toBe('conflict');
    for (const lang of ['uz', 'ru'] as const) {
      const pdf = await s.f.ok(s.manager, 'reports.export', { ...NOV, format: 'pdf', lang, acknowledgePersonalData: true });
      const bytes = Buffer.from(pdf.base64, 'base64');
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      if (process.env.KOMAK_KEEP_PDF) writeFileSync(`${process.env.KOMAK_KEEP_PDF}/child-progress-${lang}.pdf`, bytes);
    }
    const acc = await s.f.call(s.accountant, 'reports.view', NOV);
    expect(acc.ok || acc.error.code).toBe('forbidden');
  });

  it('placement prospect: bad input and refused roles write nothing', async () => {
    const before = await s.f.rowCounts();
    const bad = await s.f.call(s.manager, 'reports.setPlacementProspect', {
      clientCode: s.clients[2]!.code,
      prospect: 'orphanage' as never,
    });
    expect(bad.ok || bad.error.fields).toMatchObject({ prospect: expect.any(String) });
    const unknown = await s.f.call(s.manager, 'reports.setPlacementProspect', { clientCode: 'F-2099-9999', prospect: 'adoption' });
    expect(unknown.ok || unknown.error.fields).toEqual({ clientCode: 'Bunday kodli bola reestrda yoʻq.' });
    for (const who of [s.caregiver, s.accountant, s.inspector]) {
      const r = await s.f.call(who, 'reports.setPlacementProspect', { clientCode: s.clients[2]!.code, prospect: 'adoption' });
      expect(r.ok || r.error.code).toBe('forbidden');
    }
    const after = await s.f.rowCounts();
    delete before.audit_log;
    delete after.audit_log;
    expect(after).toEqual(before);
    const audit = await s.f.backend.db.selectFrom('audit_log').selectAll().where('action', '=', 'reports.setPlacementProspect').execute();
    // The three refusals are audited as refusals, without an object.
    expect(audit.map((r) => r.object_id)).toEqual([s.clients[0]!.code, s.clients[1]!.code, null, null, null]);
  });
});

describe('goal progress', () => {
  it('is the share of the way from baseline to target, within 0–100', () => {
    expect(goalProgress(2, 4, 3)).toBe(50);
    expect(goalProgress(2, 4, 5)).toBe(100);
    expect(goalProgress(2, 4, 1)).toBe(0);
    expect(goalProgress(1, 4, 2)).toBe(33);
    expect(goalProgress(3, 3, 3)).toBe(100);
    expect(goalProgress(3, 3, 2)).toBe(0);
    expect(goalProgress(2, 4, null)).toBeNull();
  });
});
