import type { Generated } from 'kysely';

/** The facility's signing keys; one is active, retired ones stay so old packages can be explained. */
export interface SigningKeysTable {
  id: Generated<number>;
  status: string; // 'active' | 'retired'
  source: string; // 'generated' | 'imported'
  provider: string; // 'komak-rsa'; a national provider would add its own
  certificate_pem: string;
  fingerprint: string; // SHA-256 of the certificate, AA:BB:… upper-case
  subject: string;
  not_before: string;
  not_after: string;
  sealed_key: string; // JSON SealedKey: the private key under AES-256-GCM, never in clear
  created_at: string;
  created_by: number;
  retired_at: string | null;
  retired_by: number | null;
}

export interface SigningTables {
  signing_keys: SigningKeysTable;
}
