import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
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

export function chainHash(prevHash: string, canonical: string): string {
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}

/** Appends one entry to the hash chain. Call inside the transaction of the write it records. */
export async function appendAudit(db: Kysely<Database>, e: AuditEntry): Promise<AuditRecord> {
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

export type AuditVerdict = { ok: true; count: number; head: string } | { ok: false; seq: number; problem: 'edited' | 'gap' | 'reordered' };

/** Walks the chain from the start; names the first entry that was edited, removed, inserted or moved. */
export async function verifyAuditChain(db: Kysely<Database>): Promise<AuditVerdict> {
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const r of rows) {
    if (r.seq !== expectedSeq) return { ok: false, seq: expectedSeq, problem: r.seq > expectedSeq ? 'gap' : 'reordered' };
    if (r.prev_hash !== prev) return { ok: false, seq: r.seq, problem: 'reordered' };
    if (chainHash(prev, canonicalEntry(r)) !== r.hash) return { ok: false, seq: r.seq, problem: 'edited' };
    prev = r.hash;
    expectedSeq++;
  }
  return { ok: true, count: rows.length, head: prev };
}
