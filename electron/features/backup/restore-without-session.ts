import { resolve } from 'node:path';
import { AppError, conflict } from '../errors';
import { readKeyring } from '../keys/keyring';
import { keyFromPasswordIn, keyFromRecoveryIn, RecoveryKeyError, type Vault } from '../keys/vault';
import { verifyPassword } from '../auth/passwords';
import { backupKeyringPath } from './manifest';
import { openReadOnly } from './backup-writer';
import type { BackupService } from './backup-service';

/**
 * A restore where no one can sign in (damaged or missing database, a new PC). Whoever restores
 * must be able to open the backup: with its recovery key, or as a user who is an active manager
 * in the backup itself (the password both unwraps the key and matches that manager's account).
 */
export async function restoreWithoutSession(
  vault: Vault,
  backups: BackupService,
  file: string,
  auth: { recoveryKey?: string; username?: string; password?: string },
) {
  const path = resolve(file);
  const ring = readKeyring(backupKeyringPath(path));
  if (!ring && vault.ring) throw conflict('backupUnencrypted');
  let key: Buffer | null = null;
  let actor = { userId: null as number | null, username: null as string | null, role: null as string | null, via: 'recovery-key' };
  if (ring && auth.recoveryKey) {
    key = keyFromRecoveryIn(ring, auth.recoveryKey);
    if (!key) throw new RecoveryKeyError();
  } else if (auth.username && auth.password) {
    const username = auth.username.trim().toLowerCase();
    if (ring) {
      key = await keyFromPasswordIn(ring, username, auth.password);
      if (!key) throw new AppError('bad_credentials');
    }
    const db = openReadOnly(path, key?.toString('hex'));
    let row: { id: number; role: string; active: number; password_hash: string } | undefined;
    try {
      row = db.prepare('SELECT id, role, active, password_hash FROM users WHERE username = ?').get(username) as typeof row;
    } finally {
      db.close();
    }
    if (!row || !(await verifyPassword(row.password_hash, auth.password))) throw new AppError('bad_credentials');
    if (row.role !== 'manager' || row.active !== 1) throw new AppError('forbidden');
    actor = { userId: row.id, username, role: 'manager', via: 'password' };
  } else if (ring) {
    throw new AppError('unauthenticated');
  }
  // The same facility's database, merely locked: open it first, so the revert point is a checked backup.
  if (vault.state === 'locked' && key && vault.ring?.keyId === ring?.keyId) await vault.openWithKey(key).catch(() => undefined);
  return backups.restore(path, actor, key);
}
