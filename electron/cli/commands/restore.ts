import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parse, dbFileFrom, CliError, print, recoveryKeyFrom, withUser, callAs, unwrap, type CliCommand } from '../io';
import { createBackend } from '../../backend';
import { readManifest } from '../../features/backup/manifest';
import { RecoveryKeyError } from '../../features/keys/vault';
import { AppError } from '../../features/errors';
import { translator } from '../../i18n/index';
import { describeBackup } from './backup';

async function confirmed(yes: boolean | undefined): Promise<boolean> {
  if (yes) return true;
  if (!process.stdin.isTTY) throw new CliError('Add --yes to restore (the current database is kept as a revert point).', 2);
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const answer = await rl.question('Restore this backup? The current database is saved first. [y/N] ');
  rl.close();
  return /^y(es)?$/i.test(answer.trim());
}

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'Restore a backup: komak restore BACKUP --db FILE (the current database is saved first).',
  usage: `komak restore BACKUP --db FILE [--yes] [--recovery-key-file FILE]
  Shows what the backup holds, saves the current database as a revert point, then restores.
  As KOMAK_USER/KOMAK_PASSWORD (a manager), or — when the database is damaged, missing or on a new PC —
  with the backup's recovery key (--recovery-key-file or KOMAK_RECOVERY_KEY) or a manager's password in the backup.`,
  async run(argv) {
    const { values, positionals } = parse(argv, { yes: { type: 'boolean' } }, true);
    if (positionals.length !== 1) throw new CliError('Use: komak restore BACKUP --db FILE', 2);
    const file = resolve(positionals[0]!);
    if (!existsSync(file)) throw new CliError(`There is no backup file ${file}.`, 2);
    const dbFile = dbFileFrom(values);
    const recoveryKey = recoveryKeyFrom(values);
    const { KOMAK_USER: username, KOMAK_PASSWORD: password } = process.env;

    // Opened without the recovery key first: a healthy database is restored through the contract, as a manager.
    const probe = await createBackend({ dbFile, autoBackup: false });
    const state = probe.status().state;
    await probe.close();
    if ((state === 'open' || state === 'locked') && username && password && !recoveryKey) {
      try {
        await withUser(dbFile, async (backend, ctx) => {
          print(describeBackup(await callAs(backend, ctx, 'backup.inspect', { file })));
          if (!(await confirmed(values.yes))) throw new CliError('Nothing was changed.', 1);
          const done = await callAs(backend, ctx, 'backup.restore', { file, confirm: true });
          print(`Restored. The previous database was saved as ${done.revertPoint}. Everyone signs in again.`);
        });
        return;
      } catch (e) {
        // Damage shows at the first read: then restore without a session, as a manager of the backup.
        if (!(e instanceof CliError && e.exitCode === 4)) throw e;
        print(e.message);
      }
    }
    if (!recoveryKey && !(username && password)) {
      throw new CliError('Set KOMAK_USER and KOMAK_PASSWORD (a manager), or give the recovery key of the backup.', 2);
    }
    const manifest = readManifest(file);
    if (manifest) print(describeBackup({ ...manifest, file }));
    else print(`Backup: ${file} (no manifest beside it: its content is checked when it is opened)`);
    if (!(await confirmed(values.yes))) throw new CliError('Nothing was changed.', 1);
    const backend = await createBackend({ dbFile, autoBackup: false });
    try {
      const done = await backend.maintenance.restore(file, { recoveryKey, username, password });
      print(`Restored (checked: ${Object.values(done.info.counts).reduce((a, b) => a + b, 0)} rows).`);
      print(`The previous database was kept as ${done.revertPoint}.`);
    } catch (e) {
      if (e instanceof RecoveryKeyError) throw new CliError(e.message, 2);
      if (e instanceof AppError) unwrap({ ok: false, error: { code: e.code, message: translator('en')(`error.${e.code}`, e.vars) } });
      throw e;
    } finally {
      await backend.close();
    }
  },
};
