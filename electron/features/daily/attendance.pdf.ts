// The month's attendance sheet ("tabel") on paper: children × days with hours or absence letters,
// totals per child and per day, a legend, and the signature lines of whoever keeps and checks it.
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Lang } from '../../contract/core';
import type { Facility } from '../../contract/setup.contract';
import type { AttendanceMonth } from '../../contract/attendance.contract';
import { formatNumber } from '../../contract/format';
import { translator } from '../../i18n/index';
import { renderPdf, paragraph } from '../documents/pdf';
import { hoursText } from './attendance.rules';

export interface AttendancePdfOptions {
  lang: Lang;
  facility: Facility;
  group: string | null;
  generatedAt: Date;
  /** Who prints it: her name goes on her own line (the caregiver's or the manager's). */
  printedBy: { name: string; role: string };
}

const WEEKEND_FILL = '#eeeeee';
const HEADER_FILL = '#dddddd';

export function reasonLabel(lang: Lang, r: { code: string; label: string | null }): string {
  return r.label ?? translator(lang)(`daily.absence.${r.code}`, { defaultValue: r.code });
}

export async function attendanceSheetPdf(grid: AttendanceMonth, o: AttendancePdfOptions): Promise<Buffer> {
  const t = translator(o.lang);
  const short = new Map(grid.reasons.map((r) => [r.code, r.short]));
  // Weekends and public holidays (the centre is closed) are shaded alike: nobody is due on them.
  const closed = new Set(grid.holidays.map((h) => h.date));
  const shaded = (d: { date: string; weekday: number }) => d.weekday >= 6 || closed.has(d.date);
  const dayCount = grid.days.length;
  const head = (text: string, extra: { alignment?: 'left'; fillColor?: string } = {}): TableCell => ({
    text,
    bold: true,
    alignment: extra.alignment ?? 'center',
    fillColor: extra.fillColor ?? HEADER_FILL,
  });

  const header: TableCell[] = [
    head('№'),
    head(t('daily.pdf.child'), { alignment: 'left' }),
    ...grid.days.map((d) => head(String(Number(d.date.slice(8))), shaded(d) ? { fillColor: '#c8c8c8' } : {})),
    head(t('daily.pdf.days')),
    head(t('daily.pdf.hours')),
    head(t('daily.pdf.absences')),
    head(t('daily.pdf.unmarked')),
  ];
  const body: TableCell[][] = [header];
  grid.rows.forEach((row, i) => {
    const who = row.client.name ? `${row.client.name}\n${row.client.code}` : row.client.code;
    body.push([
      { text: String(i + 1), alignment: 'right' },
      { text: who },
      ...row.cells.map((c, j): TableCell => {
        const fill = shaded(grid.days[j]!) ? { fillColor: WEEKEND_FILL } : {};
        if (c.absenceReason) return { text: short.get(c.absenceReason) ?? '?', alignment: 'center', bold: true, ...fill };
        if (c.incomplete) return { text: c.checkIn ? '+' : '', alignment: 'center', color: '#b00020', ...fill };
        if (c.minutes !== null) return { text: hoursText(c.minutes, o.lang), alignment: 'center', ...fill };
        if (c.unmarked) return { text: '–', alignment: 'center', color: '#555555', ...fill };
        return { text: '', ...fill };
      }),
      { text: formatNumber(row.daysPresent), alignment: 'right', bold: true },
      { text: hoursText(row.minutes, o.lang), alignment: 'right' },
      { text: formatNumber(row.absences), alignment: 'right' },
      { text: formatNumber(row.unmarked), alignment: 'right' },
    ]);
  });
  body.push([
    { text: '' },
    { text: t('daily.pdf.present'), bold: true },
    ...grid.days.map((d): TableCell => ({ text: d.present ? String(d.present) : '', alignment: 'center', bold: true })),
    { text: formatNumber(grid.totals.daysPresent), alignment: 'right', bold: true },
    { text: hoursText(grid.totals.minutes, o.lang), alignment: 'right', bold: true },
    { text: formatNumber(grid.totals.absences), alignment: 'right', bold: true },
    { text: formatNumber(grid.totals.unmarked), alignment: 'right', bold: true },
  ]);

  // Landscape A4 leaves 762 pt: the days share what the name and totals leave.
  const dayWidth = dayCount === 31 ? 14.6 : 15;
  const table: Content = {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [14, 84, ...grid.days.map(() => dayWidth), 20, 26, 22, 30],
      body,
    },
    layout: {
      hLineWidth: (i: number, node: { table: { body: unknown[] } }) => (i <= 1 || i >= node.table.body.length - 1 ? 0.8 : 0.3),
      vLineWidth: () => 0.3,
      hLineColor: () => '#777777',
      vLineColor: () => '#999999',
      paddingLeft: () => 1.5,
      paddingRight: () => 1.5,
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
    fontSize: 7,
    margin: [0, 2, 0, 6],
  };
  const legend = [
    t('daily.pdf.legendHours'),
    ...grid.reasons.map((r) => `${r.short} — ${reasonLabel(o.lang, r)}`),
    t('daily.pdf.legendIncomplete'),
    t('daily.pdf.legendUnmarked'),
    ...(grid.holidays.length
      ? [t('daily.pdf.legendHolidays', { list: grid.holidays.map((h) => `${Number(h.date.slice(8))} — ${h.name}`).join(', ') })]
      : []),
  ].join(';  ');
  const month = t(`daily.months.m${grid.month.slice(5)}`, { year: grid.month.slice(0, 4) });
  return renderPdf({
    lang: o.lang,
    facility: o.facility,
    orientation: 'landscape',
    title: t('daily.pdf.title'),
    subtitle: o.group ? t('daily.pdf.subtitleGroup', { month, group: o.group }) : month,
    generatedAt: o.generatedAt,
    content: [
      grid.rows.length ? table : paragraph(t('daily.pdf.noChildren')),
      { text: legend, fontSize: 7, color: '#333333', margin: [0, 0, 0, 4] },
    ],
    signatures: [
      { role: t('daily.pdf.caregiver'), name: o.printedBy.role === 'manager' ? null : o.printedBy.name },
      { role: t('daily.pdf.manager'), name: o.printedBy.role === 'manager' ? o.printedBy.name : null },
    ],
  });
}
