// `komak verify PACKAGE.zip [--cert FACILITY.pem]` — for the agency: needs no facility database.
// It calls the same pure check as the in-app page (reports.verifyPackage), because whoever
// verifies has no Komak facility of their own.
import { readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { CliError, parse, print, type CliCommand } from '../io';
import { LANGS, type Lang } from '../../contract/core';
import { translator } from '../../i18n/index';
import { verifyPackage, VERIFY_EXIT } from '../../features/reports/package-verify';

const STATUS = { ok: 'OK  ', failed: 'FAIL', skipped: 'SKIP' } as const;

export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: 'Check a signed report package: signatures, every file, and (with --cert) who signed it.',
  usage: `komak verify PACKAGE.zip [--cert FACILITY.pem] [--json] [--lang en|uz|ru]

  Checks manifest.sig (a detached CMS signature over manifest.json's exact bytes), the size and
  SHA-256 of every file the manifest lists, that no file is missing or added, that report.json is
  the closed period's report, and the signature inside report.pdf. With --cert, also that the
  signer is the facility whose certificate (PEM, exported from Komak) is given.

  Exit codes:  0  VALID — everything holds
              10  TAMPERED — a signature or a file does not match, or a file was removed or added
              11  WRONG SIGNER — intact, but not signed by the given certificate (or the certificate
                  was not valid when it signed)
              12  MALFORMED — not a zip, or not a Komak report package
               2  the command was used wrongly (missing file, unreadable certificate)`,
  async run(argv) {
    const { values, positionals } = parse(argv, { cert: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } }, true);
    if (positionals.length !== 1) throw new CliError(`Usage: ${this.usage.split('\n')[0]}`, 2);
    if (values.db !== undefined) throw new CliError('verify needs no facility database.', 2);
    const lang = (values.lang ?? 'en') as Lang;
    if (!(LANGS as readonly string[]).includes(lang)) throw new CliError('--lang is en, uz or ru.', 2);
    const bytes = readInput(positionals[0]!, 'package');
    let certificatePem: string | null = null;
    if (values.cert) {
      certificatePem = readInput(values.cert, 'certificate').toString('utf8');
      try {
        new X509Certificate(certificatePem);
      } catch {
        throw new CliError(`${values.cert} is not a PEM certificate.`, 2);
      }
    }
    const v = await verifyPackage(bytes, { certificatePem });
    if (values.json) {
      print(JSON.stringify(v, null, 2));
      return VERIFY_EXIT[v.verdict];
    }
    const t = translator(lang);
    const lines: string[] = [];
    if (v.summary) {
      const s = v.summary;
      lines.push(
        `${s.facilityName}${s.stir ? ` (STIR ${s.stir})` : ''} — ${s.reportKind} ${s.periodFrom} … ${s.periodTo}, made ${s.createdAt} by ${s.signedBy}`,
      );
      if (s.training) lines.push('TRAINING facility: not a real report.');
    }
    if (v.signer) lines.push(`Signer: ${v.signer.subject}`, `Certificate SHA-256: ${v.signer.fingerprint}`);
    lines.push('');
    for (const c of v.checks) lines.push(`${STATUS[c.status]}  ${t(`reports.check.${c.id}`, { file: c.file ?? '' })} — ${c.detail}`);
    lines.push('', t(`reports.verdict.${v.verdict}`));
    if (v.verdict === 'valid' && !v.signerChecked) lines.push(t('reports.verdict.notChecked'));
    print(lines.join('\n'));
    return VERIFY_EXIT[v.verdict];
  },
};

function readInput(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new CliError(`Cannot read the ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`, 2);
  }
}
