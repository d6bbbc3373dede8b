import { z } from 'zod';
import { method, id, requiredText, ok } from './core';
import { generatedFile } from './files.contract';
import { clientSummary } from './clients.schemas';
import {
  planFields,
  planVersionOut,
  overviewItem,
  assessmentSchedule,
  assessmentListItem,
  planHeadline,
  versionRef,
  reviewRef,
  FREQUENCY_PER,
  DOMAINS,
} from './plans.schemas';
import { PLAN_READERS, PLAN_WRITERS } from './assessments.contract';

export const OVERVIEW_FILTERS = ['all', 'attention', 'overdue'] as const;

const goalSnapshot = z.object({
  domain: z.enum(DOMAINS),
  title: z.string(),
  baseline: z.number().int(),
  target: z.number().int(),
  targetDate: z.string(),
  activities: z.array(
    z.object({
      activityNo: z.number().int(),
      what: z.string(),
      service: z.string().nullable(),
      responsible: z.string().nullable(),
      times: z.number().int().nullable(),
      per: z.enum(FREQUENCY_PER),
      place: z.string().nullable(),
    }),
  ),
});
export const versionCompare = z.object({
  client: clientSummary,
  a: versionRef,
  b: versionRef,
  fields: z.array(z.object({ field: z.string(), a: z.string().nullable(), b: z.string().nullable() })),
  goals: z.array(
    z.object({
      goalNo: z.number().int(),
      change: z.enum(['added', 'removed', 'changed', 'same']),
      /** Which parts differ: domain, title, baseline, target, targetDate, activities. */
      changed: z.array(z.string()),
      a: goalSnapshot.nullable(),
      b: goalSnapshot.nullable(),
    }),
  ),
});
export type VersionCompare = z.infer<typeof versionCompare>;

export const clientPlans = z.object({
  client: clientSummary,
  schedule: assessmentSchedule,
  assessments: z.array(assessmentListItem),
  plans: z.array(
    planHeadline.extend({
      versions: z.array(versionRef),
      reviews: z.array(reviewRef),
      startsOn: z.string(),
    }),
  ),
  /** Whether this viewer may write here (staff who may see the case; not for a discharged client). */
  canWrite: z.boolean(),
});
export type ClientPlans = z.infer<typeof clientPlans>;

export const plansContract = {
  'plans.overview': method({
    input: z.object({
      filter: z.enum(OVERVIEW_FILTERS).default('all'),
      q: z.string().max(100, 'v.tooLong').optional(),
    }),
    output: z.object({
      today: z.string(),
      items: z.array(overviewItem),
      counts: z.object({
        clients: z.number().int(),
        attention: z.number().int(),
        overdue: z.number().int(),
        awaitingApproval: z.number().int(),
      }),
    }),
    roles: PLAN_READERS,
    kind: 'query',
    doc: 'Current clients with their assessment, plan and review status; overdue dates and plans awaiting approval flagged.',
  }),
  'plans.flags': method({
    input: z.object({ clientIds: z.array(id).max(500, 'v.tooMany') }),
    output: z.array(
      z.object({
        clientId: id,
        assessmentOverdue: z.boolean(),
        reviewOverdue: z.boolean(),
        nextReviewOn: z.string().nullable(),
      }),
    ),
    roles: PLAN_READERS,
    kind: 'query',
    doc: 'Overdue flags for a page of the client list (clients the viewer may not see are left out).',
  }),
  'plans.forClient': method({
    input: z.object({ clientId: id }),
    output: clientPlans,
    roles: PLAN_READERS,
    kind: 'query',
    doc: 'A client’s assessment schedule, assessments, plans with their versions and reviews.',
  }),
  'plans.get': method({
    input: z.object({ versionId: id }),
    output: planVersionOut,
    roles: PLAN_READERS,
    kind: 'query',
    doc: 'One version of a plan: goals with activities, planned against delivered, latest review per goal. Audited.',
  }),
  'plans.create': method({
    input: planFields.extend({ clientId: id, assessmentId: id }),
    output: planVersionOut,
    roles: PLAN_WRITERS,
    kind: 'mutation',
    doc: 'Builds a plan (version 1, draft) from a completed assessment; one open plan per client.',
  }),
  'plans.update': method({
    input: planFields.extend({ versionId: id }),
    output: planVersionOut,
    roles: PLAN_WRITERS,
    kind: 'mutation',
    doc: 'Changes a draft version; submitted and approved versions are locked.',
  }),
  'plans.submit': method({
    input: z.object({ versionId: id }),
    output: planVersionOut,
    roles: PLAN_WRITERS,
    kind: 'mutation',
    doc: 'Sends a draft for the manager’s approval (every goal needs at least one activity).',
  }),
  'plans.returnToDraft': method({
    input: z.object({ versionId: id, reason: requiredText(1000) }),
    output: planVersionOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Sends a submitted version back to its authors with the reason.',
  }),
  'plans.approve': method({
    input: z.object({ versionId: id }),
    output: planVersionOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Approves a submitted version (manager only): it is locked, replaces the previous version, and the next review date is set.',
  }),
  'plans.revise': method({
    input: z.object({ planId: id, reason: requiredText(1000), assessmentId: id.optional() }),
    output: planVersionOut,
    roles: PLAN_WRITERS,
    kind: 'mutation',
    doc: 'Starts a new version (draft) of an approved plan as a copy; the approved one stays in force until the new one is approved.',
  }),
  'plans.discard': method({
    input: z.object({ versionId: id }),
    output: ok,
    roles: PLAN_WRITERS,
    kind: 'mutation',
    doc: 'Deletes a draft version (its author or the manager); approved versions are kept for ever.',
  }),
  'plans.close': method({
    input: z.object({ planId: id, reason: requiredText(1000) }),
    output: planVersionOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Closes a plan (goals reached, discharge, transfer); nothing is deleted.',
  }),
  'plans.compareVersions': method({
    input: z.object({ a: id, b: id }),
    output: versionCompare,
    roles: PLAN_READERS,
    kind: 'query',
    doc: 'Two versions of the same plan side by side: goals added, removed and changed.',
  }),
  'plans.pdf': method({
    input: z.object({ versionId: id }),
    output: generatedFile,
    roles: PLAN_READERS,
    kind: 'query',
    doc: 'The plan version as a PDF in the user’s language, with signature lines. Audited.',
  }),
};
