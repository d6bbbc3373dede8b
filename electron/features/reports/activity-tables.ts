// The activity report as tables in one language: what the app shows, the PDF prints and the
// CSV/XLSX hold. Built only from report.json's data, so a frozen report renders the same forever.
import type { TFunction } from 'i18next';
import type { ReportTable } from '../../contract/reports.contract';
import type { Lang } from '../../contract/core';
import { AGE_BANDS, DISCHARGE_DESTINATIONS, percentOf, type ActivityData, type ServiceCount } from './activity';
import type { ReportDocument } from './report-document';

type Col = ReportTable['columns'][number];
const col = (key: string, label: string, type: Col['type'] = 'int'): Col => ({ key, label, type });

function table(id: string, title: string, columns: Col[], rows: ReportTable['rows'], extra: Partial<ReportTable> = {}): ReportTable {
  return { id, title, columns, rows, total: null, chart: null, note: null, ...extra };
}

/** A section the installation does not record yet: an empty table that says so, never zeros. */
const notRecorded = (t: TFunction, id: string, title: string, columns: Col[]) =>
  table(id, title, columns, [], { note: t('reports.notRecorded') });

export function activityTables(doc: ReportDocument<ActivityData>, t: TFunction, lang: Lang): ReportTable[] {
  const d = doc.data;
  const a = (k: string, vars: Record<string, unknown> = {}) => t(`reports.activity.${k}`, vars);
  const c = (k: string) => t(`reports.col.${k}`);
  const out: ReportTable[] = [];

  const movementCols = [col('indicator', c('indicator'), 'text'), col('count', c('count'))];
  if (d.movement) {
    const m = d.movement;
    out.push(
      table('movement', a('movement'), movementCols, [
        [a('atStart'), m.atStart],
        [a('admitted'), m.admitted],
        [a('discharged'), m.discharged],
        [a('atEnd'), m.atEnd],
        [a('served'), m.served],
      ]),
    );
    const destCols = [col('destination', c('destination'), 'text'), col('count', c('count')), col('percent', c('percent'), 'percent')];
    out.push(
      table(
        'destinations',
        a('destinations'),
        destCols,
        DISCHARGE_DESTINATIONS.map((k) => [
          t(`reports.destination.${k}`),
          m.dischargedByDestination[k],
          percentOf(m.dischargedByDestination[k], m.discharged),
        ]),
        { total: [c('total'), m.discharged, m.discharged > 0 ? 100 : null], chart: { label: 0, value: 1 } },
      ),
    );
  } else {
    out.push(notRecorded(t, 'movement', a('movement'), movementCols));
  }

  const dayCare = d.occupancy?.basis === 'days_of_use' || doc.facility.kind === 'day_care';
  const occCols = [
    col('month', c('month'), 'text'),
    col('days', c('days')),
    col('placeDays', c('placeDays')),
    col('usedDays', dayCare ? c('daysOfUse') : c('bedDays')),
    col('percent', c('occupancy'), 'percent'),
  ];
  const occTitle = a(dayCare ? 'occupancyDayCare' : 'occupancy', { capacity: doc.facility.capacity });
  if (d.occupancy) {
    const o = d.occupancy;
    out.push(
      table(
        'occupancy',
        occTitle,
        occCols,
        o.byMonth.map((s) => [`${s.month.slice(5)}.${s.month.slice(0, 4)}`, s.days, s.placeDays, s.usedDays, s.percent]),
        {
          total: [a('wholePeriod'), o.days, o.placeDays, o.usedDays, o.percent],
          chart: { label: 0, value: 4 },
          note: a(dayCare ? 'occupancyNoteDayCare' : 'occupancyNote'),
        },
      ),
    );
  } else out.push(notRecorded(t, 'occupancy', occTitle, occCols));

  const sexCols = [
    col('band', c('band'), 'text'),
    col('female', c('female')),
    col('male', c('male')),
    col('unknown', c('unknown')),
    col('total', c('total')),
  ];
  if (d.bySexAndAge) {
    const rows = d.bySexAndAge;
    const sum = (k: 'female' | 'male' | 'unknown' | 'total') => rows.reduce((n, r) => n + r[k], 0);
    out.push(
      table(
        'sexAge',
        a('sexAge'),
        sexCols,
        AGE_BANDS.map((b) => {
          const r = rows.find((x) => x.band === b)!;
          return [b === 'unknown' ? t('reports.ageUnknown') : b.replace('-', '–'), r.female, r.male, r.unknown, r.total];
        }),
        { total: [c('total'), sum('female'), sum('male'), sum('unknown'), sum('total')], chart: { label: 0, value: 4 } },
      ),
    );
  } else out.push(notRecorded(t, 'sexAge', a('sexAge'), sexCols));

  if (d.plans) {
    const p = d.plans;
    out.push(
      table('plans', a('plans'), movementCols, [
        [a('assessmentsDone'), p.assessmentsDone],
        [a('plansApproved'), p.plansApproved],
        [a('reviewsDone'), p.reviewsDone],
        [a('reviewsOverdue'), p.reviewsOverdue],
      ]),
    );
  } else out.push(notRecorded(t, 'plans', a('plans'), movementCols));

  const serviceCols = [col('type', c('type'), 'text'), col('count', c('count'))];
  const serviceName = (s: ServiceCount) => s.name?.[lang] ?? (s.type === 'other' ? t('reports.otherService') : s.type);
  if (d.services)
    out.push(
      table(
        'services',
        a('services'),
        serviceCols,
        d.services.map((s) => [serviceName(s), s.count]),
        { total: [c('total'), d.services.reduce((n, s) => n + s.count, 0)], chart: { label: 0, value: 1 } },
      ),
    );
  else out.push(notRecorded(t, 'services', a('services'), serviceCols));

  const incidentCols = [col('type', c('type'), 'text'), col('severity', c('severity'), 'text'), col('count', c('count'))];
  if (d.incidents)
    out.push(
      table(
        'incidents',
        a('incidents'),
        incidentCols,
        d.incidents.map((s) => [
          t(`reports.incident.${s.type}`, { defaultValue: s.type }),
          t(`reports.severity.${s.severity}`, { defaultValue: s.severity }),
          s.count,
        ]),
        { total: [c('total'), '', d.incidents.reduce((n, s) => n + s.count, 0)] },
      ),
    );
  else out.push(notRecorded(t, 'incidents', a('incidents'), incidentCols));

  const roleOrder = ['manager', 'caregiver', 'social_worker', 'accountant', 'inspector'];
  const rank = (r: string) => (roleOrder.includes(r) ? roleOrder.indexOf(r) : roleOrder.length);
  const staffRows = Object.entries(d.staff.byRole)
    .sort(([a1], [b1]) => rank(a1) - rank(b1) || a1.localeCompare(b1))
    .map(([role, n]) => [t(`reports.role.${role}`, { defaultValue: role }), n] as ReportTable['rows'][number]);
  out.push(
    table('staff', a('staff'), [col('role', c('role'), 'text'), col('count', c('count'))], staffRows, {
      total: [c('total'), d.staff.total],
    }),
  );
  return out;
}
