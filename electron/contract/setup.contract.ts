import { z } from 'zod';
import {
  method,
  requiredText,
  optionalText,
  soatoRegion,
  soatoDistrict,
  stir,
  phone,
  username,
  newPassword,
  langSchema,
  empty,
} from './core';

export const FACILITY_KINDS = ['family_home', 'women_center', 'trafficking_shelter', 'day_care'] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];
export const facilityKindSchema = z.enum(FACILITY_KINDS);

export const facilityDetails = z.object({
  kind: facilityKindSchema,
  name: requiredText(200),
  regionSoato: soatoRegion,
  districtSoato: soatoDistrict,
  address: requiredText(300),
  capacity: z.number({ message: 'v.number' }).int('v.integer').min(1, 'v.capacity').max(1000, 'v.capacity'),
  licenceNo: optionalText(100),
  stir: stir.nullable().optional(),
  phone: phone.nullable().optional(),
  regionalCentre: z.boolean().optional(),
});
export type FacilityDetails = z.infer<typeof facilityDetails>;

export const facilityOut = facilityDetails.extend({
  stir: z.string().nullable(),
  phone: z.string().nullable(),
  licenceNo: z.string().nullable(),
  regionalCentre: z.boolean(),
  training: z.boolean(),
});
export type Facility = z.infer<typeof facilityOut>;

/** What anyone may see before signing in: never the address (a shelter's address is confidential). */
export const facilityPublic = z.object({ name: z.string(), kind: facilityKindSchema });
export type FacilityPublic = z.infer<typeof facilityPublic>;

export const setupContract = {
  'setup.status': method({
    input: empty,
    output: z.object({
      initialized: z.boolean(),
      /** Encrypted and not yet opened: the first sign-in opens it. */
      locked: z.boolean(),
      facility: facilityPublic.nullable(),
    }),
    roles: 'public',
    kind: 'query',
    doc: 'Whether the facility has been set up, and its name and kind for the sign-in screen.',
  }),
  'setup.init': method({
    input: z.object({
      facility: facilityDetails,
      admin: z.object({
        username,
        fullName: requiredText(120),
        password: newPassword,
        lang: langSchema.default('uz'),
      }),
    }),
    output: z.object({
      ok: z.literal(true),
      /** Shown once: it opens the encrypted database when every password is lost. Null when not encrypted. */
      recoveryKey: z.string().nullable(),
    }),
    roles: 'public',
    kind: 'mutation',
    doc: 'First run: creates the encrypted facility database, the first manager account and the recovery key. Only once.',
  }),
  'facility.get': method({
    input: empty,
    output: facilityOut,
    roles: ['manager', 'caregiver', 'social_worker', 'accountant', 'inspector'],
    kind: 'query',
    doc: 'The facility details.',
  }),
  'facility.update': method({
    input: facilityDetails.omit({ kind: true }),
    output: facilityOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Changes the facility details (the kind is fixed at setup).',
  }),
};
