// The fast path for the high-volume records (care log, attendance): the same rows and the same
// audit entries the handlers write, in the same order, through prepared statements on the step's
// connection. Each writer checks its rows with the area's own rule functions first, and a test
// proves a facility made this way hashes the same as one made through the handlers.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { canonicalEntry, chainHash, GENESIS_HASH } from '../../../db/repositories/audit';
import type { SessionUser } from '../../contract/auth.contract';

type Stmt = BetterSqlite3.Statement;

export interface BulkAuditEntry {
  at: string;
  user: SessionUser | null;
  action: string;
  objectType: string;
  objectId: string;
  changes: Record<string, unknown>;
}

/** Appends to the audit chain from memory; reads the head again for each batch (handlers append in between). */
export class BulkAudit {
  private insert: Stmt;
  private head: Stmt;
  private seq = 0;
  private hash = GENESIS_HASH;

  constructor(private readonly raw: BetterSqlite3.Database) {
    this.insert = raw.prepare(
      `INSERT INTO audit_log (seq, at, user_id, username, role, action, object_type, object_id, changes, outcome, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ok', ?, ?)`,
    );
    this.head = raw.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
  }

  /** Call before a batch: handlers may have appended since the last one. */
  sync(): void {
    const h = this.head.get() as { seq: number; hash: string } | undefined;
    this.seq = h?.seq ?? 0;
    this.hash = h?.hash ?? GENESIS_HASH;
  }

  append(e: BulkAuditEntry): void {
    const row = {
      seq: this.seq + 1,
      at: e.at,
      user_id: e.user?.id ?? null,
      username: e.user?.username ?? null,
      role: e.user?.role ?? null,
      action: e.action,
      object_type: e.objectType,
      object_id: e.objectId,
      changes: JSON.stringify(e.changes),
      outcome: 'ok',
    };
    const hash = chainHash(this.hash, canonicalEntry(row));
    this.insert.run(
      row.seq,
      row.at,
      row.user_id,
      row.username,
      row.role,
      row.action,
      row.object_type,
      row.object_id,
      row.changes,
      this.hash,
      hash,
    );
    this.seq = row.seq;
    this.hash = hash;
  }
}

/** Prepared statements made once per connection. */
export function statements<K extends string>(raw: BetterSqlite3.Database, sqls: Record<K, string>): Record<K, Stmt> {
  return Object.fromEntries(Object.entries<string>(sqls).map(([k, s]) => [k, raw.prepare(s)])) as Record<K, Stmt>;
}
