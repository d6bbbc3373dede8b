import { z } from 'zod';
import { method, id, isoDate, requiredText, optionalText, empty } from './core';
import { WAITING_PRIORITIES, clientFields, clientSummary } from './clients.schemas';

export const WAITING_STATUSES = ['waiting', 'admitted', 'withdrawn'] as const;

export const waitingEntry = z.object({
  id,
  client: clientSummary,
  appliedOn: z.string(),
  priority: z.enum(WAITING_PRIORITIES),
  expectedOn: z.string().nullable(),
  /** Why the person applies: a narrative, null for viewers without the name. */
  note: z.string().nullable(),
  status: z.enum(WAITING_STATUSES),
  closedOn: z.string().nullable(),
  closeReason: z.string().nullable(),
  stayId: id.nullable(),
  /** Place in the queue among those waiting (1 = next), null when not waiting. */
  position: z.number().int().nullable(),
});
export type WaitingEntry = z.infer<typeof waitingEntry>;

const waitingDetails = {
  appliedOn: isoDate,
  priority: z.enum(WAITING_PRIORITIES),
  expectedOn: isoDate.nullable().optional(),
  note: optionalText(2000),
};

export const waitingContract = {
  'waitingList.list': method({
    input: z.object({ status: z.enum(WAITING_STATUSES).default('waiting') }),
    output: z.array(waitingEntry),
    roles: ['manager', 'social_worker'],
    kind: 'query',
    doc: 'Applicants not yet admitted, by priority then date of application.',
  }),
  'waitingList.add': method({
    input: z
      .object({
        /** An existing client (e.g. a former resident applying again)… */
        clientId: id.nullable().optional(),
        /** …or a new applicant, registered with a code now. */
        client: clientFields.nullable().optional(),
        ...waitingDetails,
      })
      .refine((v) => !!v.clientId !== !!v.client, {
        message: 'v.clientOrNew',
        path: ['clientId'],
      }),
    output: waitingEntry,
    roles: ['manager', 'social_worker'],
    kind: 'mutation',
    doc: 'Puts an applicant on the waiting list.',
  }),
  'waitingList.update': method({
    input: z.object({ id, ...waitingDetails }),
    output: waitingEntry,
    roles: ['manager', 'social_worker'],
    kind: 'mutation',
    doc: 'Changes the priority, dates or note of a waiting entry.',
  }),
  'waitingList.withdraw': method({
    input: z.object({ id, reason: requiredText(300) }),
    output: waitingEntry,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Takes an applicant off the waiting list with a reason.',
  }),
};

export const homeAlert = z.object({
  /** A key the front translates (`home.alert.<type>`). */
  type: z.string(),
  severity: z.enum(['info', 'warning', 'danger']),
  count: z.number().int(),
  /** Where the alert is resolved, as an app route. */
  link: z.string(),
});
export type HomeAlert = z.infer<typeof homeAlert>;

const movement = clientSummary.extend({
  date: z.string(),
  kind: z.enum(['admitted', 'expected', 'discharged', 'planned']),
});

export const homeContract = {
  'home.summary': method({
    input: empty,
    output: z.object({
      today: z.string(),
      weekFrom: z.string(),
      weekTo: z.string(),
      capacity: z.number().int(),
      occupied: z.number().int(),
      away: z.number().int(),
      overCapacity: z.boolean(),
      byRoom: z.array(
        z.object({
          id,
          name: z.string(),
          beds: z.number().int(),
          occupied: z.number().int(),
          held: z.number().int(),
        }),
      ),
      byGroup: z.array(
        z.object({
          id,
          name: z.string(),
          places: z.number().int(),
          enrolled: z.number().int(),
        }),
      ),
      arrivals: z.array(movement),
      departures: z.array(movement),
      waiting: z.object({
        count: z.number().int(),
        next: z.array(waitingEntry),
      }),
      /** Each alert with its sentence in the user's language (`homeAlert.<type>` in the backend catalogue). */
      alerts: z.array(homeAlert.extend({ message: z.string() })),
    }),
    roles: ['manager'],
    kind: 'query',
    doc: 'The manager’s home: occupancy against capacity, this week’s arrivals and departures, the waiting list, alerts.',
  }),
};
