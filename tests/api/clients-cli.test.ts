import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'komak.cjs');
const built = existsSync(join(import.meta.dirname, '..', '..', 'out', 'cli', 'komak.cjs'));
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'komak-cli-import-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const user = { KOMAK_USER: 'manager', KOMAK_PASSWORD: 'Parol-2026!' };
const komak = (args: string[], input = '', env: Record<string, string> = user) =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env: { ...process.env, ...env } });
const HEADER = 'client_code,last_name,first_name,middle_name,birth_date,sex,pinfl,admitted_on,room,bed,group';

describe.skipIf(!built)('komak import clients (needs npm run build)', () => {
  it('imports nothing from a file with a bad row, writes the error file, then imports the fixed file once', () => {
    const db = join(dir, 'home.komak');
    const init = komak(
      [
        'init',
        '--db',
        db,
        '--kind',
        'family_home',
        '--name',
        'Uy',
        '--region',
        '1726',
        '--district',
        '1726290',
        '--capacity',
        '9',
        '--admin-user',
        'manager',
        '--admin-password-stdin',
      ],
      'Parol-2026!\n',
      {},
    );
    expect(init.status).toBe(0);
    const file = join(dir, 'reestr.csv');
    writeFileSync(file, [HEADER, ',Oʻrinboyev,Sardor,,12.03.2015,M,,2026-01-10,,,', ',Karimova,,,2016-05-01,X,,,,,'].join('\n'));
    const bad = komak(['import', 'clients', file, '--db', db]);
    expect(bad.status).toBe(3);
    expect(bad.stderr).toContain('line 3, first_name');
    expect(bad.stderr).toContain('line 3, sex');
    const errors = readFileSync(`${file}.errors.csv`, 'utf8');
    expect(errors).toContain('3,sex,Jins F yoki M boʻlsin.');

    writeFileSync(file, [HEADER, ',Oʻrinboyev,Sardor,,12.03.2015,M,,2026-01-10,,,', ',Karimova,Malika,,2016-05-01,F,,,,,'].join('\n'));
    const dry = komak(['import', 'clients', file, '--db', db, '--dry-run']);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('2');
    const ok = komak(['import', 'clients', file, '--db', db]);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Yaratilgan mijozlar: 2.');
    const again = komak(['import', 'clients', file, '--db', db]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Yaratilgan mijozlar: 0.');
    expect(again.stdout).toContain('line 2: already in the register as C-2026-0001');
  });

  it('explains what it needs', () => {
    expect(komak(['import']).status).toBe(2);
    expect(komak(['import', 'pets', 'x.csv']).stderr).toContain('clients');
    expect(komak(['import', 'clients', join(dir, 'missing.csv'), '--db', join(dir, 'x.komak')]).stderr).toContain('Cannot read');
    expect(komak(['import', 'clients', 'a.csv', 'b.csv']).status).toBe(2);
  });
});
