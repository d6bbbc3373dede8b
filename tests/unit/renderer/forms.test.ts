// Form helpers: backend field errors reach the right inputs; quick checks mirror the contract's rules.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import i18next from 'i18next';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
// 'cimode' answers every message with its key: what is checked here is which message, not its wording.
await i18next.init({ lng: 'cimode' });
type FieldErrors = Record<string, string>;
const { ApiError } = (await import(resolve(ROOT, 'renderer/api/client.ts'))) as {
  ApiError: new (code: string, message: string, fields?: Record<string, string>) => Error;
};
const { fieldErrors, errorMessage } = (await import(resolve(ROOT, 'renderer/components/errors.ts'))) as {
  fieldErrors(e: unknown, prefix?: string): FieldErrors;
  errorMessage(e: unknown): string;
};
const v = (await import(resolve(ROOT, 'renderer/components/validation.ts'))) as {
  EMPTY_FACILITY: Record<string, string>;
  checkFacility(f: Record<string, string>): FieldErrors;
  checkNewPassword(p: string, r: string, names?: { password: string; repeat: string }): FieldErrors;
  facilityInput(f: Record<string, string>): Record<string, unknown>;
  withoutFields(e: FieldErrors, changed: object): FieldErrors;
};

describe('fieldErrors', () => {
  const e = new ApiError('validation', 'Maʼlumotlarda xato bor.', {
    'facility.name': 'Toʻldirish shart.',
    'admin.username': 'bu nom band.',
  });
  it('keeps the fields under a prefix, without it', () => {
    expect(fieldErrors(e, 'facility')).toEqual({ name: 'Toʻldirish shart.' });
    expect(fieldErrors(e, 'admin')).toEqual({ username: 'Bu nom band.' });
  });
  it('gives every field without a prefix, and nothing for other errors', () => {
    expect(Object.keys(fieldErrors(e))).toEqual(['facility.name', 'admin.username']);
    expect(fieldErrors(new Error('x'))).toEqual({});
  });
  it('shows the backend’s message, and our own when the backend could not answer', () => {
    expect(errorMessage(e)).toBe('Maʼlumotlarda xato bor.');
    expect(errorMessage(new ApiError('network', ''))).toBe('errors.network');
    expect(errorMessage(new TypeError('boom'))).toBe('errors.internal');
  });
});

describe('checkFacility', () => {
  const ok = { ...v.EMPTY_FACILITY, name: 'Uy', regionSoato: '1726', districtSoato: '1726266', address: 'Manzil', capacity: '9' };
  it('accepts a complete form, with optional fields empty or well formed', () => {
    expect(v.checkFacility(ok)).toEqual({});
    expect(v.checkFacility({ ...ok, stir: '305123456', phone: '+998 (71) 234-56-78' })).toEqual({});
  });
  it('names each wrong field', () => {
    expect(v.checkFacility(v.EMPTY_FACILITY)).toEqual({
      name: 'v.required',
      regionSoato: 'v.region',
      districtSoato: 'v.district',
      address: 'v.required',
      capacity: 'v.required',
    });
    expect(v.checkFacility({ ...ok, capacity: '1001', stir: '12345678', phone: '+99871234' })).toEqual({
      capacity: 'v.capacity',
      stir: 'v.stir',
      phone: 'v.phone',
    });
    expect(v.checkFacility({ ...ok, capacity: '2.5' })).toEqual({ capacity: 'v.capacity' });
  });
  it('sends empty optional fields as null and the capacity as a number', () => {
    expect(v.facilityInput({ ...ok, name: '  Uy  ' })).toMatchObject({ name: 'Uy', capacity: 9, stir: null, phone: null, licenceNo: null });
    expect(Number.isNaN(v.facilityInput({ ...ok, capacity: '' }).capacity)).toBe(true);
  });
});

describe('passwords and clearing errors', () => {
  it('asks for 8 characters, then for the same password twice', () => {
    expect(v.checkNewPassword('short', 'short')).toEqual({ newPassword: 'v.passwordShort' });
    expect(v.checkNewPassword('long enough', 'long enougH')).toEqual({ repeat: 'v.passwordMismatch' });
    expect(v.checkNewPassword('long enough', 'long enough')).toEqual({});
  });
  it('drops the message of a field once it is edited, and only that one', () => {
    const errors = { name: 'a', phone: 'b' };
    expect(v.withoutFields(errors, { phone: '+998' })).toEqual({ name: 'a' });
    expect(v.withoutFields(errors, { address: 'x' })).toBe(errors);
  });
});
