import type { Generated, Selectable, Insertable } from 'kysely';

/** SQLite stores booleans as 0/1. */
type Bool = number;

/** One row (id = 1): when assessments and reviews fall due. */
export interface PlanSettingsTable {
  id: number;
  initial_due_days: number;
  reassess_months: number;
  review_months: number;
  updated_at: string;
}

/** The services catalogue plans draw on; built-in rows have a code, the manager's own have none. */
export interface PlanServicesTable {
  id: Generated<number>;
  code: string | null;
  name_uz: string;
  name_ru: string;
  name_en: string;
  active: Generated<Bool>;
  sort: number;
  created_at: string;
}

export interface AssessmentsTable {
  id: Generated<number>;
  client_id: number;
  /** The stay it belongs to (the initial assessment is due from its admission). */
  stay_id: number | null;
  kind: string; // initial | reassessment | significant_change
  status: string; // draft | completed
  assessed_on: string;
  participants: string; // JSON string[]
  person_view: string | null;
  family_view: string | null;
  summary: string | null;
  change_reason: string | null;
  barthel: string | null; // JSON { item: score }
  barthel_total: number | null;
  lawton: string | null; // JSON { item: 0|1 }
  lawton_total: number | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  completed_by: number | null;
  completed_at: string | null;
}

export interface AssessmentDomainsTable {
  assessment_id: number;
  domain: string;
  rating: number | null;
  strengths: string | null;
  needs: string | null;
  notes: string | null;
}

/** A client's plan; its content lives in versions. `status` and `next_review_on` mirror the version in force. */
export interface PlansTable {
  id: Generated<number>;
  client_id: number;
  stay_id: number | null;
  /** 1, 2, … per client. */
  plan_no: number;
  /** The headline status for lists: the version in force, else the newest version. */
  status: string;
  /** The approved (or under review) version, null until the first approval. */
  current_version_id: number | null;
  next_review_on: string | null;
  goal_seq: number;
  activity_seq: number;
  created_at: string;
  closed_at: string | null;
}

export interface PlanVersionsTable {
  id: Generated<number>;
  plan_id: number;
  version: number;
  status: string; // draft | submitted | approved | under_review | superseded | closed
  assessment_id: number;
  starts_on: string;
  ends_on: string | null;
  aim: string | null;
  key_worker_id: number | null;
  review_months: number;
  next_review_on: string | null;
  person_view: string | null;
  change_reason: string | null;
  returned_reason: string | null;
  close_reason: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  submitted_by: number | null;
  submitted_at: string | null;
  approved_by: number | null;
  approved_at: string | null;
  /** The Tashkent date of approval: planned counts run from it. */
  approved_on: string | null;
  /** When it stopped being in force (superseded or closed). */
  ended_on: string | null;
  closed_by: number | null;
  closed_at: string | null;
}

export interface PlanGoalsTable {
  id: Generated<number>;
  version_id: number;
  /** The same goal across versions of one plan. */
  goal_no: number;
  sort: number;
  domain: string;
  title: string;
  baseline: number;
  target: number;
  target_date: string;
}

export interface PlanActivitiesTable {
  id: Generated<number>;
  version_id: number;
  goal_id: number;
  /** The same activity across versions of one plan. */
  activity_no: number;
  sort: number;
  what: string;
  service_id: number | null;
  responsible_user_id: number | null;
  responsible_external: string | null;
  times: number | null;
  per: string; // day | week | month | once | as_needed
  place: string | null;
}

export interface PlanReviewsTable {
  id: Generated<number>;
  plan_id: number;
  version_id: number;
  status: string; // draft | done
  reviewed_on: string;
  participants: string; // JSON string[]
  summary: string | null;
  person_view: string | null;
  outcome: string | null; // continue | revise | close
  next_review_on: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  completed_by: number | null;
  completed_at: string | null;
}

export interface PlanReviewGoalsTable {
  review_id: number;
  goal_id: number;
  goal_no: number;
  rating: number | null;
  status: string | null; // achieved | partly_achieved | not_achieved | not_relevant
  note: string | null;
}

/** Something planned (or a catalogue service) that happened; a mistake is struck out, never deleted. */
export interface PlanDeliveriesTable {
  id: Generated<number>;
  client_id: number;
  plan_id: number | null;
  activity_no: number | null;
  activity_id: number | null;
  service_id: number | null;
  done_on: string;
  minutes: number | null;
  staff_user_id: number | null;
  note: string | null;
  source: string; // plan | care_log
  /** The care log's own id of the entry, when recorded from there. */
  source_ref: string | null;
  created_by: number | null;
  created_at: string;
  voided_at: string | null;
  voided_by: number | null;
  void_reason: string | null;
}

export interface PlansTables {
  plan_settings: PlanSettingsTable;
  plan_services: PlanServicesTable;
  assessments: AssessmentsTable;
  assessment_domains: AssessmentDomainsTable;
  plans: PlansTable;
  plan_versions: PlanVersionsTable;
  plan_goals: PlanGoalsTable;
  plan_activities: PlanActivitiesTable;
  plan_reviews: PlanReviewsTable;
  plan_review_goals: PlanReviewGoalsTable;
  plan_deliveries: PlanDeliveriesTable;
}

export type AssessmentRow = Selectable<AssessmentsTable>;
export type AssessmentDomainRow = Selectable<AssessmentDomainsTable>;
export type PlanRow = Selectable<PlansTable>;
export type PlanVersionRow = Selectable<PlanVersionsTable>;
export type NewPlanVersion = Insertable<PlanVersionsTable>;
export type PlanGoalRow = Selectable<PlanGoalsTable>;
export type PlanActivityRow = Selectable<PlanActivitiesTable>;
export type PlanReviewRow = Selectable<PlanReviewsTable>;
export type PlanReviewGoalRow = Selectable<PlanReviewGoalsTable>;
export type PlanDeliveryRow = Selectable<PlanDeliveriesTable>;
export type PlanServiceRow = Selectable<PlanServicesTable>;
