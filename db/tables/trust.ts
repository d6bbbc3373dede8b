import type { Generated } from 'kysely';

export interface BackupLogTable {
  id: Generated<number>;
  at: string;
  reason: string; // daily | manual | pre-migration | pre-restore
  file: string;
  bytes: number;
  sha256: string;
  audit_seq: number;
  audit_hash: string;
  user_id: number | null;
}

export interface LanCertificateTable {
  id: number; // always 1
  cert_pem: string;
  key_pem: string;
  fingerprint: string;
  created_at: string;
  valid_until: string;
}

/** One row (id 1) once a manager changes a setting; without it the defaults apply. */
export interface SecuritySettingsTable {
  id: number; // always 1
  idle_lock_minutes: number;
  updated_at: string;
}

export interface TrustTables {
  backup_log: BackupLogTable;
  lan_certificate: LanCertificateTable;
  security_settings: SecuritySettingsTable;
}
