import type { Generated, Selectable, Insertable } from 'kysely';

/** SQLite stores booleans as 0/1. */
type Bool = number;

/** The register: one row per person the facility serves (all four facility kinds). */
export interface ClientsTable {
  id: Generated<number>;
  /** `W-2026-0042`: prefix by facility kind, year of registration, per-year sequence. */
  code: string;
  code_year: number;
  code_seq: number;
  last_name: string;
  first_name: string;
  middle_name: string | null;
  /** Latin-folded search form of the full name, for sorting by name. */
  sort_name: string;
  birth_date: string | null;
  sex: string; // F | M
  pinfl: string | null;
  doc_type: string | null;
  doc_number: string | null;
  citizenship: string | null; // ISO 3166 alpha-2
  region_soato: string | null;
  district_soato: string | null;
  makhalla: string | null;
  street: string | null;
  phones: string; // JSON string[]
  languages: string; // JSON string[]
  notes: string | null;
  disability_group: string | null;
  school: string | null;
  school_class: string | null;
  pmp_date: string | null;
  pmp_number: string | null;
  pmp_recommendation: string | null;
  trafficking_country: string | null;
  exploitation_type: string | null;
  documents_held: string | null;
  documents_missing: string | null;
  repatriation_needs: string | null;
  /** Women's center: an accompanying child's mother (a client too). */
  mother_id: number | null;
  /** The worker who may see the real name besides the manager. */
  assigned_worker_id: number | null;
  /** new | active | away | discharged — kept in step with stays by the stays service. */
  status: string;
  /** The latest stay, active or discharged (status says which). */
  last_stay_id: number | null;
  current_room_id: number | null;
  current_bed_id: number | null;
  current_group_id: number | null;
  registered_on: string;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

/** One row per searchable word of a client: name words (Latin-folded), code, PINFL, phone digits. */
export interface ClientSearchTermsTable {
  term: string;
  /** name | code | pinfl | phone | doc — which ones a viewer may match depends on the name rule. */
  kind: string;
  client_id: number;
}

export interface ClientRepresentativesTable {
  id: Generated<number>;
  client_id: number;
  kind: string; // parent | guardian | inson_center | other
  full_name: string;
  relation: string | null;
  phone: string | null;
  appointing_document: string | null;
  address: string | null;
  sort: number;
}

export interface ClientDiagnosesTable {
  id: Generated<number>;
  client_id: number;
  name: string;
  icd10: string | null;
  sort: number;
}

export interface ClientPhotosTable {
  client_id: number;
  mime: string;
  data: Buffer;
  updated_at: string;
}

/** Register of poor families: the days (inclusive) the client's family is on it. Used by billing. */
export interface ClientPoorFamilyPeriodsTable {
  id: Generated<number>;
  client_id: number;
  from_date: string;
  to_date: string | null;
}

export interface RoomsTable {
  id: Generated<number>;
  name: string;
  floor: number | null;
  kind: string; // bedroom | isolation | mother_and_child
  active: Generated<Bool>;
  note: string | null;
}

export interface BedsTable {
  id: Generated<number>;
  room_id: number;
  label: string;
  active: Generated<Bool>;
}

/** Day-care groups (named care_groups: GROUPS is an SQL keyword). */
export interface CareGroupsTable {
  id: Generated<number>;
  name: string;
  places: number;
  active: Generated<Bool>;
  note: string | null;
}

/** Caregiver ↔ room and caregiver ↔ group: a caregiver with any sees only those residents. */
export interface UserRoomsTable {
  user_id: number;
  room_id: number;
}
export interface UserGroupsTable {
  user_id: number;
  group_id: number;
}

/** One stay from admission (or day-care enrolment) to discharge; readmission is a new stay. */
export interface StaysTable {
  id: Generated<number>;
  client_id: number;
  kind: string; // residential | day_care
  status: string; // active | discharged
  admitted_on: string;
  referral_source: string | null; // null only for imported stays
  referral_document: string | null;
  reason: string | null;
  /** Day care: ISO weekdays as "1,2,3,4,5". */
  weekdays: string | null;
  planned_from: string | null; // HH:MM
  planned_to: string | null;
  planned_discharge_on: string | null;
  /** An accompanying child's stay points to the mother's. */
  accompanies_stay_id: number | null;
  discharged_on: string | null;
  destination: string | null;
  follow_up_contact: string | null;
  discharge_note: string | null;
  created_by: number | null;
  created_at: string;
}

/** Where a client slept (bed/room) or belonged (group): half-open [from_date, to_date). */
export interface PlacementsTable {
  id: Generated<number>;
  stay_id: number;
  client_id: number;
  room_id: number | null;
  bed_id: number | null;
  group_id: number | null;
  from_date: string;
  to_date: string | null;
  note: string | null;
}

/** A temporary absence keeping the bed: [from_date, to_date) — to_date is the day of return. */
export interface AbsencesTable {
  id: Generated<number>;
  stay_id: number;
  client_id: number;
  from_date: string;
  to_date: string | null;
  reason: string; // hospital | home_leave | away | absconded
  expected_return: string | null;
  note: string | null;
}

/** A manager's explicit decision to go beyond licensed capacity or a group's places. */
export interface CapacityOverridesTable {
  id: Generated<number>;
  stay_id: number;
  client_id: number;
  scope: string; // facility | group
  at: string;
  user_id: number;
  reason: string;
  occupied: number;
  capacity: number;
}

export interface WaitingListTable {
  id: Generated<number>;
  client_id: number;
  applied_on: string;
  priority: string; // urgent | high | normal
  expected_on: string | null;
  note: string | null;
  status: string; // waiting | admitted | withdrawn
  closed_on: string | null;
  close_reason: string | null;
  stay_id: number | null;
  created_by: number | null;
  created_at: string;
}

export interface ClientDocumentsTable {
  id: Generated<number>;
  client_id: number;
  type: string;
  number: string | null;
  issued_on: string | null;
  expires_on: string | null;
  note: string | null;
  file_name: string;
  mime: string;
  size: number;
  sha256: string;
  uploaded_by: number | null;
  uploaded_at: string;
}

/** The scan bytes, apart from the metadata so lists never read them. */
export interface ClientDocumentFilesTable {
  document_id: number;
  data: Buffer;
}

export interface ClientsTables {
  clients: ClientsTable;
  client_search_terms: ClientSearchTermsTable;
  client_representatives: ClientRepresentativesTable;
  client_diagnoses: ClientDiagnosesTable;
  client_photos: ClientPhotosTable;
  client_poor_family_periods: ClientPoorFamilyPeriodsTable;
  rooms: RoomsTable;
  beds: BedsTable;
  care_groups: CareGroupsTable;
  user_rooms: UserRoomsTable;
  user_groups: UserGroupsTable;
  stays: StaysTable;
  placements: PlacementsTable;
  absences: AbsencesTable;
  capacity_overrides: CapacityOverridesTable;
  waiting_list: WaitingListTable;
  client_documents: ClientDocumentsTable;
  client_document_files: ClientDocumentFilesTable;
}

export type ClientRow = Selectable<ClientsTable>;
export type NewClient = Insertable<ClientsTable>;
export type StayRow = Selectable<StaysTable>;
export type PlacementRow = Selectable<PlacementsTable>;
export type AbsenceRow = Selectable<AbsencesTable>;
export type RoomRow = Selectable<RoomsTable>;
export type BedRow = Selectable<BedsTable>;
export type CareGroupRow = Selectable<CareGroupsTable>;
export type WaitingRow = Selectable<WaitingListTable>;
export type ClientDocumentRow = Selectable<ClientDocumentsTable>;
