// The lists of the plans area (codes are stored; names are in ./plans.labels.ts).
export const ASSESSMENT_KINDS = ['initial', 'reassessment', 'significant_change'] as const;
export const ASSESSMENT_STATUSES = ['draft', 'completed'] as const;
/** A version's life: draft → submitted → approved (locked) ⇄ under_review; → superseded by a newer approved version; → closed. */
export const PLAN_STATUSES = ['draft', 'submitted', 'approved', 'under_review', 'superseded', 'closed'] as const;
export const GOAL_STATUSES = ['achieved', 'partly_achieved', 'not_achieved', 'not_relevant'] as const;
export const REVIEW_OUTCOMES = ['continue', 'revise', 'close'] as const;
export const FREQUENCY_PER = ['day', 'week', 'month', 'once', 'as_needed'] as const;
/** Where a delivered activity was recorded: on the plan page, or from the daily care log. */
export const DELIVERY_SOURCES = ['plan', 'care_log'] as const;
export const REVIEW_STATES = ['none', 'ok', 'dueSoon', 'overdue'] as const;

export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
export type FrequencyPer = (typeof FREQUENCY_PER)[number];
export type ReviewState = (typeof REVIEW_STATES)[number];
