import { writeFileSync } from 'node:fs';
import { CliError, parse, dbFileFrom, withUser, print, readStdin, type CliCommand } from '../io';
import type { Backend, CallContext } from '../../backend';
import { LANGS, type Lang } from '../../contract/core';
import { womenStatsReport, traffickingStatsReport } from './report-appeals';
import { catalogueReport, withCatalogue } from './report-catalogue';

export interface ReportOptions {
  from: string;
  to: string;
  format: string;
  lang: Lang | undefined;
  /** Small-number protection off: exact counts in a document (the JSON is always exact). */
  exact: boolean;
  /** --format package: prepare, check and close the period first when it is not closed. */
  close?: boolean;
  /** --format package: the signing password (KOMAK_SIGNING_PASSWORD or --signing-password-stdin). */
  signingPassword?: string;
  /** A report that names people is exported only with --personal-data. */
  acknowledgePersonalData?: boolean;
}

/** What a report kind produces: text for stdout/--out, or bytes that need --out. */
export type ReportOutput = { text: string } | { bytes: Buffer; fileName?: string };

/** One kind of `komak report KIND`: turns options into contract calls and returns the result. */
export interface ReportKind {
  summary: string;
  formats: readonly string[];
  run(backend: Backend, ctx: CallContext, options: ReportOptions): Promise<ReportOutput>;
}

/** Every report kind, one line each (other areas add theirs). */
export const reportKinds: Record<string, ReportKind> = {
  'women-stats': withCatalogue(womenStatsReport, 'women_stats'),
  'trafficking-stats': withCatalogue(traffickingStatsReport, 'trafficking_stats'),
  activity: catalogueReport(
    'activity',
    'Activity report: movement, bed-days and occupancy, sex and age, plans, services, incidents, staff.',
  ),
  'day-care-claim': catalogueReport('day_care_claim', 'Day care: the month’s state claim by programme and client code (no names).'),
  'child-progress': catalogueReport(
    'child_progress',
    'Family-type home: per child, development-plan progress and placement prospect (names children: needs --personal-data).',
  ),
};

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'Produce a report for a period (JSON, PDF …).',
  usage: `komak report ${Object.keys(reportKinds).join('|')} --from YYYY-MM-DD --to YYYY-MM-DD --format json|pdf|csv|xlsx|package [--out FILE] [--lang uz|ru|en] [--exact] --db FILE
           package: the signed .zip of a closed period (see komak verify); the signing password comes from
           KOMAK_SIGNING_PASSWORD or standard input with --signing-password-stdin; --close closes the period first.
           women-stats and trafficking-stats JSON is the agency's exact-count shape.
           --personal-data: export a report that names people (child-progress) after reading this warning.`,
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
        close: { type: 'boolean' },
        'signing-password-stdin': { type: 'boolean' },
        'personal-data': { type: 'boolean' },
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
    const signingPassword = values['signing-password-stdin']
      ? (await readStdin()).replace(/\r?\n$/, '')
      : process.env.KOMAK_SIGNING_PASSWORD;
    const out = await withUser(dbFileFrom(values), (backend, ctx) =>
      kind.run(backend, ctx, {
        from: values.from!,
        to: values.to!,
        format,
        lang: values.lang as Lang | undefined,
        exact: values.exact === true,
        close: values.close === true,
        signingPassword,
        acknowledgePersonalData: values['personal-data'] === true,
      }),
    );
    if ('bytes' in out) {
      // A package names itself (kind, period, STIR, time); other files need a name.
      const target = values.out ?? (format === 'package' ? out.fileName : undefined);
      if (!target) throw new CliError(`--format ${format} needs --out FILE.`, 2);
      writeFileSync(target, out.bytes);
      print(`Wrote ${target}.`);
    } else if (values.out) {
      writeFileSync(values.out, out.text);
    } else {
      print(out.text);
    }
  },
};
