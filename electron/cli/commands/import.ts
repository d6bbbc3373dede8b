import { readFileSync } from 'node:fs';
import { CliError, parse, dbFileFrom, withUser, type CliCommand } from '../io';
import type { Backend, CallContext } from '../../backend';
import { appealsImport } from './import-appeals';
import { attendanceImport } from './import-attendance';

/** One kind of `komak import KIND FILE`: reads nothing itself, hands the file's text to a contract method. */
export interface ImportKind {
  summary: string;
  /** `replace`: overwrite records that already exist (attendance days); kinds that cannot, ignore it. */
  run(backend: Backend, ctx: CallContext, text: string, options: { dryRun: boolean; replace?: boolean }): Promise<number>;
}

/** Every kind of import, one line each (other areas add theirs). */
export const importKinds: Record<string, ImportKind> = {
  appeals: appealsImport,
  attendance: attendanceImport,
};

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import a register kept in Excel (CSV, UTF-8): all rows or none.',
  usage: `komak import ${Object.keys(importKinds).join('|')} FILE.csv --db FILE [--dry-run] [--replace]`,
  async run(argv) {
    const { values, positionals } = parse(argv, { 'dry-run': { type: 'boolean' }, replace: { type: 'boolean' } }, true);
    const [kindName, file, ...extra] = positionals;
    const kind = kindName ? importKinds[kindName] : undefined;
    if (!kind || !file || extra.length) throw new CliError(`Usage: ${this.usage}`, 2);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new CliError(`Cannot read ${file}: ${(e as Error).message}`, 2);
    }
    return withUser(dbFileFrom(values), (backend, ctx) =>
      kind.run(backend, ctx, text, { dryRun: values['dry-run'] === true, replace: values.replace === true }),
    );
  },
};
