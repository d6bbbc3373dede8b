import { z } from 'zod';
import { method, isoDate, langSchema, roleSchema } from './core';
import { facilityKindSchema, facilityPublic } from './setup.contract';

export const TRAINING_SCALES = ['small', 'large'] as const;

export const openTrainingInput = z
  .object({
    kind: facilityKindSchema,
    /** small ≈ one year of a 9-place facility; large = the benchmark facility (10 years, 60 places). */
    scale: z.enum(TRAINING_SCALES).default('small'),
    /** Years of records; 1 for small and 10 for large when left out. */
    years: z.number({ message: 'v.number' }).int('v.integer').min(1, 'v.invalid').max(15, 'v.invalid').optional(),
    /** The same seed (and end date) makes the same records. */
    seed: z.number({ message: 'v.number' }).int('v.integer').min(0, 'v.invalid').max(2_147_483_647, 'v.invalid'),
    /** The last day with records: the training facility's "today". */
    endDate: isoDate,
    /** Language of the manager account. */
    lang: langSchema.default('uz'),
    /** Also return the content hash (every table but key material and password hashes); slow on a large facility. */
    withHash: z.boolean().default(false),
  })
  .strict();
export type OpenTrainingInput = z.input<typeof openTrainingInput>;

export const trainingAccount = z.object({
  username: z.string(),
  fullName: z.string(),
  role: roleSchema,
  /** Shown once, never stored in clear. */
  password: z.string(),
});
export type TrainingAccount = z.infer<typeof trainingAccount>;

export const openTrainingOutput = z.object({
  ok: z.literal(true),
  facility: facilityPublic,
  from: z.string(),
  to: z.string(),
  staff: z.array(trainingAccount),
  /** Shown once, like a real facility's (null when not encrypted). */
  recoveryKey: z.string().nullable(),
  /** Rows made, by kind of record. */
  counts: z.record(z.string(), z.number().int()),
  contentHash: z.string().nullable(),
});
export type OpenTrainingOutput = z.infer<typeof openTrainingOutput>;

export const demoContract = {
  'setup.openTraining': method({
    input: openTrainingInput,
    output: openTrainingOutput,
    roles: 'public',
    kind: 'mutation',
    doc:
      'First run only: creates a TRAINING facility filled with invented but realistic records (staff for every role, residents, ' +
      'stays, appeals, daily work…), marked as training everywhere. Returns the staff passwords once.',
  }),
};
