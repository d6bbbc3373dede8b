import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { z } from 'zod';
import { TestFacility } from '../../fixtures/backend';
import { contract, ROLES, type MethodName, type Role } from '../../../electron/contract/index';
import type { CallContext } from '../../../electron/backend';

let f: TestFacility;
const sessions = {} as Record<Role, CallContext>;
beforeAll(async () => {
  f = await TestFacility.create();
  sessions.manager = await f.signIn();
  for (const role of ROLES.filter((r) => r !== 'manager')) sessions[role] = await f.as(role);
});
afterAll(async () => f?.close());

/** The field names of an object schema, so that generated objects look like real inputs. */
function fieldNames(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/** Anything at all, and objects with the method's own field names holding wrong things. */
function inputs(schema: z.ZodType): fc.Arbitrary<unknown> {
  const anything = fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withTypedArray: true,
    withSparseArray: true,
    withBoxedValues: true,
  });
  const names = fieldNames(schema);
  const nearMiss = names.length
    ? fc.dictionary(
        fc.constantFrom(...names, '__proto__', 'constructor', 'extra'),
        fc.oneof(anything, fc.string({ maxLength: 3000 }), fc.double()),
      )
    : anything;
  // The backend reads a missing input as {}: what it accepts is not invalid.
  return fc.oneof(anything, nearMiss).filter((x) => !schema.safeParse(x ?? {}).success);
}

const methods = Object.keys(contract) as MethodName[];

describe('every contract method, fed invalid input', () => {
  it('covers the whole contract', () => {
    expect(methods.length).toBeGreaterThanOrEqual(20);
  });

  it.each(methods)('%s: no crash, a validation or sign-in error, nothing written', async (name) => {
    const spec = contract[name];
    const allowed: CallContext = spec.roles === 'public' ? {} : sessions[spec.roles[0]!];
    const errors = vi.spyOn(console, 'error');
    const before = await f.rowCounts();
    try {
      await fc.assert(
        fc.asyncProperty(inputs(spec.input), async (input) => {
          const asAllowed = await f.call(allowed, name, input);
          expect(asAllowed.ok).toBe(false);
          if (!asAllowed.ok) {
            expect(asAllowed.error.code).toBe('validation');
            expect(Object.keys(asAllowed.error.fields ?? {}).length).toBeGreaterThan(0);
            for (const message of Object.values(asAllowed.error.fields ?? {})) expect(message).not.toMatch(/^v\./);
          }
          if (spec.roles !== 'public') {
            expect(await f.call({}, name, input)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
          }
        }),
        { numRuns: 40 },
      );
      expect(await f.rowCounts()).toEqual(before);
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });

  it('still works normally afterwards', async () => {
    expect((await f.call(sessions.manager, 'auth.me', {})).ok).toBe(true);
    expect((await f.call({}, 'setup.status', {})).ok).toBe(true);
  });
});
