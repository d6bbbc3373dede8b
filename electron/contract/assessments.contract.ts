import { z } from 'zod';
import { method, id, ok } from './core';
import { assessmentFields, assessmentListItem, assessmentOut, assessmentCompare } from './plans.schemas';

export * from './plans.schemas';

/** Who reads assessments and plans: never the accountant (case narratives, medical data). */
export const PLAN_READERS = ['manager', 'caregiver', 'social_worker', 'inspector'] as const;
/** Who drafts: caregivers too (they know the person best); the inspector only reads. */
export const PLAN_WRITERS = ['manager', 'caregiver', 'social_worker'] as const;
/** Who signs off an assessment or a review: the manager and social workers (caregivers draft). */
export const PLAN_FINISHERS = ['manager', 'social_worker'] as const;

export const assessmentsContract = {
  'assessments.list': method({
    input: z.object({ clientId: id }),
    output: z.array(assessmentListItem),
    roles: PLAN_READERS,
    kind: 'query',
    doc: 'A client’s needs assessments, newest first.',
  }),
  'assessments.get': method({
    input: z.object({ id }),
    output: assessmentOut,
    roles: PLAN_READERS,
    kind: 'query',
    doc: 'One assessment: domain ratings with strengths and needs, views of the person and family, scales. Audited.',
  }),
  'assessments.create': method({
    input: assessmentFields.extend({ clientId: id }),
    output: assessmentOut,
    roles: PLAN_WRITERS,
    kind: 'mutation',
    doc: 'Starts an assessment as a draft (domains of the facility’s kind; Barthel and Lawton in day care).',
  }),
  'assessments.update': method({
    input: assessmentFields.extend({ id }),
    output: assessmentOut,
    roles: PLAN_WRITERS,
    kind: 'mutation',
    doc: 'Changes a draft assessment; a completed one is locked.',
  }),
  'assessments.complete': method({
    input: z.object({ id }),
    output: assessmentOut,
    roles: PLAN_FINISHERS,
    kind: 'mutation',
    doc: 'Completes and locks an assessment; the next reassessment is due from its date.',
  }),
  'assessments.discard': method({
    input: z.object({ id }),
    output: ok,
    roles: PLAN_WRITERS,
    kind: 'mutation',
    doc: 'Deletes a draft assessment (its author or the manager); completed ones are kept for ever.',
  }),
  'assessments.compare': method({
    input: z.object({ a: id, b: id }),
    output: assessmentCompare,
    roles: PLAN_READERS,
    kind: 'query',
    doc: 'Two assessments of the same client side by side: what changed per domain and on the scales.',
  }),
};
