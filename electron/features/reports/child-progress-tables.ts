// The per-child progress report as tables in one language: a summary, one line per child, and
// each child's goals. Built only from report.json's data, so a frozen report renders the same.
import type { TFunction } from 'i18next';
import type { ReportTable } from '../../contract/reports.contract';
import type { Lang } from '../../contract/core';
import { PLACEMENT_PROSPECTS } from '../../contract/reports.contract';
import { planLabel } from '../../contract/plans.labels';
import { formatDate } from '../../contract/format';
import type { ChildProgressData } from './child-progress';
import type { ReportDocument } from './report-document';

type Col = ReportTable['columns'][number];
const col = (key: string, label: string, type: Col['type'] = 'int'): Col => ({ key, label, type });
const table = (id: string, title: string, columns: Col[], rows: ReportTable['rows'], extra: Partial<ReportTable> = {}): ReportTable => ({
  id,
  title,
  columns,
  rows,
  total: null,
  chart: null,
  note: null,
  ...extra,
});

export function childProgressTables(doc: ReportDocument<ChildProgressData>, t: TFunction, lang: Lang): ReportTable[] {
  const d = doc.data;
  const k = (key: string, vars: Record<string, unknown> = {}) => t(`reports.childProgress.${key}`, vars);
  const prospect = (code: string) => t(`reports.prospect.${code}`);
  const summary = table(
    'summary',
    k('summary', { date: formatDate(d.asOf) }),
    [col('indicator', t('reports.col.indicator'), 'text'), col('count', t('reports.col.count'))],
    [
      [k('children'), d.summary.children],
      [k('withPlan'), d.summary.withPlan],
      [k('reviewsOverdue'), d.summary.reviewsOverdue],
      ...[...PLACEMENT_PROSPECTS, 'none' as const].map((p) => [k('prospectRow', { prospect: prospect(p) }), d.summary.byProspect[p]]),
    ],
  );
  const children = table(
    'children',
    k('childrenTitle'),
    [
      col('code', k('code'), 'text'),
      col('name', k('name'), 'text'),
      col('age', k('age')),
      col('admitted', k('admitted'), 'text'),
      col('plan', k('plan'), 'text'),
      col('lastReview', k('lastReview'), 'text'),
      col('goals', k('goals'), 'text'),
      col('progress', k('progress'), 'percent'),
      col('prospect', k('prospect'), 'text'),
    ],
    d.children.map((c) => [
      c.clientCode,
      c.name,
      c.age,
      formatDate(c.admittedOn),
      c.plan
        ? k(c.plan.reviewOverdue ? 'planOverdue' : 'planLine', { no: c.plan.planNo, date: formatDate(c.plan.nextReviewOn) })
        : k('noPlan'),
      c.lastReview ? formatDate(c.lastReview.reviewedOn) : '—',
      c.goals.length ? k('goalsLine', { achieved: c.goalsAchieved, total: c.goals.length }) : '—',
      c.progress,
      c.prospect ? prospect(c.prospect.code) : prospect('none'),
    ]),
    { note: k('progressNote'), chart: d.children.length ? { label: 0, value: 7 } : null },
  );
  const perChild = d.children.map((c) =>
    table(
      `child-${c.clientCode}`,
      `${c.clientCode} · ${c.name}`,
      [
        col('domain', k('domain'), 'text'),
        col('goal', k('goal'), 'text'),
        col('baseline', k('baseline')),
        col('target', k('target')),
        col('rating', k('rating')),
        col('status', k('status'), 'text'),
        col('progress', k('progress'), 'percent'),
      ],
      c.goals.map((g) => [
        planLabel(lang, 'domain', g.domain),
        g.title,
        g.baseline,
        g.target,
        g.rating,
        g.status ? planLabel(lang, 'goalStatus', g.status) : '—',
        g.progress,
      ]),
      {
        note: [
          c.lastAssessmentOn ? k('assessedOn', { date: formatDate(c.lastAssessmentOn) }) : k('notAssessed'),
          c.plan ? null : k('noPlanNote'),
          c.lastReview?.outcome ? k('lastOutcome', { outcome: planLabel(lang, 'reviewOutcome', c.lastReview.outcome) }) : null,
          k('prospectNote', { prospect: prospect(c.prospect?.code ?? 'none') }) + (c.prospect?.note ? ` — ${c.prospect.note}` : ''),
          c.dischargedOn
            ? k('discharged', { date: formatDate(c.dischargedOn), destination: t(`reports.destination.${c.destination ?? 'other'}`) })
            : null,
        ]
          .filter(Boolean)
          .join(' '),
      },
    ),
  );
  return [summary, children, ...perChild];
}
