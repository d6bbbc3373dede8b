import { z } from 'zod';
import { method, ALL_ROLES, empty, newPassword } from './core';

/** The facility's signing certificate as everyone may see it; the private key never leaves the backend. */
export const signingKeyOut = z.object({
  id: z.number(),
  status: z.enum(['active', 'retired']),
  source: z.enum(['generated', 'imported']),
  provider: z.string(),
  subject: z.string(),
  /** SHA-256 of the certificate, `AA:BB:…` as `openssl x509 -fingerprint -sha256` prints it. */
  fingerprint: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  retiredAt: z.string().nullable(),
});
export type SigningKeyInfo = z.infer<typeof signingKeyOut>;

const signingPasswordPair = {
  signingPassword: newPassword,
  confirmPassword: z.string().max(128, 'v.tooLong'),
  /** Needed to replace an active key: a new key cannot sign as the old one did. */
  replace: z.boolean().default(false),
};

// 16 MiB of base64 is far more than any .p12.
const base64File = z
  .string()
  .min(1, 'v.required')
  .max(16 * 1024 * 1024, 'v.tooLarge')
  .regex(/^[A-Za-z0-9+/=\s]+$/, 'v.file');

export const signingContract = {
  'signing.status': method({
    input: empty,
    output: z.object({ active: signingKeyOut.nullable(), keys: z.array(signingKeyOut) }),
    roles: ALL_ROLES,
    kind: 'query',
    doc: 'The active signing certificate (if any) and the retired ones.',
  }),
  'signing.createKey': method({
    input: z.object(signingPasswordPair),
    output: signingKeyOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Creates an RSA-2048 key and a self-signed certificate for the facility; the key is kept encrypted under the signing password.',
  }),
  'signing.importKey': method({
    input: z.object({ fileBase64: base64File, filePassword: z.string().max(128, 'v.tooLong'), ...signingPasswordPair }),
    output: signingKeyOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Imports a .p12/.pfx issued to the facility (RSA); the key is re-encrypted under the signing password.',
  }),
  'signing.exportCertificate': method({
    input: z.object({ keyId: z.number().int().positive().optional() }),
    output: z.object({ fileName: z.string(), pem: z.string(), fingerprint: z.string(), subject: z.string() }),
    roles: ALL_ROLES,
    kind: 'query',
    doc: 'The public certificate (PEM) and its printable fingerprint, for the agency to register.',
  }),
};
