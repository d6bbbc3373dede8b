import { resolve } from 'node:path';
import { parse, dbFileFrom, CliError, print, withUser, callAs, type CliCommand } from '../io';
import { formatDateTime } from '../../contract/format';
import type { BackupInfoOut } from '../../contract/backup.contract';

/** What a backup holds, in the words a manager reads before restoring it. */
export function describeBackup(b: Pick<BackupInfoOut, 'file' | 'createdAt' | 'reason' | 'facility' | 'counts' | 'auditHead'>): string {
  const counts = Object.entries(b.counts)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');
  return [
    `Backup:     ${b.file}`,
    `Facility:   ${b.facility ? `${b.facility.name} (${b.facility.kind})` : '—'}`,
    `Made:       ${formatDateTime(b.createdAt)} Tashkent time (${b.reason})`,
    `Holds:      ${counts || 'nothing'}`,
    `Audit head: #${b.auditHead.seq} ${b.auditHead.hash.slice(0, 16)}…`,
  ].join('\n');
}

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Write an encrypted, checked backup now: komak backup --db FILE --out DIR.',
  usage: `komak backup --db FILE [--out DIR]
  Acts as KOMAK_USER/KOMAK_PASSWORD (a manager). Without --out the backup goes to the automatic folder.
  Cloud-synced folders (OneDrive, Dropbox, Google Drive, iCloud, Yandex.Disk…) are refused.`,
  async run(argv) {
    const { values } = parse(argv, { out: { type: 'string' } });
    const dbFile = dbFileFrom(values);
    if (values.out === '') throw new CliError('--out needs a folder.', 2);
    const info = await withUser(dbFile, (backend, ctx) =>
      callAs(backend, ctx, 'backup.create', { dir: values.out ? resolve(values.out) : undefined }),
    );
    print(describeBackup(info));
    print('The backup was reopened and checked: it is complete. Keep its .keyring file with it.');
  },
};
