import { AppError, conflict } from '../errors';
import { RecoveryKeyError, type Vault } from '../keys/vault';
import type { BackupInfo, BackupService } from '../backup/backup-service';
import type { LockedAttempts } from '../auth/locked-attempts';
import type { ParsedInput } from '../../contract/index';
import { DAMAGE_KINDS } from '../../contract/security.contract';
import { restoreWithoutSession } from '../backup/restore-without-session';

/** What may be shown of a backup before anyone signs in: no file path. */
function publicOffer(info: BackupInfo) {
  return { createdAt: info.createdAt, facility: info.facility, counts: info.counts };
}

/** The damaged state for the renderer's restore screen (answered without the store). */
export function recoveryStatus(vault: Vault, backups: BackupService) {
  if (vault.state !== 'damaged') return { damaged: null };
  const raw = vault.problem?.kind ?? 'damaged';
  const kind = (DAMAGE_KINDS as readonly string[]).includes(raw) ? (raw as (typeof DAMAGE_KINDS)[number]) : 'damaged';
  const offer = kind === 'too_new' ? null : backups.restoreOffer();
  return { damaged: { kind, offer: offer ? publicOffer(offer) : null } };
}

/**
 * Restores the newest verified backup while the database is damaged. Nothing is deleted: the damaged
 * file is kept aside as the revert point. Failed passwords count toward the account lock like a sign-in.
 */
export async function restoreLatest(
  vault: Vault,
  backups: BackupService,
  attempts: LockedAttempts,
  input: ParsedInput<'recovery.restoreLatest'>,
  now: Date,
) {
  if (vault.state !== 'damaged' || vault.problem?.kind === 'too_new') throw conflict('notDamaged');
  const offer = backups.restoreOffer();
  if (!offer) throw conflict('noVerifiedBackup');
  const username = input.recoveryKey ? undefined : input.username;
  if (username) {
    const held = attempts.lockedUntil(username, now);
    if (held) throw new AppError('account_locked', { until: held });
  }
  try {
    const auth = input.recoveryKey ? { recoveryKey: input.recoveryKey } : { username, password: input.password };
    const { info } = await restoreWithoutSession(vault, backups, offer.file, auth);
    return { restoredFrom: publicOffer(info), signInAgain: true as const };
  } catch (e) {
    if (e instanceof RecoveryKeyError) throw new AppError('bad_credentials');
    if (username && e instanceof AppError && e.code === 'bad_credentials') attempts.record(username, now);
    throw e;
  }
}
