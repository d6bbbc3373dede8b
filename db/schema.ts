import type { ColumnType, Generated, Selectable, Insertable } from 'kysely';
import type { AreaTables } from './tables/index';

/** SQLite stores booleans as 0/1. */
type Bool = number;

export interface FacilityTable {
  id: number; // always 1: one facility per database file
  kind: string;
  name: string;
  region_soato: string;
  district_soato: string;
  address: string;
  capacity: number;
  licence_no: string | null;
  stir: string | null;
  phone: string | null;
  regional_centre: Bool;
  training: Bool;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  full_name: string;
  role: string;
  password_hash: string;
  lang: string;
  active: Generated<Bool>;
  failed_attempts: Generated<number>;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface AuditLogTable {
  seq: Generated<number>;
  at: string;
  user_id: number | null;
  username: string | null;
  role: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  changes: string | null; // JSON {field: [before, after]}
  outcome: string;
  prev_hash: string;
  hash: string;
}

export interface FoundationTables {
  facility: FacilityTable;
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
}

/**
 * Every table of the store. Each area declares its tables in db/tables/<area>.ts and is
 * added here, one line each.
 */
export interface Database extends FoundationTables, AreaTables {}

export type FacilityRow = Selectable<FacilityTable>;
export type UserRecord = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type SessionRecord = Selectable<SessionsTable>;
export type AuditRecord = Selectable<AuditLogTable>;
export type NewAudit = Insertable<AuditLogTable>;
export type { ColumnType };
