import { hash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database, AuditRecord } from '../schema';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  at: string;
  userId: number | null;
  username: string | null;
  role: string | null;
  action: string;
  objectType?: string | null;
  objectId?: string | null;
  changes?: Record<string, unknown> | null;
  outcome: 'ok' | 'denied' | 'failed';
}

/** The exact bytes hashed for one entry: its sequence number and every field, in a fixed order. */
export function canonicalEntry(r: Omit<AuditRecord, 'hash' | 'prev_hash'>): string {
  return JSON.stringify([r.seq, r.at, r.user_id, r.username, r.role, r.action, r.object_type, r.object_id, r.changes, r.outcome]);
}

// One-shot hash, no Hash object per entry: verifying the 2.2 million entries of a ten-year facility
// takes ~6 s instead of ~8 s.
export function chainHash(prevHash: string, canonical: string): string {
  return hash('sha256', prevHash + canonical, 'hex');
}

/**
 * Appends one entry to the hash chain. Call inside the transaction of the write it records; a
 * call outside one (a query that audits a view) gets its own, so two calls never take the same
 * sequence number between reading the head and writing the entry.
 */
export async function appendAudit(db: Kysely<Database>, e: AuditEntry): Promise<AuditRecord> {
  if (!db.isTransaction) return db.transaction().execute((trx) => appendAudit(trx, e));
  const last = await db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const row = {
    seq: (last?.seq ?? 0) + 1,
    at: e.at,
    user_id: e.userId,
    username: e.username,
    role: e.role,
    action: e.action,
    object_type: e.objectType ?? null,
    object_id: e.objectId ?? null,
    changes: e.changes ? JSON.stringify(e.changes) : null,
    outcome: e.outcome,
  };
  const prev_hash = last?.hash ?? GENESIS_HASH;
  const hash = chainHash(prev_hash, canonicalEntry(row));
  await db
    .insertInto('audit_log')
    .values({ ...row, prev_hash, hash })
    .execute();
  return { ...row, prev_hash, hash };
}

export async function auditHead(db: Kysely<Database>): Promise<{ seq: number; hash: string }> {
  const last = await db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return last ?? { seq: 0, hash: GENESIS_HASH };
}

export type AuditProblem = 'edited' | 'deleted' | 'inserted' | 'reordered' | 'truncated' | 'anchor';
export type AuditVerdict = { ok: true; count: number; head: string } | { ok: false; seq: number; problem: AuditProblem };

/** A head hash recorded elsewhere (a backup manifest, a signed report package) to check the chain against. */
export interface AuditAnchor {
  seq: number;
  hash: string;
}

// Entries read per query. 5,000 rows (~5 MB of objects) outlived the young generation and were
// promoted, so verifying a ten-year chain let the old generation swing between 40 and 170 MB;
// 500 rows die young (peak +15 MB instead of +135 MB on the large facility, and faster).
const BATCH = 500;

/**
 * Walks the chain from the start in batches and names the first entry that was edited, deleted,
 * inserted or moved. Someone who rewrites every hash after an edit makes a chain that is
 * consistent in itself: anchors recorded elsewhere (each backup's manifest holds the head) catch
 * that, and the counter SQLite keeps for the table catches entries cut from the end.
 */
export async function verifyAuditChain(db: Kysely<Database>, options: { anchors?: AuditAnchor[] } = {}): Promise<AuditVerdict> {
  let prev = GENESIS_HASH;
  let prevPrev: string | null = null;
  let expectedSeq = 1;
  let count = 0;
  let batch = await auditBatch(db, 0);
  while (batch.length > 0) {
    const next = await auditBatch(db, batch[batch.length - 1]!.seq);
    const rows = [...batch, ...next.slice(0, 1)];
    for (let i = 0; i < batch.length; i++) {
      const r = rows[i]!;
      const after = rows[i + 1];
      if (r.seq > expectedSeq) return { ok: false, seq: expectedSeq, problem: 'deleted' };
      if (r.prev_hash !== prev) {
        // The entry before this one was slipped in: this one still links to the entry before it.
        if (r.prev_hash === prevPrev) return { ok: false, seq: r.seq - 1, problem: 'inserted' };
        // It links to an entry further on: entries were swapped.
        if (await hashExists(db, r.prev_hash, r.seq)) return { ok: false, seq: r.seq, problem: 'reordered' };
        // This entry is intact but the one before is not the one it followed: that one was edited
        // (and its own hash recomputed). Otherwise an entry before this one was taken out.
        if (chainHash(r.prev_hash, canonicalEntry(r)) === r.hash) return { ok: false, seq: r.seq - 1, problem: 'edited' };
        return { ok: false, seq: r.seq, problem: 'deleted' };
      }
      if (chainHash(prev, canonicalEntry(r)) !== r.hash) {
        // The next entry links over this one to the one before: this one was slipped in.
        if (after && after.prev_hash === prev) return { ok: false, seq: r.seq, problem: 'inserted' };
        return { ok: false, seq: r.seq, problem: 'edited' };
      }
      prevPrev = prev;
      prev = r.hash;
      expectedSeq = r.seq + 1;
      count++;
    }
    batch = next;
  }
  const lastSeq = expectedSeq - 1;
  const counter = await sql<{ seq: number }>`SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'`.execute(db);
  if ((counter.rows[0]?.seq ?? 0) > lastSeq) return { ok: false, seq: lastSeq + 1, problem: 'truncated' };
  for (const a of [...(options.anchors ?? [])].sort((x, y) => x.seq - y.seq)) {
    if (a.seq > lastSeq) return { ok: false, seq: lastSeq + 1, problem: 'truncated' };
    const row = await db.selectFrom('audit_log').select('hash').where('seq', '=', a.seq).executeTakeFirst();
    if (row?.hash !== a.hash) return { ok: false, seq: a.seq, problem: 'anchor' };
  }
  return { ok: true, count, head: prev };
}

function auditBatch(db: Kysely<Database>, afterSeq: number): Promise<AuditRecord[]> {
  return db.selectFrom('audit_log').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(BATCH).execute();
}

async function hashExists(db: Kysely<Database>, hash: string, fromSeq: number): Promise<boolean> {
  const r = await db.selectFrom('audit_log').select('seq').where('hash', '=', hash).where('seq', '>=', fromSeq).executeTakeFirst();
  return !!r;
}

export interface AuditFilter {
  userId?: number;
  action?: string;
  objectType?: string;
  objectId?: string;
  outcome?: string;
  /** ISO instants, inclusive from, exclusive to. */
  fromAt?: string;
  toAt?: string;
  beforeSeq?: number;
  limit: number;
}

/** Newest first, keyset-paged by sequence number (fast at any depth of a long trail). */
export function listAudit(db: Kysely<Database>, f: AuditFilter): Promise<AuditRecord[]> {
  let q = db.selectFrom('audit_log').selectAll();
  if (f.userId !== undefined) q = q.where('user_id', '=', f.userId);
  if (f.action !== undefined) q = f.action.endsWith('.') ? q.where('action', 'like', `${f.action}%`) : q.where('action', '=', f.action);
  if (f.objectType !== undefined) q = q.where('object_type', '=', f.objectType);
  if (f.objectId !== undefined) q = q.where('object_id', '=', f.objectId);
  if (f.outcome !== undefined) q = q.where('outcome', '=', f.outcome);
  if (f.fromAt !== undefined) q = q.where('at', '>=', f.fromAt);
  if (f.toAt !== undefined) q = q.where('at', '<', f.toAt);
  if (f.beforeSeq !== undefined) q = q.where('seq', '<', f.beforeSeq);
  return q.orderBy('seq', 'desc').limit(f.limit).execute();
}
