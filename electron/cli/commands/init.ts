import { existsSync, rmSync } from 'node:fs';
import { CliError, parse, dbFileFrom, openBackend, unwrap, readStdin, print, type CliCommand } from '../io';
import { FACILITY_KINDS } from '../../contract/setup.contract';
import type { Lang } from '../../contract/core';
import { translator } from '../../i18n/index';

export const initCommand: CliCommand = {
  name: 'init',
  summary: 'Create a facility database and its first manager account.',
  usage: `komak init --db FILE --kind ${FACILITY_KINDS.join('|')} --name "…" --region SOATO --district SOATO
           --capacity N --admin-user NAME --admin-password-stdin
           [--address "…"] [--admin-name "…"] [--licence NO] [--stir NNNNNNNNN] [--phone +998…] [--lang uz|ru|en]`,
  async run(argv) {
    const { values } = parse(argv, {
      kind: { type: 'string' },
      name: { type: 'string' },
      region: { type: 'string' },
      district: { type: 'string' },
      address: { type: 'string' },
      capacity: { type: 'string' },
      licence: { type: 'string' },
      stir: { type: 'string' },
      phone: { type: 'string' },
      'admin-user': { type: 'string' },
      'admin-name': { type: 'string' },
      'admin-password-stdin': { type: 'boolean' },
      lang: { type: 'string' },
    });
    const dbFile = dbFileFrom(values);
    if (!values['admin-password-stdin']) throw new CliError('Pass the manager password on standard input with --admin-password-stdin.', 2);
    const password = (await readStdin()).replace(/\r?\n$/, '');
    const existed = existsSync(dbFile);
    const backend = await openBackend(dbFile);
    const lang = (values.lang as Lang | undefined) ?? 'en';
    let recoveryKey: string | null;
    try {
      const result = await backend.call({ lang }, 'setup.init', {
        facility: {
          kind: values.kind as never,
          name: values.name ?? '',
          regionSoato: values.region ?? '',
          districtSoato: values.district ?? '',
          address: values.address ?? values.name ?? '',
          capacity: values.capacity === undefined ? Number.NaN : Number(values.capacity),
          licenceNo: values.licence ?? null,
          stir: values.stir ?? null,
          phone: values.phone ?? null,
        },
        admin: {
          username: values['admin-user'] ?? '',
          fullName: values['admin-name'] ?? values['admin-user'] ?? '',
          password,
          lang: (values.lang as Lang | undefined) ?? 'uz',
        },
      });
      if (!result.ok && !existed) {
        await backend.close();
        removeDatabaseFiles(dbFile);
      }
      recoveryKey = (unwrap(result) as { recoveryKey: string | null }).recoveryKey;
    } finally {
      await backend.close().catch(() => undefined);
    }
    if (!existed && !existsSync(dbFile)) throw new CliError('The database file was not created.');
    print(`Facility created in ${dbFile}. Sign in as "${values['admin-user']}".`);
    if (recoveryKey) {
      const t = translator(lang);
      print(
        [
          '',
          `The database is encrypted. ${t('keys.recoveryTitle')} (shown only this once):`,
          '',
          `    ${recoveryKey}`,
          '',
          t('keys.recoveryNotice'),
        ].join('\n'),
      );
    }
  },
};

/** A failed init must not leave an empty database behind that the next init would reuse. */
export function removeDatabaseFiles(dbFile: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbFile + suffix, { force: true });
}
