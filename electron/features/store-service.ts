/**
 * What handlers may ask of the facility's store beyond their transaction: backups, restore,
 * the audit head. The backend provides one per call.
 */
import type { AuditAnchor } from '../../db/repositories/audit';

export interface StoreService {
  readonly dbFile: string;
  readonly encrypted: boolean;
  /** Audit heads recorded in this facility's backups since the last restore, to verify the chain against. */
  auditAnchors(): Promise<AuditAnchor[]>;
}
