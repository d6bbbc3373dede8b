// Two processes on one facility file (the command line while the app runs, or a second serve): a
// user added by one can sign in through the other, and neither writes back an older keyring over
// the other's change.
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend';
import { PASSWORD, TestFacility } from '../../fixtures/backend';

const NEW_PASSWORD = 'Kuz-2026-yangi-parol';
let f: TestFacility;
let other: Backend | null = null;
afterEach(async () => {
  await other?.close();
  other = null;
  await f?.close();
});

async function signIn(b: Backend, username: string, password = PASSWORD) {
  return b.call({}, 'auth.signIn', { username, password }) as Promise<{ ok: true; data: { token: string } } | { ok: false }>;
}

describe('one keyring, two processes', () => {
  it('a user added by the other process signs in here, and a later change here keeps her key', async () => {
    f = await TestFacility.create();
    expect((await signIn(f.backend, 'manager')).ok).toBe(true);

    // The "command line": a second backend on the same file adds a caregiver.
    other = await f.open();
    const managerThere = await signIn(other, 'manager');
    if (!managerThere.ok) throw new Error('manager could not sign in on the second backend');
    const created = await other.call({ token: managerThere.data.token }, 'users.create', {
      username: 'nilufar',
      fullName: 'Toʻxtayeva Nilufar',
      role: 'caregiver',
      password: PASSWORD,
      lang: 'uz',
    });
    expect(created.ok).toBe(true);

    // The running app lets her in without a restart.
    expect((await signIn(f.backend, 'nilufar')).ok).toBe(true);

    // The running app changes the manager's password: the keyring it writes still holds the caregiver.
    const manager = await signIn(f.backend, 'manager');
    if (!manager.ok) throw new Error('manager sign-in failed');
    const changed = await f.call({ token: manager.data.token }, 'auth.changePassword', {
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.ok).toBe(true);
    await other.close();
    other = null;

    // After a restart the database is locked: each of them opens it with their own password.
    await f.restart();
    expect((await signIn(f.backend, 'nilufar')).ok).toBe(true);
    await f.restart();
    expect((await signIn(f.backend, 'manager', NEW_PASSWORD)).ok).toBe(true);
    await f.restart();
    expect((await signIn(f.backend, 'manager')).ok).toBe(false);
  });
});
