import { parse, dbFileFrom, CliError, print, openBackend, recoveryKeyFrom, withUser, callAs, type CliCommand } from '../io';
import { LANGS, type Lang } from '../../contract/core';
import type { AuditVerdictOut } from '../../contract/audit.contract';
import { translator } from '../../i18n/index';

export const auditCommand: CliCommand = {
  name: 'audit',
  summary: 'Check that the audit trail is intact: komak audit verify --db FILE.',
  usage: `komak audit verify --db FILE [--lang uz|ru|en] [--recovery-key-file FILE]
  Acts as KOMAK_USER/KOMAK_PASSWORD (a manager or inspector), or opens the database with the recovery key.
  Exit code 0: intact (prints the number of entries and the head hash); 5: changed (prints the entry's number).`,
  async run(argv) {
    const { values, positionals } = parse(argv, { lang: { type: 'string' } }, true);
    if (positionals[0] !== 'verify' || positionals.length !== 1) throw new CliError('Use: komak audit verify --db FILE', 2);
    const lang = (LANGS as readonly string[]).includes(values.lang ?? '') ? (values.lang as Lang) : 'en';
    const dbFile = dbFileFrom(values);
    const recoveryKey = recoveryKeyFrom(values);
    let verdict: AuditVerdictOut;
    if (process.env.KOMAK_USER) {
      verdict = await withUser(dbFile, (backend, ctx) => callAs(backend, ctx, 'audit.verify', {}));
    } else if (recoveryKey) {
      const backend = await openBackend(dbFile, { recoveryKey });
      try {
        verdict = await backend.maintenance.verifyAudit();
      } finally {
        await backend.close();
      }
    } else {
      throw new CliError('Set KOMAK_USER and KOMAK_PASSWORD (a manager or inspector), or give the recovery key.', 2);
    }
    const t = translator(lang);
    if (verdict.ok) {
      print(t('audit.intact', { count: verdict.count, head: verdict.head }));
      return 0;
    }
    print(t('audit.broken', { seq: verdict.seq, problem: t(`audit.problem.${verdict.problem}`) }));
    return 5;
  },
};
