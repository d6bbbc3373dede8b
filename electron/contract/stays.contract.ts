import { z } from 'zod';
import { method, id, isoDate, optionalText, ALL_ROLES } from './core';
import {
  REFERRAL_SOURCES,
  DISCHARGE_DESTINATIONS,
  ABSENCE_REASONS,
  ref,
  bedRef,
  placementInput,
  enrolmentInput,
  clientSummary,
} from './clients.schemas';

export const stayOut = z.object({
  id,
  clientId: id,
  kind: z.enum(['residential', 'day_care']),
  status: z.enum(['active', 'discharged']),
  admittedOn: z.string(),
  referralSource: z.enum(REFERRAL_SOURCES).nullable(),
  referralDocument: z.string().nullable(),
  /** Reason for placement: a case narrative, null for accountants. */
  reason: z.string().nullable(),
  weekdays: z.array(z.number().int()).nullable(),
  plannedFrom: z.string().nullable(),
  plannedTo: z.string().nullable(),
  plannedDischargeOn: z.string().nullable(),
  accompaniesStayId: id.nullable(),
  dischargedOn: z.string().nullable(),
  destination: z.enum(DISCHARGE_DESTINATIONS).nullable(),
  /** Who to contact after discharge: identifying, null where the name is hidden. */
  followUpContact: z.string().nullable(),
  dischargeNote: z.string().nullable(),
  capacityOverride: z.object({ reason: z.string(), at: z.string(), by: z.string().nullable() }).nullable(),
  placements: z.array(
    z.object({
      id,
      fromDate: z.string(),
      toDate: z.string().nullable(),
      room: ref.nullable(),
      bed: bedRef.nullable(),
      group: ref.nullable(),
      note: z.string().nullable(),
    }),
  ),
  absences: z.array(
    z.object({
      id,
      fromDate: z.string(),
      toDate: z.string().nullable(),
      reason: z.enum(ABSENCE_REASONS),
      expectedReturn: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
});
export type StayOut = z.infer<typeof stayOut>;

export const staysContract = {
  'stays.history': method({
    input: z.object({ clientId: id }),
    output: z.array(stayOut),
    roles: ALL_ROLES,
    kind: 'query',
    doc: 'Every stay of a client, newest first, with moves and absences.',
  }),
  'stays.admit': method({
    input: z.object({
      clientId: id,
      admittedOn: isoDate,
      referralSource: z.enum(REFERRAL_SOURCES),
      referralDocument: optionalText(200),
      reason: optionalText(2000),
      ...placementInput,
      ...enrolmentInput,
      plannedDischargeOn: isoDate.nullable().optional(),
      /** Women's center: the accompanying children admitted with their mother; bedId null = sharing her room. */
      children: z
        .array(z.object({ clientId: id, bedId: id.nullable().optional() }))
        .max(10, 'v.tooMany')
        .default([]),
      /** Admit from the waiting list. */
      waitingId: id.nullable().optional(),
      /** Needed, and recorded, when the admission goes beyond licensed capacity or the group's places. */
      capacityOverrideReason: optionalText(500),
    }),
    output: stayOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Admits (or readmits: a new stay, history kept) a client; day care: enrolment with weekdays and planned hours.',
  }),
  'stays.update': method({
    input: z.object({
      stayId: id,
      referralSource: z.enum(REFERRAL_SOURCES),
      referralDocument: optionalText(200),
      reason: optionalText(2000),
      ...enrolmentInput,
      plannedDischargeOn: isoDate.nullable().optional(),
    }),
    output: stayOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Corrects the details of an active stay (referral, reason, weekdays and planned hours, planned discharge).',
  }),
  'stays.transfer': method({
    input: z.object({
      clientId: id,
      date: isoDate,
      ...placementInput,
      note: optionalText(500),
      /** Women's center: children sharing the mother's room without a bed move with her. */
      withChildren: z.boolean().default(true),
      capacityOverrideReason: optionalText(500),
    }),
    output: stayOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Moves a client to another bed, room or group from a date (also: places an unplaced resident).',
  }),
  'stays.startAbsence': method({
    input: z.object({
      clientId: id,
      fromDate: isoDate,
      reason: z.enum(ABSENCE_REASONS),
      expectedReturn: isoDate.nullable().optional(),
      note: optionalText(500),
    }),
    output: stayOut,
    roles: ['manager', 'caregiver', 'social_worker'],
    kind: 'mutation',
    doc: 'Records a temporary absence (hospital, home leave…); the bed stays held.',
  }),
  'stays.endAbsence': method({
    input: z.object({ clientId: id, toDate: isoDate }),
    output: stayOut,
    roles: ['manager', 'caregiver', 'social_worker'],
    kind: 'mutation',
    doc: 'Records the return from a temporary absence.',
  }),
  'stays.discharge': method({
    input: z.object({
      clientId: id,
      dischargedOn: isoDate,
      destination: z.enum(DISCHARGE_DESTINATIONS),
      followUpContact: optionalText(300),
      note: optionalText(2000),
      /** Women's center: discharge the accompanying children of this stay too. */
      withChildren: z.boolean().default(true),
    }),
    output: stayOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Ends the stay; the client stays in the register, read-only until readmitted.',
  }),
};

export const occupant = clientSummary.extend({
  absenceReason: z.enum(ABSENCE_REASONS).nullable(),
  motherId: id.nullable(),
});
export type Occupant = z.infer<typeof occupant>;

export const bedBoard = z.object({
  date: z.string(),
  capacity: z.number().int(),
  /** People with an active stay on the date (present or away). */
  occupied: z.number().int(),
  away: z.number().int(),
  freeBeds: z.number().int(),
  overCapacity: z.boolean(),
  rooms: z.array(
    z.object({
      id,
      name: z.string(),
      floor: z.number().int().nullable(),
      kind: z.enum(['bedroom', 'isolation', 'mother_and_child']),
      beds: z.array(
        z.object({
          id,
          label: z.string(),
          occupants: z.array(occupant),
          state: z.enum(['free', 'occupied', 'held']),
        }),
      ),
      /** Children sharing the room without a bed of their own. */
      sharing: z.array(occupant),
    }),
  ),
  groups: z.array(
    z.object({
      id,
      name: z.string(),
      places: z.number().int(),
      members: z.array(occupant),
    }),
  ),
  /** Admitted but not yet given a bed or group: assign them by picking a bed. */
  unplaced: z.array(occupant),
});
export type BedBoard = z.infer<typeof bedBoard>;
