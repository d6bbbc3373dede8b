import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Backend, CallContext } from '../../backend';
import { CliError, callAs, dbFileFrom, parse, print, withUser, type CliCommand } from '../io';
import { appealsImport } from './import-appeals';
import { vouchersImport } from './import-vouchers';
import { attendanceImport } from './import-attendance';

/** The file given on the command line: its bytes (XLSX) or its text (CSV, UTF-8). */
export interface ImportFile {
  path: string;
  name: string;
  bytes: Buffer;
  text(): string;
}

/** One kind of `komak import KIND FILE`: reads nothing itself, hands the file to a contract method; returns the exit code. */
export interface ImportKind {
  summary: string;
  /** Options of this kind besides --db, --dry-run and --errors (e.g. attendance's --replace). */
  options?: Record<string, { type: 'boolean' | 'string' }>;
  run(backend: Backend, ctx: CallContext, file: ImportFile, options: { dryRun: boolean; values: Record<string, unknown> }): Promise<number>;
}

/** What an all-or-nothing import answers: each bad row named by line and column. */
export interface ImportReport {
  valid: boolean;
  /** One sentence in the user's language: what happened. */
  message: string;
  errors: { line: number; column: string; reason: string }[];
  errorFileBase64: string | null;
  /** Further lines worth printing (e.g. rows already in the register). */
  notes?: string[];
}

/** Prints a report the same way for every kind; writes the error file next to the input (or to --errors). */
export function printImportReport(report: ImportReport, file: ImportFile, values: Record<string, unknown>): number {
  for (const note of report.notes ?? []) print(note);
  if (report.valid) {
    print(report.message);
    return 0;
  }
  for (const e of report.errors) process.stderr.write(`line ${e.line}, ${e.column}: ${e.reason}\n`);
  const errorsFile = typeof values.errors === 'string' ? values.errors : `${file.path}.errors.csv`;
  if (report.errorFileBase64) writeFileSync(errorsFile, Buffer.from(report.errorFileBase64, 'base64'));
  process.stderr.write(`${report.message}\n`);
  if (report.errorFileBase64) process.stderr.write(`The errors are also in ${errorsFile}\n`);
  return 3;
}

const clientsImport: ImportKind = {
  summary:
    'Register of clients (CSV or XLSX): client_code,last_name,first_name,middle_name,birth_date,sex,pinfl,admitted_on,room,bed,group',
  async run(backend, ctx, file, { dryRun, values }) {
    const r = await callAs(backend, ctx, 'clients.import', { fileName: file.name, contentBase64: file.bytes.toString('base64'), dryRun });
    const same = { code: 'code', pinfl: 'PINFL', person: 'name and birth date' };
    const notes = r.duplicates.map((d) => `line ${d.line}: already in the register as ${d.code} (same ${same[d.matchedBy]})`);
    return printImportReport({ ...r, notes }, file, values);
  },
};

/** Every kind of import, one line each (other areas add theirs). */
export const importKinds: Record<string, ImportKind> = {
  appeals: appealsImport,
  clients: clientsImport,
  vouchers: vouchersImport,
  attendance: attendanceImport,
};

export const importCommand: CliCommand = {
  name: 'import',
  summary: `Import a register kept in Excel (${Object.keys(importKinds).join(', ')}): all rows or none.`,
  usage: `komak import ${Object.keys(importKinds).join('|')} FILE --db FILE [--dry-run] [--errors ERRORS.csv]`,
  async run(argv) {
    const [kindName, ...rest] = argv;
    const kind = kindName ? importKinds[kindName] : undefined;
    if (!kind) throw new CliError(`Say what to import: ${Object.keys(importKinds).join(', ')}.\nUsage: ${this.usage}`, 2);
    const { values, positionals } = parse(
      rest,
      { 'dry-run': { type: 'boolean' }, errors: { type: 'string' }, ...(kind.options ?? {}) },
      true,
    );
    const path = positionals[0];
    if (!path || positionals.length > 1) throw new CliError(`Give one file: komak import ${kindName} FILE --db FILE`, 2);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      throw new CliError(`Cannot read ${path}.`, 2);
    }
    const file: ImportFile = { path, name: basename(path), bytes, text: () => bytes.toString('utf8').replace(/^\ufeff/, '') };
    return withUser(dbFileFrom(values), (backend, ctx) => kind.run(backend, ctx, file, { dryRun: values['dry-run'] === true, values }));
  },
};
