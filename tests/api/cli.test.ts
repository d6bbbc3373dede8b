import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'komak.cjs');
const built = existsSync(join(import.meta.dirname, '..', '..', 'out', 'cli', 'komak.cjs'));
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'komak-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const komak = (args: string[], input = '', env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env: { ...process.env, ...env } });

describe.skipIf(!built)('komak command line (needs npm run build)', () => {
  it('prints help and its version', () => {
    const help = komak(['--help']);
    expect(help.status).toBe(0);
    for (const c of ['init', 'serve', 'version']) expect(help.stdout).toContain(c);
    expect(komak(['version']).stdout).toMatch(/^komak \d+\.\d+\.\d+/);
    expect(komak(['frobnicate']).status).toBe(2);
  });

  it('initializes a facility non-interactively, then refuses a second init', () => {
    const db = join(dir, 'a.komak');
    const args = [
      'init',
      '--db',
      db,
      '--kind',
      'day_care',
      '--name',
      'Quyosh',
      '--region',
      '1726',
      '--district',
      '1726290',
      '--capacity',
      '9',
    ];
    const r = komak([...args, '--admin-user', 'manager', '--admin-password-stdin'], 'Parol-2026!\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(existsSync(db)).toBe(true);
    const again = komak([...args, '--admin-user', 'other', '--admin-password-stdin'], 'Parol-2026!\n');
    expect(again.status).not.toBe(0);
    expect(again.stderr).toContain('already been set up');
  });

  it('reports every bad field and leaves no database behind', () => {
    const db = join(dir, 'b.komak');
    const r = komak(
      [
        'init',
        '--db',
        db,
        '--kind',
        'hotel',
        '--name',
        'X',
        '--region',
        '1726',
        '--district',
        '1703202',
        '--capacity',
        'many',
        '--admin-user',
        'm',
        '--admin-password-stdin',
      ],
      'short\n',
    );
    expect(r.status).toBe(3);
    for (const f of ['facility.kind', 'facility.capacity', 'admin.username', 'admin.password']) expect(r.stderr).toContain(f);
    expect(existsSync(db)).toBe(false);
  });

  it('needs a database path', () => {
    const r = komak(['serve'], '', { KOMAK_DB: '' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--db');
  });
});
