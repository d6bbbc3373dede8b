import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { auditHead } from '../../../db/repositories/audit';

export interface AuditHead {
  /** Sequence number of the newest entry (0 for an empty trail). */
  seq: number;
  /** Its chain hash: whoever holds it can later prove that nothing before it changed. */
  hash: string;
}

/**
 * The head of the audit trail, for everything that seals a moment: backups record it in their
 * manifest, signed report packages should print it. Call inside the transaction that builds the
 * package so the head matches what the package shows.
 */
export function auditHeadFor(db: Kysely<Database>): Promise<AuditHead> {
  return auditHead(db);
}
