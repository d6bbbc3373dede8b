import { z } from 'zod';
import { method, empty } from './core';

/** An absolute path on the PC that runs the backend (a folder for backups, or a backup file). */
export const localPath = z
  .string()
  .trim()
  .min(1, 'v.required')
  .max(1000, 'v.tooLong')
  .refine((p) => !p.includes('\0') && /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), 'v.absolutePath');

export const backupInfo = z.object({
  file: z.string(),
  createdAt: z.string(),
  reason: z.string(),
  facility: z.object({ name: z.string(), kind: z.string() }).nullable(),
  /** Rows per table: what the copy holds, without a single name. */
  counts: z.record(z.string(), z.number()),
  auditHead: z.object({ seq: z.number(), hash: z.string() }),
  appVersion: z.string().nullable(),
  verified: z.boolean(),
});
export type BackupInfoOut = z.infer<typeof backupInfo>;

export const backupContract = {
  'backup.status': method({
    input: empty,
    output: z.object({
      folder: z.string(),
      automatic: z.boolean(),
      lastSuccessAt: z.string().nullable(),
      lastFile: z.string().nullable(),
      /** No backup yet, or the last one is older than two days: the app shows a warning. */
      stale: z.boolean(),
    }),
    roles: ['manager'],
    kind: 'query',
    doc: 'When the last successful backup was made, and whether it is too old.',
  }),
  'backup.create': method({
    input: z.object({ dir: localPath.optional() }).strict(),
    output: backupInfo,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Backs up now (to the automatic folder, or a chosen folder or USB stick); the copy is encrypted and checked.',
  }),
  'backup.list': method({
    input: z.object({ dir: localPath.optional() }).strict(),
    output: z.array(backupInfo),
    roles: ['manager'],
    kind: 'query',
    doc: 'The backups in a folder (the automatic one by default), newest first.',
  }),
  'backup.inspect': method({
    input: z.object({ file: localPath }).strict(),
    output: backupInfo,
    roles: ['manager'],
    kind: 'query',
    doc: 'Opens a backup, checks it and says what it holds (facility, date, counts) before a restore.',
  }),
  'backup.restore': method({
    input: z.object({ file: localPath, confirm: z.literal(true, { message: 'v.confirm' }) }).strict(),
    output: z.object({ restoredFrom: backupInfo, revertPoint: z.string(), signInAgain: z.literal(true) }),
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Replaces the database with a backup after saving the current one as a revert point; everyone signs in again.',
  }),
};
