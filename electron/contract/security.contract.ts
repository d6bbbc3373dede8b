import { z } from 'zod';
import { method, empty, ALL_ROLES } from './core';

export const IDLE_LOCK_DEFAULT_MINUTES = 10;
export const IDLE_LOCK_MIN_MINUTES = 1;
export const IDLE_LOCK_MAX_MINUTES = 120;

export const idleLockMinutes = z
  .number({ message: 'v.number' })
  .int('v.integer')
  .min(IDLE_LOCK_MIN_MINUTES, 'v.idleLockRange')
  .max(IDLE_LOCK_MAX_MINUTES, 'v.idleLockRange');

/** Why the facility database cannot be opened; `too_new` needs an update, not a restore. */
export const DAMAGE_KINDS = ['damaged', 'too_new', 'missing', 'keyring_missing'] as const;

/** What a restore offer may show before anyone signs in: no paths, no names, only counts. */
export const restoreOfferPublic = z.object({
  createdAt: z.string(),
  facility: z.object({ name: z.string(), kind: z.string() }).nullable(),
  counts: z.record(z.string(), z.number()),
});

const credential = z.string().max(128, 'v.tooLong').optional();

export const securityContract = {
  'security.settings': method({
    input: empty,
    output: z.object({ idleLockMinutes: z.number().int() }),
    roles: ALL_ROLES,
    kind: 'query',
    doc: 'The facility’s security settings every screen needs (minutes without input before the app locks itself).',
  }),
  'security.setIdleLock': method({
    input: z.object({ minutes: idleLockMinutes }).strict(),
    output: z.object({ idleLockMinutes: z.number().int() }),
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Sets after how many minutes without input a session locks itself (the backend ends it too).',
  }),
  'recovery.status': method({
    input: empty,
    output: z.object({
      damaged: z.object({ kind: z.enum(DAMAGE_KINDS), offer: restoreOfferPublic.nullable() }).nullable(),
    }),
    roles: 'public',
    kind: 'query',
    doc: 'Whether the database could not be opened, and the newest backup that is still as it was written.',
  }),
  'recovery.restoreLatest': method({
    input: z
      .object({
        username: z.string().trim().toLowerCase().max(64, 'v.tooLong').optional(),
        password: credential,
        recoveryKey: z.string().trim().max(400, 'v.tooLong').optional(),
        confirm: z.literal(true, { message: 'v.confirm' }),
      })
      .strict()
      .refine((i) => !!i.recoveryKey || (!!i.username && !!i.password), { path: ['password'], message: 'v.required' }),
    output: z.object({ restoredFrom: restoreOfferPublic, signInAgain: z.literal(true) }),
    roles: 'public',
    kind: 'mutation',
    doc: 'Only while the database is damaged: restores the newest verified backup as a manager of that backup (or with the recovery key); the damaged file is kept.',
  }),
};
