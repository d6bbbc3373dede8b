import type { Kysely } from 'kysely';
import type { Database, UserRecord } from '../../../db/schema';
import { getIdleLockMinutes } from '../../../db/repositories/security';
import { deleteSession } from '../../../db/repositories/sessions';
import { appendAudit } from '../../../db/repositories/audit';
import { IDLE_LOCK_DEFAULT_MINUTES } from '../../contract/security.contract';

// `last_seen_at` is written at most once a minute, so it may lag the last request by that much:
// the backend allows one extra minute and the window (which sees every key press) locks on time.
const TOUCH_LAG_MS = 60_000;

/** True when a session saw no request for longer than the facility's idle lock. */
export async function idleTooLong(db: Kysely<Database>, lastSeenAt: string, now: Date): Promise<boolean> {
  const idleMs = now.getTime() - Date.parse(lastSeenAt);
  if (idleMs <= TOUCH_LAG_MS) return false; // the common case answers without a query
  const minutes = (await getIdleLockMinutes(db)) ?? IDLE_LOCK_DEFAULT_MINUTES;
  return idleMs > minutes * 60_000 + TOUCH_LAG_MS;
}

export async function endIdleSession(db: Kysely<Database>, tokenHash: string, user: UserRecord, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await deleteSession(trx, tokenHash);
    await appendAudit(trx, {
      at: now.toISOString(),
      userId: user.id,
      username: user.username,
      role: user.role,
      action: 'auth.idleLock',
      objectType: 'session',
      outcome: 'ok',
    });
  });
}
