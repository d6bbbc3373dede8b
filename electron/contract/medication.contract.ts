import { z } from 'zod';
import { method, id, isoDate, hhmm, requiredText, optionalText } from './core';
import { clientSummary } from './clients.schemas';
import { MEDICATION_ROUTES, DOSE_STATUSES } from './daily.schemas';

export const prescriptionOut = z.object({
  id,
  client: clientSummary,
  medicine: z.string(),
  dose: z.string(),
  route: z.enum(MEDICATION_ROUTES),
  times: z.array(z.string()),
  startDate: z.string(),
  endDate: z.string().nullable(),
  prescriber: z.string(),
  instructions: z.string().nullable(),
  prn: z.boolean(),
  prnReasonHint: z.string().nullable(),
  prnMaxPerDay: z.number().int().nullable(),
  active: z.boolean(),
  stopReason: z.string().nullable(),
});
export type PrescriptionOut = z.infer<typeof prescriptionOut>;

export const doseRecord = z.object({
  id,
  status: z.enum(DOSE_STATUSES),
  time: z.string(),
  reason: z.string().nullable(),
  by: z.string(),
  at: z.string(),
  /** Superseded by a correction: shown struck through. */
  corrected: z.boolean(),
});

export const roundDose = z.object({
  prescriptionId: id,
  client: clientSummary,
  medicine: z.string(),
  dose: z.string(),
  route: z.enum(MEDICATION_ROUTES),
  instructions: z.string().nullable(),
  scheduledTime: z.string(),
  /** due (not yet, or within the hour) | late (past the hour, not recorded) | recorded */
  state: z.enum(['due', 'late', 'recorded']),
  /** The record in force, and earlier ones it corrected. */
  record: doseRecord.nullable(),
  history: z.array(doseRecord),
  /** The resident is away (hospital, home leave…): the dose is explained, not missed. */
  absence: z.string().nullable(),
});
export type RoundDose = z.infer<typeof roundDose>;

export const prnOut = z.object({
  prescriptionId: id,
  client: clientSummary,
  medicine: z.string(),
  dose: z.string(),
  route: z.enum(MEDICATION_ROUTES),
  reasonHint: z.string().nullable(),
  maxPerDay: z.number().int().nullable(),
  givenToday: z.number().int(),
  doses: z.array(doseRecord),
});

const prescriptionFields = {
  clientId: id,
  medicine: requiredText(120),
  dose: requiredText(60),
  route: z.enum(MEDICATION_ROUTES),
  times: z.array(hhmm).max(12, 'v.tooMany').default([]),
  startDate: isoDate,
  endDate: isoDate.nullable().optional(),
  prescriber: requiredText(120),
  instructions: optionalText(500),
  prn: z.boolean().default(false),
  prnReasonHint: optionalText(200),
  prnMaxPerDay: z.number().int().min(1, 'v.daily.prnMax').max(24, 'v.daily.prnMax').nullable().optional(),
};

export const medicationContract = {
  'medication.prescriptions': method({
    input: z.object({ clientId: id.optional(), includeStopped: z.boolean().default(false) }),
    output: z.array(prescriptionOut),
    roles: ['manager', 'caregiver', 'social_worker'],
    kind: 'query',
    doc: 'Prescriptions of a resident (or of everyone in scope).',
  }),
  'medication.prescribe': method({
    input: z.object(prescriptionFields),
    output: prescriptionOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Records a prescription: medicine, dose, route, times (or as-needed with a daily maximum), dates, prescriber.',
  }),
  'medication.stop': method({
    input: z.object({ id, endDate: isoDate, reason: requiredText(300) }),
    output: prescriptionOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Ends a prescription from a date, with the reason.',
  }),
  'medication.round': method({
    input: z.object({ date: isoDate.optional() }),
    output: z.object({
      date: z.string(),
      now: z.string().nullable(),
      doses: z.array(roundDose),
      prn: z.array(prnOut),
    }),
    roles: ['manager', 'caregiver', 'social_worker'],
    kind: 'query',
    doc: 'The day’s round by time for the viewer’s residents: due, late and recorded doses; the as-needed medicines.',
  }),
  'medication.record': method({
    input: z.object({
      prescriptionId: id,
      date: isoDate.optional(),
      scheduledTime: hhmm,
      status: z.enum(DOSE_STATUSES),
      time: hhmm.optional(),
      reason: optionalText(300),
      /** Needed to change a dose already recorded: the earlier record stays, struck through. */
      correctionReason: optionalText(300),
    }),
    output: roundDose,
    roles: ['manager', 'caregiver', 'social_worker'],
    kind: 'mutation',
    doc: 'Records a scheduled dose as given, refused, missed, not available or absent (a reason unless given).',
  }),
  'medication.givePrn': method({
    input: z.object({ prescriptionId: id, reason: requiredText(300), time: hhmm.optional() }),
    output: prnOut,
    roles: ['manager', 'caregiver', 'social_worker'],
    kind: 'mutation',
    doc: 'Gives an as-needed dose with its reason, refused past the daily maximum.',
  }),
  'medication.correctPrn': method({
    input: z.object({
      administrationId: id,
      /** The time it was really given; null: it was not given after all. */
      time: hhmm.nullable(),
      reason: requiredText(300),
    }),
    output: prnOut,
    roles: ['manager', 'caregiver', 'social_worker'],
    kind: 'mutation',
    doc: 'Corrects an as-needed dose: strikes it through with a reason (it stays visible) and records the right time or that it was not given.',
  }),
};
