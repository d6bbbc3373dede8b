import { z } from 'zod';
import { id, isoDate, hhmm, requiredText, optionalText, pinfl, phone, soatoRegion, soatoDistrict } from './core';

export * from './clients.codes';
import { ID_DOC_TYPES, SEXES, DISABILITY_GROUPS, REPRESENTATIVE_KINDS, EXPLOITATION_TYPES, CLIENT_STATUSES } from './clients.codes';

export const clientCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[WTCD]-\d{4}-\d{4,6}$/, 'v.clientCode');

export const country = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'v.country');
export const icd10 = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]\d{2}(\.\d{1,2})?$/, 'v.icd10');
/** ISO weekdays, 1 = Monday … 7 = Sunday, each at most once, in order. */
export const weekdays = z
  .array(z.number().int().min(1, 'v.weekdays').max(7, 'v.weekdays'))
  .min(1, 'v.weekdays')
  .max(7, 'v.weekdays')
  .refine((d) => new Set(d).size === d.length, 'v.weekdays')
  .transform((d) => [...d].sort((a, b) => a - b));

export const representativeIn = z.object({
  kind: z.enum(REPRESENTATIVE_KINDS),
  fullName: requiredText(160),
  relation: optionalText(80),
  phone: phone.nullable().optional(),
  appointingDocument: optionalText(300),
  address: optionalText(300),
});
export const diagnosisIn = z.object({
  name: requiredText(200),
  icd10: icd10.nullable().optional(),
});
export const pmpIn = z.object({
  date: isoDate,
  number: requiredText(60),
  recommendation: optionalText(2000),
});
export const traffickingIn = z.object({
  country: country.nullable().optional(),
  exploitationType: z.enum(EXPLOITATION_TYPES).nullable().optional(),
  documentsHeld: optionalText(500),
  documentsMissing: optionalText(500),
  repatriationNeeds: optionalText(2000),
});

/**
 * Everything a client record holds, for every facility kind. The form shows only what the
 * facility's kind uses; fields of other kinds may be left out.
 */
export const clientFields = z.object({
  lastName: requiredText(80),
  firstName: requiredText(80),
  middleName: optionalText(80),
  birthDate: isoDate.nullable().optional(),
  sex: z.enum(SEXES),
  pinfl: pinfl.nullable().optional(),
  docType: z.enum(ID_DOC_TYPES).nullable().optional(),
  docNumber: optionalText(40),
  citizenship: country.nullable().optional(),
  regionSoato: soatoRegion.nullable().optional(),
  districtSoato: soatoDistrict.nullable().optional(),
  makhalla: optionalText(120),
  street: optionalText(200),
  phones: z.array(phone).max(3, 'v.tooMany').default([]),
  languages: z.array(requiredText(40)).max(8, 'v.tooMany').default([]),
  notes: optionalText(4000),
  // Children (family home, day care)
  disabilityGroup: z.enum(DISABILITY_GROUPS).nullable().optional(),
  diagnoses: z.array(diagnosisIn).max(20, 'v.tooMany').default([]),
  school: optionalText(200),
  schoolClass: optionalText(20),
  representatives: z.array(representativeIn).max(6, 'v.tooMany').default([]),
  pmp: pmpIn.nullable().optional(),
  // Women's center: an accompanying child points to the mother's record
  motherId: id.nullable().optional(),
  // Trafficking shelter
  trafficking: traffickingIn.nullable().optional(),
});
export type ClientFields = z.infer<typeof clientFields>;

export const ref = z.object({ id, name: z.string() });
export const bedRef = z.object({ id, label: z.string() });

/** A client as any list shows it. `name` is null and `nameHidden` true where the role may not see it. */
export const clientSummary = z.object({
  id,
  code: z.string(),
  name: z.string().nullable(),
  nameHidden: z.boolean(),
  sex: z.enum(SEXES),
  birthDate: z.string().nullable(),
  status: z.enum(CLIENT_STATUSES),
});
export type ClientSummary = z.infer<typeof clientSummary>;

export const poorFamilyPeriod = z.object({
  from: isoDate,
  to: isoDate.nullable(),
});
export type PoorFamilyPeriod = z.infer<typeof poorFamilyPeriod>;

export const placementInput = {
  /** A bed (its room follows); residential kinds. */
  bedId: id.nullable().optional(),
  /** A room without a bed: only an accompanying child sharing the mother's mother-and-child room. */
  roomId: id.nullable().optional(),
  /** A day-care group (or a residential group where the facility uses them). */
  groupId: id.nullable().optional(),
};

export const enrolmentInput = {
  weekdays: weekdays.nullable().optional(),
  plannedFrom: hhmm.nullable().optional(),
  plannedTo: hhmm.nullable().optional(),
};
