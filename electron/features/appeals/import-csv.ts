// Reads an appeals register kept in Excel (CSV, UTF-8, RFC 4180) into checked appeal values.
// Every bad row is reported — line, column, reason — and the caller writes nothing if any is bad.
import { parse } from 'csv-parse/sync';
import type { TFunction } from 'i18next';
import {
  APPEAL_CSV_COLUMNS,
  APPLICANTS,
  CHANNELS,
  PLACES,
  RELATIONSHIPS,
  VIOLENCE_TYPES,
  type ImportRowError,
} from '../../contract/appeals.contract';
import type { FacilityKind } from '../../contract/setup.contract';
import { parseDate } from '../../contract/format';
import { reference } from '../reference/reference';
import { appealRuleErrors, type AppealValues } from './rules';

type Column = (typeof APPEAL_CSV_COLUMNS)[number];

export interface CsvAppeal {
  line: number;
  code: string | null;
  values: AppealValues;
}

/** Which CSV column a rule about an API field points at. */
const COLUMN_OF_FIELD: Record<string, Column> = {
  appealDate: 'appeal_date',
  channel: 'channel',
  applicant: 'applicant',
  regionSoato: 'region',
  violenceType: 'violence_type',
  violenceExtra: 'violence_type',
  place: 'place',
  relationship: 'relationship',
  age: 'age',
  notes: 'notes',
};

const CSV_PROBLEMS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'appeals.import.quoteNotClosed',
  INVALID_OPENING_QUOTE: 'appeals.import.badQuote',
  CSV_INVALID_CLOSING_QUOTE: 'appeals.import.badQuote',
};

export interface ParsedCsv {
  /** Data records in the file (rows after the header). */
  records: number;
  /** Records that passed every check. */
  rows: CsvAppeal[];
  /** Every code the file gives, with its line, to check against the register (good rows or not). */
  codes: Array<{ line: number; code: string }>;
  errors: ImportRowError[];
}

export function parseAppealsCsv(text: string, kind: FacilityKind, today: string, t: TFunction): ParsedCsv {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (e) {
    const err = e as { code?: string; lines?: number };
    return {
      records: 0,
      rows: [],
      codes: [],
      errors: [{ line: err.lines ?? 1, column: null, reason: t(CSV_PROBLEMS[err.code ?? ''] ?? 'appeals.import.notCsv') }],
    };
  }
  const [header, ...body] = records;
  if (!header) return { records: 0, rows: [], codes: [], errors: [{ line: 1, column: null, reason: t('appeals.import.empty') }] };

  const names = header.record.map((h) => h.trim().toLowerCase());
  const missing = APPEAL_CSV_COLUMNS.filter((c) => !names.includes(c));
  const unknown = names.filter((n) => !(APPEAL_CSV_COLUMNS as readonly string[]).includes(n));
  if (missing.length || unknown.length || names.length !== APPEAL_CSV_COLUMNS.length) {
    const expected = APPEAL_CSV_COLUMNS.join(',');
    const errors: ImportRowError[] = [
      ...missing.map((c) => ({ line: 1, column: c, reason: t('appeals.import.missingColumn', { expected }) })),
      ...unknown.map((c) => ({ line: 1, column: c, reason: t('appeals.import.unknownColumn', { expected }) })),
    ];
    if (!errors.length) errors.push({ line: 1, column: null, reason: t('appeals.import.duplicateColumn', { expected }) });
    return { records: body.length, rows: [], codes: [], errors };
  }
  if (!body.length) return { records: 0, rows: [], codes: [], errors: [{ line: 1, column: null, reason: t('appeals.import.empty') }] };
  const index = Object.fromEntries(APPEAL_CSV_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<Column, number>;

  const regionCodes = new Set(reference().regions.map((r) => r.soato));
  const rows: CsvAppeal[] = [];
  const errors: ImportRowError[] = [];
  const codeLines = new Map<string, number>();
  const codes: ParsedCsv['codes'] = [];
  for (const { record, info } of body) {
    // A quoted field may hold line breaks: report the line the record starts on.
    const line = info.lines - record.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);
    const rowErrors: ImportRowError[] = [];
    const fail = (column: Column | null, key: string, vars: Record<string, string | number> = {}) =>
      rowErrors.push({ line, column, reason: t(key, vars) });
    if (record.length !== APPEAL_CSV_COLUMNS.length) {
      fail(null, 'appeals.import.columnCount', { expected: APPEAL_CSV_COLUMNS.length, found: record.length });
      errors.push(...rowErrors);
      continue;
    }
    const cell = (c: Column) => record[index[c]]!.trim();
    const code = <T extends string>(c: Column, allowed: readonly T[], required: boolean): T | null => {
      const v = cell(c).toLowerCase();
      if (v === '') {
        if (required) fail(c, 'v.required');
        return null;
      }
      if (!(allowed as readonly string[]).includes(v)) {
        fail(c, 'appeals.import.notACode', { value: cell(c), allowed: allowed.join(', ') });
        return null;
      }
      return v as T;
    };

    const rawDate = cell('appeal_date');
    const appealDate = rawDate ? parseDate(rawDate) : null;
    if (!rawDate) fail('appeal_date', 'v.required');
    else if (!appealDate) fail('appeal_date', 'appeals.import.badDate', { value: rawDate });
    const channel = code('channel', CHANNELS, true);
    const applicant = code('applicant', APPLICANTS, true);
    const region = cell('region');
    if (!region) fail('region', 'v.required');
    else if (!regionCodes.has(region)) fail('region', 'appeals.import.notARegion', { value: region });
    const violenceType = code('violence_type', VIOLENCE_TYPES, false);
    const place = code('place', PLACES, false);
    const relationship = code('relationship', RELATIONSHIPS, false);
    const rawAge = cell('age');
    let age: number | null = null;
    if (rawAge !== '') {
      if (!/^\d{1,3}$/.test(rawAge)) fail('age', 'v.integer');
      else if (Number(rawAge) > 120) fail('age', 'v.appeals.age');
      else age = Number(rawAge);
    }
    const givenCode = cell('code') || null;
    if (givenCode) {
      if (givenCode.length > 40) fail('code', 'v.tooLong');
      else if (codeLines.has(givenCode)) fail('code', 'appeals.import.codeRepeated', { line: codeLines.get(givenCode)! });
      else {
        codeLines.set(givenCode, line);
        codes.push({ line, code: givenCode });
      }
    }
    const notes = cell('notes') || null;
    if (notes && notes.length > 2000) fail('notes', 'v.tooLong');

    // The rules across fields run even when some cells are wrong, with harmless stand-ins for those, so a
    // person sees every problem of the row at once; a column already reported is not reported twice.
    const values: AppealValues = {
      appealDate: appealDate ?? today,
      appealTime: null,
      channel: channel ?? 'hotline',
      referredBy: null,
      referrerNote: null,
      applicant: applicant ?? 'man',
      age,
      regionSoato: regionCodes.has(region) ? region : reference().regions[0]!.soato,
      violenceType,
      violenceExtra: [],
      place,
      relationship,
      suicideRisk: false,
      help: [],
      outcome: null,
      clientId: null,
      name: null,
      assignedUserId: null,
      exploitationType: null,
      country: null,
      notes,
    };
    const reported = new Set(rowErrors.map((e) => e.column));
    for (const [field, key] of Object.entries(appealRuleErrors(kind, values, today, { requireReferrer: false }))) {
      const column = COLUMN_OF_FIELD[field] ?? null;
      if (!reported.has(column)) fail(column, key);
    }
    if (!rowErrors.length) rows.push({ line, code: givenCode, values });
    errors.push(...rowErrors);
  }
  return { records: body.length, rows, codes, errors };
}
