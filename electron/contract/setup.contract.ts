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
  ok,
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

export const setupContract = {
  'setup.status': method({
    input: empty,
    output: z.object({ initialized: z.boolean(), facility: facilityOut.nullable() }),
    roles: 'public',
    kind: 'query',
    doc: 'Whether the facility has been set up, and its public details for the sign-in screen.',
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
    output: ok,
    roles: 'public',
    kind: 'mutation',
    doc: 'First run: records the facility and creates the first manager account. Only once.',
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
