// `komak import attendance FILE.csv`: client_code,date,check_in,check_out,absence_reason.
// A row has times or an absence reason, not both. Every bad row is reported and nothing is
// written if any is bad; a day that already has a record is replaced only with `replace`.
import { parse } from 'csv-parse/sync';
import type { TFunction } from 'i18next';
import {
  attendanceBetween,
  clientIdsByCode,
  dayCareStaysBetween,
  listAbsenceReasons,
  saveAttendance,
} from '../../../db/repositories/attendance';
import { attendanceLocks } from '../../../db/repositories/attendance-locks';
import type { ParsedInput, Output } from '../../contract/index';
import { isoDate, hhmm } from '../../contract/core';
import { translator } from '../../i18n/index';
import { iso, type AuthedContext } from '../context';
import { todayOf } from './work';

export const ATTENDANCE_CSV_COLUMNS = ['client_code', 'date', 'check_in', 'check_out', 'absence_reason'] as const;
type Column = (typeof ATTENDANCE_CSV_COLUMNS)[number];

export interface CsvDay {
  line: number;
  code: string;
  date: string;
  checkIn: string | null;
  checkOut: string | null;
  absenceReason: string | null;
}
export interface RowError {
  line: number;
  column: string;
  reason: string;
}

/** Reads and checks the file's form (columns, dates, times, one of times or reason); no store needed. */
export function readAttendanceCsv(text: string, t: TFunction, today: string): { rows: CsvDay[]; records: number; errors: RowError[] } {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (e) {
    return { rows: [], records: 0, errors: [{ line: (e as { lines?: number }).lines ?? 1, column: '', reason: t('daily.import.notCsv') }] };
  }
  const [header, ...body] = records;
  const expected = ATTENDANCE_CSV_COLUMNS.join(',');
  if (!header || !body.length)
    return { rows: [], records: 0, errors: [{ line: 1, column: '', reason: t('daily.import.empty', { expected }) }] };
  const names = header.record.map((h) => h.trim().toLowerCase());
  if (names.join(',') !== expected)
    return { rows: [], records: body.length, errors: [{ line: 1, column: '', reason: t('daily.import.columns', { expected }) }] };

  const rows: CsvDay[] = [];
  const errors: RowError[] = [];
  for (const { record, info } of body) {
    const line = info.lines;
    if (record.length !== ATTENDANCE_CSV_COLUMNS.length) {
      errors.push({
        line,
        column: '',
        reason: t('daily.import.columnCount', { found: record.length, expected: ATTENDANCE_CSV_COLUMNS.length }),
      });
      continue;
    }
    const value = (c: Column) => record[ATTENDANCE_CSV_COLUMNS.indexOf(c)]!.trim();
    const bad = (column: Column, key: string, vars: Record<string, unknown> = {}) =>
      errors.push({ line, column, reason: t(key, { value: value(column), ...vars }) });
    const before = errors.length;
    const code = value('client_code').toUpperCase();
    if (!code) bad('client_code', 'daily.import.required');
    const date = value('date');
    if (!isoDate.safeParse(date).success) bad('date', 'daily.import.badDate');
    else if (date > today) bad('date', 'daily.import.futureDate');
    const time = (c: Column) => {
      const s = value(c);
      if (!s) return null;
      // 8:05 is written on paper as often as 08:05.
      const padded = /^\d:\d\d$/.test(s) ? `0${s}` : s;
      if (!hhmm.safeParse(padded).success) bad(c, 'daily.import.badTime');
      return padded;
    };
    const checkIn = time('check_in');
    const checkOut = time('check_out');
    const absenceReason = value('absence_reason').toLowerCase() || null;
    if (absenceReason && (checkIn || checkOut)) bad('absence_reason', 'daily.import.timesOrReason');
    else if (!absenceReason && !checkIn && !checkOut) bad('check_in', 'daily.import.timesOrReason');
    else if (checkOut && !checkIn) bad('check_in', 'daily.import.outWithoutIn');
    else if (checkIn && checkOut && checkOut <= checkIn && errors.length === before) bad('check_out', 'daily.import.outBeforeIn');
    if (errors.length === before) rows.push({ line, code, date, checkIn, checkOut, absenceReason });
  }
  return { rows, records: body.length, errors };
}

export async function importAttendance(ctx: AuthedContext, input: ParsedInput<'attendance.import'>): Promise<Output<'attendance.import'>> {
  const t = translator(ctx.user.lang);
  const read = readAttendanceCsv(input.csv, t, todayOf(ctx));
  const errors = [...read.errors];
  const rows = read.rows;
  const clients = await clientIdsByCode(ctx.db, [...new Set(rows.map((r) => r.code))]);
  const reasons = new Set((await listAbsenceReasons(ctx.db)).map((r) => r.code));
  const dates = rows.map((r) => r.date).sort();
  const from = dates[0] ?? '9999-12-31';
  const to = dates[dates.length - 1] ?? '0000-01-01';
  const ids = [...clients.values()].map((c) => c.id);
  const existing = new Set((await attendanceBetween(ctx.db, from, to, ids)).map((r) => `${r.client_id}|${r.date}`));
  const stays = (await dayCareStaysBetween(ctx.db, ids, from, to)).filter((s) => s.kind === 'day_care');
  const locks = await attendanceLocks(ctx.db, from, to);
  const inFile = new Map<string, number>();
  let replaced = 0;
  for (const r of rows) {
    const client = clients.get(r.code);
    const bad = (column: Column, key: string, vars: Record<string, unknown> = {}) =>
      errors.push({ line: r.line, column, reason: t(key, vars) });
    if (!client) {
      bad('client_code', 'daily.import.unknownClient', { value: r.code });
      continue;
    }
    const enrolled = stays.some(
      (s) => s.client_id === client.id && s.admitted_on <= r.date && (s.discharged_on === null || s.discharged_on >= r.date),
    );
    if (!enrolled) bad('date', 'daily.import.notEnrolled', { code: r.code });
    if (r.absenceReason && !reasons.has(r.absenceReason))
      bad('absence_reason', 'daily.import.unknownReason', { value: r.absenceReason, allowed: [...reasons].join(', ') });
    const key = `${client.id}|${r.date}`;
    const twin = inFile.get(key);
    if (twin !== undefined) bad('date', 'daily.import.repeated', { line: twin });
    else inFile.set(key, r.line);
    const lock = locks.of(client.id, r.date);
    if (lock) bad('date', 'daily.import.locked', { claim: lock.claimNumber });
    else if (existing.has(key)) {
      if (!input.replace) bad('date', 'daily.import.exists');
      else replaced++;
    }
  }
  errors.sort((a, b) => a.line - b.line || a.column.localeCompare(b.column));
  const valid = errors.length === 0 && read.records > 0;
  if (valid && !input.dryRun) {
    const at = iso(ctx.now());
    for (const r of rows) {
      const client = clients.get(r.code)!;
      await saveAttendance(
        ctx.db,
        {
          client_id: client.id,
          date: r.date,
          check_in: r.checkIn,
          check_out: r.checkOut,
          absence_reason: r.absenceReason,
          source: 'import',
          created_by: ctx.user.id,
          updated_by: ctx.user.id,
        },
        at,
      );
    }
    await ctx.audit({
      action: 'attendance.import',
      objectType: 'attendance',
      objectId: `${from}..${to}`,
      changes: { rows: [null, rows.length], replaced: [null, replaced] },
    });
  }
  const created = valid ? rows.length - replaced : 0;
  const message = !valid
    ? t('daily.import.failed', { count: errors.length, rows: read.records })
    : input.dryRun
      ? t('daily.import.checked', { rows: rows.length })
      : t('daily.import.done', { created, replaced });
  return { dryRun: input.dryRun, rows: read.records, valid, created, replaced: valid ? replaced : 0, errors, message };
}
