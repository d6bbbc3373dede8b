import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createBackend } from '../../../electron/backend';

const root = join(import.meta.dirname, '..', '..', '..');
const bin = join(root, 'bin', 'komak.cjs');
const built = existsSync(join(root, 'out', 'cli', 'komak.cjs'));
let dir: string;
let db: string;
let recoveryKey: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'komak-cli-trust-'));
  db = join(dir, 'facility.komak');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const komak = (args: string[], input = '', env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, KOMAK_USER: '', KOMAK_PASSWORD: '', KOMAK_RECOVERY_KEY: '', ...env },
  });
const manager = { KOMAK_USER: 'manager', KOMAK_PASSWORD: 'Parol-2026!' };

describe.skipIf(!built)('komak init and audit verify (needs npm run build)', () => {
  it('creates an encrypted database and prints the recovery key once, with the warning', () => {
    const r = komak(
      [
        'init',
        '--db',
        db,
        '--kind',
        'women_center',
        '--name',
        'Nurli kelajak',
        '--region',
        '1726',
        '--district',
        '1726290',
        '--capacity',
        '20',
        '--admin-user',
        'manager',
        '--admin-password-stdin',
      ],
      'Parol-2026!\n',
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const key = /(([0-9A-Z]{4}-){8}[0-9A-Z]{4})/.exec(r.stdout)?.[1];
    expect(key).toBeTruthy();
    recoveryKey = key!;
    expect(r.stdout).toContain('nobody');
    expect(readFileSync(db).subarray(0, 15).toString()).not.toBe('SQLite format 3');
    expect(readFileSync(`${db}.keyring`, 'utf8')).not.toContain(recoveryKey);
  });

  it('verifies an intact trail as a manager, and refuses to run without credentials', () => {
    const ok = komak(['audit', 'verify', '--db', db], '', manager);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/intact: \d+ entries, head hash [0-9a-f]{64}/);
    expect(komak(['audit', 'verify', '--db', db]).status).toBe(2);
    expect(komak(['audit', 'verify', '--db', db], '', { ...manager, KOMAK_PASSWORD: 'wrong-one' }).status).not.toBe(0);
  });

  it('names the entry that was edited, opened with the recovery key from a file or the environment', async () => {
    const backend = await createBackend({ dbFile: db, unlock: { recoveryKey } });
    await sql`DROP TRIGGER audit_log_no_update`.execute(backend.db);
    await sql`UPDATE audit_log SET username = 'someone' WHERE seq = 2`.execute(backend.db);
    await backend.close();
    const viaEnv = komak(['audit', 'verify', '--db', db, '--lang', 'ru'], '', { KOMAK_RECOVERY_KEY: recoveryKey });
    expect(viaEnv.status).toBe(5);
    expect(viaEnv.stdout).toContain('запись № 2 (изменена)');
    const keyFile = join(dir, 'recovery.txt');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(keyFile, `${recoveryKey.toLowerCase()}\n`);
    const viaFile = komak(['audit', 'verify', '--db', db, '--recovery-key-file', keyFile]);
    expect(viaFile.status).toBe(5);
    expect(viaFile.stdout).toContain('entry #2 (edited)');
  });
});
