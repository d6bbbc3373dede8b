import type { Generated, Selectable } from 'kysely';

/** SQLite stores booleans as 0/1. */
type Bool = number;

/**
 * Day-care attendance: one row per client and day (unique). A row has times or an absence
 * reason. Billing (issue 7) reads `client_id, date, check_in, check_out, absence_reason` and, for
 * corrections of billed days, writes only those: every other column is nullable or has a default.
 */
export interface AttendanceTable {
  id: Generated<number>;
  client_id: number;
  date: string; // YYYY-MM-DD
  check_in: string | null; // HH:MM Tashkent
  check_out: string | null;
  /** A code of `attendance_absence_reasons`. */
  absence_reason: string | null;
  /** Who brought / collected the child: a name from the authorised people (representatives). */
  brought_by: string | null;
  collected_by: string | null;
  note: string | null;
  /** Why the day goes beyond the limit (9 h without an extended-care agreement, 12 h with one). */
  overtime_reason: string | null;
  /** sheet | correction | import; null when written by another area (billing corrections). */
  source: string | null;
  /** Why the manager corrected the day (source `correction`). */
  correction_reason: string | null;
  created_by: number | null;
  created_at: Generated<string>;
  updated_by: number | null;
  updated_at: Generated<string>;
}

/** The editable list of absence reasons. Built-in codes are translated; added ones carry their own label. */
export interface AttendanceAbsenceReasonsTable {
  code: string;
  /** Null for the built-in reasons (translated by code). */
  label: string | null;
  /** One or two letters for the month grid. */
  short: string;
  active: Generated<Bool>;
  sort: number;
}

/** A residential roll call of one room, morning or evening. */
export interface RollCallsTable {
  id: Generated<number>;
  date: string;
  session: string; // morning | evening
  room_id: number;
  taken_by: number;
  taken_at: string;
}

export interface RollCallEntriesTable {
  roll_call_id: number;
  client_id: number;
  /** present | away | hospital | home_leave | absconded */
  status: string;
  note: string | null;
}

/** The caregivers' journal. Rows are never updated or deleted: corrections live beside them. */
export interface CareLogEntriesTable {
  id: Generated<number>;
  client_id: number;
  /** meal | sleep | hygiene | mood | health | activity | family | note | incident */
  category: string;
  /** A chip's code within the category (ate_all, slept_well…), null for a free note. */
  value: string | null;
  /** Measurements as JSON: { temperature, weight, meal, painScore… }. */
  details: string | null;
  text: string | null;
  /** When it happened (instant) and its Tashkent date, apart from when it was written. */
  event_at: string;
  event_date: string;
  entered_at: string;
  author_id: number;
  for_handover: Bool;
  incident_id: number | null;
}

/** A struck-through entry: the reason, who, when, and the entry that replaces it (if any). */
export interface CareLogCorrectionsTable {
  entry_id: number;
  reason: string;
  replacement_id: number | null;
  corrected_by: number;
  corrected_at: string;
}

/** The next shift has read a handover entry. */
export interface CareLogHandoverAcksTable {
  entry_id: number;
  acknowledged_by: number;
  acknowledged_at: string;
}

export interface PrescriptionsTable {
  id: Generated<number>;
  client_id: number;
  medicine: string;
  dose: string;
  route: string; // oral | topical | inhaled | injection | drops | rectal | other
  /** JSON array of HH:MM; empty for as-needed (PRN) medicines. */
  times: string;
  start_date: string;
  end_date: string | null;
  prescriber: string;
  instructions: string | null;
  prn: Bool;
  prn_reason_hint: string | null;
  prn_max_per_day: number | null;
  created_by: number;
  created_at: string;
  stopped_by: number | null;
  stopped_at: string | null;
  stop_reason: string | null;
}

/** One dose recorded on the MAR: a scheduled time, or a PRN dose (scheduled_time null). */
export interface MedicationAdministrationsTable {
  id: Generated<number>;
  prescription_id: number;
  client_id: number;
  date: string;
  scheduled_time: string | null;
  /** given | refused | missed | not_available | absent */
  status: string;
  /** The Tashkent time the dose was given (or the status noted). */
  time: string;
  reason: string | null;
  recorded_by: number;
  recorded_at: string;
  /** A correction of an earlier record of the same dose (which stays, struck through). */
  corrects_id: number | null;
  correction_reason: string | null;
}

export interface IncidentsTable {
  id: Generated<number>;
  /** INC-2026-0001, per-year sequence without gaps. */
  number: string;
  year: number;
  seq: number;
  occurred_at: string;
  occurred_date: string;
  place: string;
  /** injury | fall | self_harm | aggression | absconding | medical_emergency | complaint | safeguarding | other */
  type: string;
  severity: string; // low | moderate | serious | critical
  description: string;
  actions_taken: string;
  /** JSON [{ party: parent_guardian | police | inson_center | nasp, at: ISO instant | null }] */
  informed: string;
  /** open | reviewed | closed */
  status: string;
  reported_by: number;
  reported_at: string;
  review_note: string | null;
  reviewed_by: number | null;
  reviewed_at: string | null;
  closure_note: string | null;
  closed_by: number | null;
  closed_at: string | null;
}

export interface IncidentPeopleTable {
  incident_id: number;
  client_id: number;
}

export interface DailyTables {
  attendance: AttendanceTable;
  attendance_absence_reasons: AttendanceAbsenceReasonsTable;
  roll_calls: RollCallsTable;
  roll_call_entries: RollCallEntriesTable;
  care_log_entries: CareLogEntriesTable;
  care_log_corrections: CareLogCorrectionsTable;
  care_log_handover_acks: CareLogHandoverAcksTable;
  prescriptions: PrescriptionsTable;
  medication_administrations: MedicationAdministrationsTable;
  incidents: IncidentsTable;
  incident_people: IncidentPeopleTable;
}

export type AttendanceRow = Selectable<AttendanceTable>;
export type CareLogEntryRow = Selectable<CareLogEntriesTable>;
export type PrescriptionRow = Selectable<PrescriptionsTable>;
export type AdministrationRow = Selectable<MedicationAdministrationsTable>;
export type IncidentRow = Selectable<IncidentsTable>;
