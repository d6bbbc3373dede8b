import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Backend, CallContext } from '../../backend';
import { CliError, callAs, dbFileFrom, parse, print, withUser, type CliCommand } from '../io';

/** What every import answers: all-or-nothing, with each bad row named by line and column. */
export interface ImportReport {
  valid: boolean;
  /** One sentence in the user's language: what happened. */
  message: string;
  errors: { line: number; column: string; reason: string }[];
  errorFileBase64: string | null;
  /** Further lines worth printing (e.g. rows already in the register). */
  notes?: string[];
}

export interface ImportKind {
  summary: string;
  /** Options of this kind besides --db, --dry-run and --errors (e.g. attendance's --replace). */
  options?: Record<string, { type: 'boolean' | 'string' }>;
  run(backend: Backend, ctx: CallContext, file: { name: string; base64: string }, values: Record<string, unknown>): Promise<ImportReport>;
}

/** `komak import <kind> FILE`: one line per kind; the logic lives in the kind's contract method. */
export const importKinds: Record<string, ImportKind> = {
  clients: {
    summary: 'the register of clients (CSV or XLSX)',
    async run(backend, ctx, file, values) {
      const r = await callAs(backend, ctx, 'clients.import', {
        fileName: file.name,
        contentBase64: file.base64,
        dryRun: values['dry-run'] === true,
      });
      const same = { code: 'code', pinfl: 'PINFL', person: 'name and birth date' };
      return { ...r, notes: r.duplicates.map((d) => `line ${d.line}: already in the register as ${d.code} (same ${same[d.matchedBy]})`) };
    },
  },
};

export const importCommand: CliCommand = {
  name: 'import',
  summary: `Import a file: ${Object.keys(importKinds).join(', ')}. Nothing is imported if any row is wrong.`,
  usage: `komak import ${Object.keys(importKinds).join('|')} FILE --db FILE [--dry-run] [--errors ERRORS.csv]`,
  async run(argv) {
    const [kindName, ...rest] = argv;
    const kind = kindName ? importKinds[kindName] : undefined;
    if (!kind) throw new CliError(`Say what to import: ${Object.keys(importKinds).join(', ')}.`, 2);
    const { values, positionals } = parse(
      rest,
      { 'dry-run': { type: 'boolean' }, errors: { type: 'string' }, ...(kind.options ?? {}) },
      true,
    );
    const path = positionals[0];
    if (!path || positionals.length > 1) throw new CliError(`Give one file: komak import ${kindName} FILE --db FILE`, 2);
    let data: Buffer;
    try {
      data = readFileSync(path);
    } catch {
      throw new CliError(`Cannot read ${path}.`, 2);
    }
    const report = await withUser(dbFileFrom(values), (backend, ctx) =>
      kind.run(backend, ctx, { name: basename(path), base64: data.toString('base64') }, values as Record<string, unknown>),
    );
    for (const note of report.notes ?? []) print(note);
    if (report.valid) {
      print(report.message);
      return 0;
    }
    for (const e of report.errors) process.stderr.write(`line ${e.line}, ${e.column}: ${e.reason}\n`);
    const errorsFile = typeof values.errors === 'string' ? values.errors : `${path}.errors.csv`;
    if (report.errorFileBase64) writeFileSync(errorsFile, Buffer.from(report.errorFileBase64, 'base64'));
    process.stderr.write(`${report.message}\n`);
    if (report.errorFileBase64) process.stderr.write(`The errors are also in ${errorsFile}\n`);
    return 3;
  },
};
