import { writeFileSync } from 'node:fs';
import { CliError, parse, dbFileFrom, withUser, print, type CliCommand } from '../io';
import type { Backend, CallContext } from '../../backend';
import { LANGS, type Lang } from '../../contract/core';
import { womenStatsReport, traffickingStatsReport } from './report-appeals';

export interface ReportOptions {
  from: string;
  to: string;
  format: string;
  lang: Lang | undefined;
  /** Small-number protection off: exact counts in a document (the JSON is always exact). */
  exact: boolean;
}

/** What a report kind produces: text for stdout/--out, or bytes that need --out. */
export type ReportOutput = { text: string } | { bytes: Buffer };

/** One kind of `komak report KIND`: turns options into contract calls and returns the result. */
export interface ReportKind {
  summary: string;
  formats: readonly string[];
  run(backend: Backend, ctx: CallContext, options: ReportOptions): Promise<ReportOutput>;
}

/** Every report kind, one line each (other areas add theirs). */
export const reportKinds: Record<string, ReportKind> = {
  'women-stats': womenStatsReport,
  'trafficking-stats': traffickingStatsReport,
};

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'Produce a report for a period (JSON, PDF …).',
  usage: `komak report ${Object.keys(reportKinds).join('|')} --from YYYY-MM-DD --to YYYY-MM-DD --format json|pdf [--out FILE] [--lang uz|ru|en] [--exact] --db FILE`,
  async run(argv) {
    const { values, positionals } = parse(
      argv,
      {
        from: { type: 'string' },
        to: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string' },
        exact: { type: 'boolean' },
      },
      true,
    );
    const [kindName, ...extra] = positionals;
    const kind = kindName ? reportKinds[kindName] : undefined;
    if (!kind || extra.length) throw new CliError(`Usage: ${this.usage}`, 2);
    if (!values.from || !values.to) throw new CliError('Give the period with --from YYYY-MM-DD --to YYYY-MM-DD.', 2);
    const format = values.format ?? 'json';
    if (!kind.formats.includes(format)) throw new CliError(`${kindName} comes as ${kind.formats.join(' or ')}.`, 2);
    if (values.lang && !(LANGS as readonly string[]).includes(values.lang)) throw new CliError('--lang is uz, ru or en.', 2);
    const out = await withUser(dbFileFrom(values), (backend, ctx) =>
      kind.run(backend, ctx, {
        from: values.from!,
        to: values.to!,
        format,
        lang: values.lang as Lang | undefined,
        exact: values.exact === true,
      }),
    );
    if ('bytes' in out) {
      if (!values.out) throw new CliError(`--format ${format} needs --out FILE.`, 2);
      writeFileSync(values.out, out.bytes);
      print(`Wrote ${values.out}.`);
    } else if (values.out) {
      writeFileSync(values.out, out.text);
    } else {
      print(out.text);
    }
  },
};
