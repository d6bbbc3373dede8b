import { z } from 'zod';
import { method, id, isoDate, hhmm, requiredText, empty } from './core';
import { clientSummary, ref } from './clients.schemas';
import { INCIDENT_TYPES, INCIDENT_SEVERITIES, INCIDENT_PARTIES, INCIDENT_STATUSES } from './daily.schemas';

export const incidentOut = z.object({
  id,
  number: z.string(),
  occurredAt: z.string(),
  occurredDate: z.string(),
  occurredTime: z.string(),
  place: z.string(),
  type: z.enum(INCIDENT_TYPES),
  severity: z.enum(INCIDENT_SEVERITIES),
  /** Narratives: null for a viewer who may not see the case of every person involved. */
  description: z.string().nullable(),
  actionsTaken: z.string().nullable(),
  informed: z.array(z.object({ party: z.enum(INCIDENT_PARTIES), at: z.string().nullable() })),
  people: z.array(clientSummary),
  status: z.enum(INCIDENT_STATUSES),
  reportedBy: ref,
  reportedAt: z.string(),
  review: z.object({ note: z.string(), by: z.string(), at: z.string() }).nullable(),
  closure: z.object({ note: z.string(), by: z.string(), at: z.string() }).nullable(),
});
export type IncidentOut = z.infer<typeof incidentOut>;

export const incidentsContract = {
  'incidents.list': method({
    input: z.object({
      status: z.enum(['open', 'reviewed', 'closed', 'unclosed', 'all']).default('unclosed'),
      clientId: id.optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
    }),
    output: z.array(incidentOut),
    roles: ['manager', 'caregiver', 'social_worker'],
    kind: 'query',
    doc: 'Incidents, newest first; caregivers see those involving people in their scope or reported by them.',
  }),
  'incidents.report': method({
    input: z.object({
      date: isoDate,
      time: hhmm,
      place: requiredText(200),
      type: z.enum(INCIDENT_TYPES),
      severity: z.enum(INCIDENT_SEVERITIES),
      clientIds: z.array(id).min(1, 'v.daily.people').max(20, 'v.tooMany'),
      description: requiredText(4000),
      actionsTaken: requiredText(4000),
      informed: z
        .array(z.object({ party: z.enum(INCIDENT_PARTIES), at: z.string().datetime({ offset: true }).nullable().optional() }))
        .max(INCIDENT_PARTIES.length, 'v.tooMany')
        .default([]),
    }),
    output: incidentOut,
    roles: ['manager', 'caregiver', 'social_worker'],
    kind: 'mutation',
    doc: 'Reports an incident; each person involved gets a care-log entry and a timeline item linking to it.',
  }),
  'incidents.review': method({
    input: z.object({ id, note: requiredText(2000) }),
    output: incidentOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'The manager reviews an open incident.',
  }),
  'incidents.close': method({
    input: z.object({ id, note: requiredText(2000) }),
    output: incidentOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'The manager closes a reviewed incident with what was concluded.',
  }),
};

/** The caregiver's "today" on the home page. */
export const dailyToday = z.object({
  date: z.string(),
  kind: z.enum(['day_care', 'residential']),
  groups: z.array(z.object({ id, name: z.string(), present: z.number().int(), expected: z.number().int(), absent: z.number().int() })),
  rollCall: z.object({ morning: z.number().int(), evening: z.number().int(), rooms: z.number().int() }).nullable(),
  residents: z.number().int(),
  handover: z.number().int(),
  dosesDue: z.number().int(),
  dosesLate: z.number().int(),
  openIncidents: z.number().int(),
});
export type DailyToday = z.infer<typeof dailyToday>;

export const dailyContract = {
  'daily.today': method({
    input: empty,
    output: dailyToday,
    roles: ['manager', 'caregiver', 'social_worker'],
    kind: 'query',
    doc: 'Today for the viewer: her groups’ attendance (or the roll call), handover waiting, doses due and late.',
  }),
};
