import { z } from 'zod';
import { method, id, isoDate, hhmm, requiredText, optionalText, empty } from './core';
import { clientSummary, ref } from './clients.schemas';
import { CARE_CATEGORIES, WRITABLE_CARE_CATEGORIES, careDetails } from './daily.schemas';

export const careLogEntry = z.object({
  id,
  client: clientSummary,
  category: z.enum(CARE_CATEGORIES as [string, ...string[]]),
  value: z.string().nullable(),
  details: careDetails,
  text: z.string().nullable(),
  /** Part of what it says is kept from this reader (the case is closed to her; see carelog.rules.ts). */
  withheld: z.boolean(),
  /** When it happened (instant), its Tashkent date and time. */
  eventAt: z.string(),
  eventDate: z.string(),
  eventTime: z.string(),
  /** When it was written. */
  enteredAt: z.string(),
  author: ref,
  forHandover: z.boolean(),
  acknowledged: z.object({ by: z.string(), at: z.string() }).nullable(),
  /** Struck through: why, by whom, when, and the entry that replaces it. */
  correction: z.object({ reason: z.string(), by: z.string(), at: z.string(), replacementId: id.nullable() }).nullable(),
  /** The struck-through entry this one replaces. */
  replacesId: id.nullable(),
  incidentId: id.nullable(),
});
export type CareLogEntry = z.infer<typeof careLogEntry>;

const entryFields = {
  category: z.enum(WRITABLE_CARE_CATEGORIES),
  value: z.string().trim().max(40, 'v.tooLong').nullable().optional(),
  details: careDetails.default({}),
  text: optionalText(2000),
  /** Tashkent date and time of the event; now when left out. */
  eventDate: isoDate.optional(),
  eventTime: hhmm.optional(),
  forHandover: z.boolean().default(false),
  /** An activity of the client's plan that this entry records (category `activity`): the plan counts it. */
  planActivityId: id.nullable().optional(),
  minutes: z.number().int().min(1, 'v.daily.duration').max(600, 'v.daily.duration').nullable().optional(),
};

export const careLogListInput = z.object({
  clientId: id.optional(),
  from: isoDate,
  to: isoDate,
  categories: z
    .array(z.enum(CARE_CATEGORIES as [string, ...string[]]))
    .max(10, 'v.tooMany')
    .optional(),
  /** Only what the signed-in user wrote (her own shift). */
  mine: z.boolean().default(false),
  limit: z.number().int().min(1).max(1000).default(500),
});

export const residentDay = z.object({
  client: clientSummary,
  room: z.string().nullable(),
  group: z.string().nullable(),
  /** Entries today per category (struck-through ones left out), and the latest entry's time. */
  counts: z.record(z.string(), z.number().int()),
  lastAt: z.string().nullable(),
  away: z.string().nullable(),
});

export const careLogContract = {
  'careLog.residents': method({
    input: z.object({ date: isoDate.optional() }),
    output: z.array(residentDay),
    roles: ['manager', 'caregiver', 'social_worker'],
    kind: 'query',
    doc: 'The residents (or day-care children) in the viewer’s scope with what was written about them on the day.',
  }),
  'careLog.list': method({
    input: careLogListInput,
    output: z.object({ items: z.array(careLogEntry), truncated: z.boolean() }),
    roles: ['manager', 'caregiver', 'social_worker'],
    kind: 'query',
    doc: 'Entries for a resident (or everyone in scope, or one’s own) in a period, by event time, with corrections shown.',
  }),
  'careLog.add': method({
    input: z.object({ clientId: id, ...entryFields }),
    output: careLogEntry,
    roles: ['manager', 'caregiver', 'social_worker'],
    kind: 'mutation',
    doc: 'Writes an entry (a chip or a note), with the event time apart from the time of writing.',
  }),
  'careLog.correct': method({
    input: z.object({
      entryId: id,
      reason: requiredText(500),
      /** The corrected entry; without it the original is only struck through. */
      replacement: z.object(entryFields).nullable().optional(),
    }),
    output: z.object({ original: careLogEntry, replacement: careLogEntry.nullable() }),
    roles: ['manager', 'caregiver', 'social_worker'],
    kind: 'mutation',
    doc: 'Strikes an entry through with a reason (it stays visible) and optionally writes the corrected one.',
  }),
  'careLog.handover': method({
    input: empty,
    output: z.array(careLogEntry),
    roles: ['manager', 'caregiver', 'social_worker'],
    kind: 'query',
    doc: 'Entries flagged for the next shift and not yet acknowledged, for the viewer’s residents.',
  }),
  'careLog.acknowledge': method({
    input: z.object({ entryIds: z.array(id).min(1, 'v.required').max(500, 'v.tooMany') }),
    output: z.object({ acknowledged: z.number().int() }),
    roles: ['manager', 'caregiver', 'social_worker'],
    kind: 'mutation',
    doc: 'The next shift has read these handover entries.',
  }),
};
