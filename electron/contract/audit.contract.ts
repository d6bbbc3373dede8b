import { z } from 'zod';
import { method, empty, id, isoDate } from './core';

export const AUDIT_OUTCOMES = ['ok', 'denied', 'failed'] as const;
export const AUDIT_PROBLEMS = ['edited', 'deleted', 'inserted', 'reordered', 'truncated', 'anchor'] as const;

export const auditEntryOut = z.object({
  seq: id,
  at: z.string(),
  userId: z.number().int().nullable(),
  username: z.string().nullable(),
  role: z.string().nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  /** `{ field: [before, after] }` for writes; what was asked for, for views. */
  changes: z.record(z.string(), z.unknown()).nullable(),
  outcome: z.enum(AUDIT_OUTCOMES),
});
export type AuditEntryRow = z.infer<typeof auditEntryOut>;

export const auditVerdict = z.union([
  z.object({ ok: z.literal(true), count: z.number().int(), head: z.string(), anchorsChecked: z.number().int() }),
  z.object({ ok: z.literal(false), seq: id, problem: z.enum(AUDIT_PROBLEMS), anchorsChecked: z.number().int() }),
]);
export type AuditVerdictOut = z.infer<typeof auditVerdict>;

const code = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'v.required')
    .max(max, 'v.tooLong')
    .regex(/^[A-Za-z0-9_.:-]+$/, 'v.invalid');

export const auditContract = {
  'audit.list': method({
    input: z
      .object({
        userId: id.optional(),
        /** An exact action (`clients.update`) or an area with a trailing dot (`clients.`). */
        action: code(80).optional(),
        objectType: code(40).optional(),
        objectId: code(64).optional(),
        outcome: z.enum(AUDIT_OUTCOMES).optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        /** Paging: the `nextBeforeSeq` of the previous page. */
        beforeSeq: id.optional(),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict()
      .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'], message: 'v.dateOrder' }),
    output: z.object({ entries: z.array(auditEntryOut), nextBeforeSeq: id.nullable() }),
    roles: ['manager'],
    kind: 'query',
    doc: 'The audit trail, newest first, filtered by person, action, object and period (Tashkent dates); looking is itself audited.',
  }),
  'audit.verify': method({
    input: empty,
    output: auditVerdict,
    roles: ['manager', 'inspector'],
    kind: 'query',
    doc: 'Checks the hash chain of the audit trail (and the heads recorded in backups); names the first changed entry.',
  }),
};
