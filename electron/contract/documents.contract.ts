import { z } from 'zod';
import { method, id, isoDate, requiredText, optionalText, ok, ALL_ROLES } from './core';
import { ATTACHMENT_TYPES, base64File, clientSummary } from './clients.contract';

export const ATTACHMENT_MIMES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

export const documentOut = z.object({
  id,
  clientId: id,
  type: z.enum(ATTACHMENT_TYPES),
  /** Identifying: null where the viewer may not see the client's name. */
  number: z.string().nullable(),
  issuedOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
  note: z.string().nullable(),
  /** Null where the viewer may not open the scan. */
  fileName: z.string().nullable(),
  mime: z.enum(ATTACHMENT_MIMES),
  size: z.number().int(),
  uploadedAt: z.string(),
  canOpen: z.boolean(),
});
export type DocumentOut = z.infer<typeof documentOut>;

export const documentsContract = {
  'documents.list': method({
    input: z.object({ clientId: id }),
    output: z.array(documentOut),
    roles: ALL_ROLES,
    kind: 'query',
    doc: 'The scans attached to a client (medical ones are not listed for accountants).',
  }),
  'documents.add': method({
    input: z.object({
      clientId: id,
      type: z.enum(ATTACHMENT_TYPES),
      number: optionalText(60),
      issuedOn: isoDate.nullable().optional(),
      expiresOn: isoDate.nullable().optional(),
      note: optionalText(500),
      fileName: requiredText(200),
      mime: z.enum(ATTACHMENT_MIMES),
      contentBase64: base64File,
    }),
    output: documentOut,
    roles: ['manager', 'social_worker'],
    kind: 'mutation',
    doc: 'Attaches a scan (PDF/JPG/PNG, at most 20 MB) kept inside the facility database.',
  }),
  'documents.file': method({
    input: z.object({ id }),
    output: z.object({
      fileName: z.string(),
      mime: z.string(),
      contentBase64: z.string(),
    }),
    roles: ALL_ROLES,
    kind: 'query',
    doc: 'The scan itself, to open in the app. Audited.',
  }),
  'documents.remove': method({
    input: z.object({ id, reason: requiredText(300) }),
    output: ok,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Removes a scan attached by mistake (the reason is kept in the audit trail).',
  }),
  'documents.expiring': method({
    input: z.object({ days: z.number().int().min(1).max(365).default(30) }),
    output: z.array(documentOut.extend({ client: clientSummary, expired: z.boolean() })),
    roles: ['manager', 'social_worker'],
    kind: 'query',
    doc: 'Documents of current clients that expire within the given days (30 by default) or have expired.',
  }),
};
