import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    writeFileSync(keyFile, `${recoveryKey.toLowerCase()}\n`);
    const viaFile = komak(['audit', 'verify', '--db', db, '--recovery-key-file', keyFile]);
    expect(viaFile.status).toBe(5);
    expect(viaFile.stdout).toContain('entry #2 (edited)');
  });
});

describe.skipIf(!built)('komak backup and restore (needs npm run build)', () => {
  let b: string;
  let key: string;
  let backupFile: string;
  const usb = () => join(dir, 'usb');

  it('backs up to a chosen folder as a manager, and refuses a cloud folder', () => {
    b = join(dir, 'b.komak');
    const init = komak(
      ['init', '--db', b, '--kind', 'day_care', '--name', 'Quyosh', '--region', '1726', '--district', '1726290', '--capacity', '9'].concat([
        '--admin-user',
        'manager',
        '--admin-password-stdin',
      ]),
      'Parol-2026!\n',
    );
    expect(init.status).toBe(0);
    key = /(([0-9A-Z]{4}-){8}[0-9A-Z]{4})/.exec(init.stdout)![1]!;
    const r = komak(['backup', '--db', b, '--out', usb()], '', manager);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Facility: +Quyosh \(day_care\)[\s\S]*Holds: +.*users 1/);
    backupFile = /Backup: +(\S+)/.exec(r.stdout)![1]!;
    expect(existsSync(backupFile)).toBe(true);
    const cloud = komak(['backup', '--db', b, '--out', join(dir, 'OneDrive', 'x')], '', manager);
    expect(cloud.status).toBe(3);
    expect(cloud.stderr).toContain('Oʻzbekistondagi');
  });

  it('shows what a backup holds and changes nothing without --yes, then restores with a revert point', () => {
    const dry = komak(['restore', backupFile, '--db', b], '', manager);
    expect(dry.status).toBe(2);
    expect(dry.stdout).toContain('Holds:');
    expect(dry.stderr).toContain('--yes');
    const r = komak(['restore', backupFile, '--db', b, '--yes'], '', manager);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/saved as .*pre-restore\.komak/);
  });

  it('restores onto a new PC with the recovery key, and the trail verifies there', () => {
    const fresh = join(dir, 'newpc', 'facility.komak');
    const r = komak(['restore', backupFile, '--db', fresh, '--yes'], '', { KOMAK_RECOVERY_KEY: key });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const v = komak(['audit', 'verify', '--db', fresh], '', manager);
    expect(v.status).toBe(0);
  });

  it('reports a damaged database with what to do, changes nothing, and restores it as a manager of the backup', () => {
    const bytes = readFileSync(b);
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    writeFileSync(b, bytes);
    rmSync(`${b}-wal`, { force: true });
    const before = readFileSync(b);
    const v = komak(['audit', 'verify', '--db', b], '', manager);
    expect(v.status).toBe(4);
    expect(v.stderr).toContain('komak restore');
    expect(readFileSync(b).equals(before)).toBe(true);
    const r = komak(['restore', backupFile, '--db', b, '--yes'], '', manager);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/kept as .*damaged\.komak/);
    expect(komak(['audit', 'verify', '--db', b], '', manager).status).toBe(0);
  });
});
