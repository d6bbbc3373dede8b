import { z } from 'zod';

/** Who may call a method. `public` methods need no session (setup, sign-in). */
export const ROLES = ['manager', 'caregiver', 'social_worker', 'accountant', 'inspector'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

export const LANGS = ['uz', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const langSchema = z.enum(LANGS);

export const ERROR_CODES = [
  'unknown_method',
  'validation',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'bad_credentials',
  'account_locked',
  'not_initialized',
  'already_initialized',
  'storage',
  'internal',
  'too_many_requests',
  'database_damaged',
  'database_too_new',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The one error shape of every front. `fields` maps a dotted input path to a message. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  fields?: Record<string, string>;
}
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export interface MethodSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  /** Roles allowed, or 'public' for methods callable without a session. */
  roles: readonly Role[] | 'public';
  /** `query` reads; `mutation` runs in one transaction and is audited. */
  kind: 'query' | 'mutation';
  doc: string;
}

export function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}

export const ALL_ROLES = ROLES;
export const STAFF_ROLES = ['manager', 'caregiver', 'social_worker'] as const satisfies readonly Role[];

/** Shared field schemas. Messages are i18n keys, translated by the backend. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'v.date')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'v.date');
export const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'v.time');
export const requiredText = (max = 200) => z.string().trim().min(1, 'v.required').max(max, 'v.tooLong');
export const optionalText = (max = 500) =>
  z
    .string()
    .trim()
    .max(max, 'v.tooLong')
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();
export const pinfl = z.string().regex(/^\d{14}$/, 'v.pinfl');
export const phone = z
  .string()
  .trim()
  .transform((s) => s.replace(/[\s()-]/g, ''))
  .pipe(z.string().regex(/^\+998\d{9}$/, 'v.phone'));
export const stir = z.string().regex(/^\d{9}$/, 'v.stir');
export const soatoRegion = z.string().regex(/^\d{4}$/, 'v.region');
export const soatoDistrict = z.string().regex(/^\d{7}(\d{3})?$/, 'v.district');
export const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,32}$/, 'v.username');
/** OWASP ASVS: at least 8 characters, no composition rules, at most 128. */
export const newPassword = z.string().min(8, 'v.passwordShort').max(128, 'v.tooLong');
export const id = z.number().int().positive();
export const empty = z.object({}).strict();
export const ok = z.object({ ok: z.literal(true) });
