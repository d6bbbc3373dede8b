// A large database is opened at once and integrity-checked in a worker thread (the cold start of a
// ten-year facility must not wait ~10 s for quick_check); damage found there still ends in the
// "damaged" state with nothing changed. Files here are small, so the size limit is lowered to 0.
import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestFacility, PASSWORD } from '../../fixtures/backend';
import { createBackend, type Backend } from '../../../electron/backend';
import { checksInBackground, CHECK_BEFORE_USE_MAX_BYTES } from '../../../db/integrity';

let f: TestFacility;
let other: Backend | null = null;
afterEach(async () => {
  await other?.close();
  other = null;
  await f?.close();
});

describe('the integrity check of a large database', () => {
  it('runs after open: an intact file opens at once and stays open', async () => {
    f = await TestFacility.create();
    await f.backend.close();
    f.backend = await f.open({ unlock: { recoveryKey: f.recoveryKey! }, checkBeforeUseMaxBytes: 0 });
    expect(f.backend.status().state).toBe('open');
    await f.backend.maintenance.integrityChecked();
    expect(f.backend.status().state).toBe('open');
    const m = await f.signIn();
    expect((await f.call(m, 'facility.get', {})).ok).toBe(true);
  });

  it('finds damage in the middle of the file in the background: damaged, calls refused, the file kept', async () => {
    f = await TestFacility.create();
    await f.backend.close();
    const copy = join(f.dir, 'copy.komak');
    const bytes = readFileSync(f.dbFile);
    for (let i = 0; i < 16; i++) bytes[Math.floor(bytes.length / 2) + i]! ^= 0x5a;
    writeFileSync(copy, bytes);
    copyFileSync(`${f.dbFile}.keyring`, `${copy}.keyring`);
    other = await createBackend({ dbFile: copy, unlock: { recoveryKey: f.recoveryKey! }, autoBackup: false, checkBeforeUseMaxBytes: 0 });
    await other.maintenance.integrityChecked();
    expect(other.status()).toMatchObject({ state: 'damaged', problem: { kind: 'damaged' } });
    expect(await other.call({ lang: 'en' }, 'auth.signIn', { username: 'manager', password: PASSWORD })).toMatchObject({
      error: { code: 'database_damaged' },
    });
    await other.close();
    other = null;
    // Kept for the restore (what was written before the check finished, here the unlock's audit entry, stays with it).
    expect(statSync(copy).size).toBeGreaterThanOrEqual(bytes.length);
  });

  it('is done before use for a small file, in the background only above the limit', () => {
    f = null as unknown as TestFacility;
    const file = join(import.meta.dirname, 'background-check.test.ts');
    expect(checksInBackground(file)).toBe(false);
    expect(checksInBackground(file, 10)).toBe(true);
    expect(CHECK_BEFORE_USE_MAX_BYTES).toBe(64 * 1024 * 1024);
  });
});
