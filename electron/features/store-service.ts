/**
 * What handlers may ask of the facility's store beyond their transaction: backups, restore,
 * the audit head. The backend provides one per call.
 */
export interface StoreService {
  readonly dbFile: string;
  readonly encrypted: boolean;
}
