import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { appendAudit } from '../../../db/repositories/audit';
import { findUserByName, updateUser } from '../../../db/repositories/users';
import { LOCK_MINUTES, MAX_FAILED_ATTEMPTS } from './sessions';

/**
 * Failed sign-ins while the encrypted database is still locked cannot be written to it yet.
 * They are counted here (the same 6 attempts → 30 minutes rule) and written into the audit trail
 * and the user's counter as soon as the database opens.
 */
export class LockedAttempts {
  private attempts: Array<{ username: string; at: string }> = [];
  private held = new Map<string, { count: number; until: string | null }>();

  record(username: string, now: Date): void {
    this.attempts.push({ username, at: now.toISOString() });
    const h = this.held.get(username) ?? { count: 0, until: null };
    h.count += 1;
    if (h.count >= MAX_FAILED_ATTEMPTS) {
      h.count = 0;
      h.until = new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString();
    }
    this.held.set(username, h);
  }

  lockedUntil(username: string, now: Date): string | null {
    const until = this.held.get(username)?.until;
    return until && until > now.toISOString() ? until : null;
  }

  /** Writes what was counted while locked; call once the database is open. */
  async flush(db: Kysely<Database>): Promise<void> {
    const pending = this.attempts.splice(0);
    if (pending.length === 0) return;
    await db.transaction().execute(async (trx) => {
      for (const a of pending) {
        const user = await findUserByName(trx, a.username);
        if (user && user.active === 1) {
          const attempts = user.failed_attempts + 1;
          const lock = attempts >= MAX_FAILED_ATTEMPTS;
          const until = lock ? new Date(Date.parse(a.at) + LOCK_MINUTES * 60_000).toISOString() : user.locked_until;
          await updateUser(trx, user.id, { failed_attempts: lock ? 0 : attempts, locked_until: until });
        }
        await appendAudit(trx, {
          at: a.at,
          userId: user?.id ?? null,
          username: a.username,
          role: null,
          action: 'auth.signIn',
          changes: { whileLocked: true },
          outcome: 'failed',
        });
      }
    });
  }
}
