// `komak certificate`, `komak report … --format package` and `komak verify` through the built command line.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestFacility, PASSWORD } from '../fixtures/backend';
import { FAMILY_HOME } from '../fixtures/clients';
import { SIGNING_PASSWORD } from '../fixtures/reports';
import { readZip, writeZip } from '../../electron/features/reports/zip';
import { createSelfSignedCertificate, makeP12 } from '../../electron/features/signing/certificate';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'komak-report-cli-'));
const db = join(dir, 'home.komak');
const otherDb = join(dir, 'other.komak');
const importDb = join(dir, 'import.komak');

function komak(args: string[], input = '', user = 'manager') {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'komak.cjs'), ...args], {
    cwd: dir,
    input,
    encoding: 'utf8',
    env: { ...process.env, KOMAK_USER: user, KOMAK_PASSWORD: PASSWORD, KOMAK_CLI_NO_AUTORUN: '', KOMAK_SIGNING_PASSWORD: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function facilityFile(target: string) {
  const f = await TestFacility.create({ init: FAMILY_HOME });
  await f.as('caregiver', 'tarbiyachi');
  await f.backend.close();
  for (const suffix of ['', '-wal', '-shm', '.keyring'])
    if (existsSync(f.dbFile + suffix)) copyFileSync(f.dbFile + suffix, target + suffix);
  rmSync(f.dir, { recursive: true, force: true });
}

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build.mjs', 'node'], { cwd: root, stdio: 'pipe' });
  await facilityFile(db);
  await facilityFile(otherDb);
  await facilityFile(importDb);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the facility side', () => {
  it('creates the signing key and exports the certificate', () => {
    const created = komak(['certificate', 'create', '--signing-password-stdin', '--db', db], `${SIGNING_PASSWORD}\n`);
    expect(created.stderr).toBe('');
    expect(created.stdout).toMatch(/SHA-256 fingerprint: ([0-9A-F]{2}:){31}[0-9A-F]{2}/);
    expect(komak(['certificate', 'export', '--out', 'facility.pem', '--db', db]).code).toBe(0);
    expect(readFileSync(join(dir, 'facility.pem'), 'utf8')).toContain('BEGIN CERTIFICATE');
    komak(['certificate', 'create', '--signing-password-stdin', '--db', otherDb], `${SIGNING_PASSWORD}\n`);
    expect(komak(['certificate', 'export', '--out', 'other.pem', '--db', otherDb]).code).toBe(0);
  });

  it('refuses a backwards period with the field named, and a caregiver', () => {
    const r = komak(['report', 'activity', '--from', '2026-10-31', '--to', '2026-10-01', '--format', 'json', '--db', db]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('to: Tugash sanasi boshlanish sanasidan oldin boʻlmasin.');
    const c = komak(['report', 'activity', '--from', '2026-10-01', '--to', '2026-10-31', '--format', 'json', '--db', db], '', 'tarbiyachi');
    expect(c.code).toBe(1);
  });

  it('the per-child report names children: exported only with --personal-data', () => {
    const args = ['report', 'child-progress', '--from', '2026-10-01', '--to', '2026-10-31', '--format', 'json', '--db', db];
    const refused = komak(args);
    expect(refused.code).not.toBe(0);
    expect(refused.stdout).toBe('');
    const json = JSON.parse(komak([...args, '--personal-data']).stdout);
    expect(json).toMatchObject({ kind: 'child_progress', containsPersonalData: true, data: { summary: { children: 0 } } });
  });

  it('prints JSON and writes CSV, XLSX and PDF', () => {
    const json = JSON.parse(
      komak(['report', 'activity', '--from', '2026-10-01', '--to', '2026-10-31', '--format', 'json', '--db', db]).stdout,
    );
    expect(json).toMatchObject({
      schema: 'komak-report',
      schemaVersion: 1,
      kind: 'activity',
      period: { from: '2026-10-01', to: '2026-10-31', days: 31 },
    });
    for (const format of ['csv', 'xlsx', 'pdf']) {
      const r = komak([
        'report',
        'activity',
        '--from',
        '2026-10-01',
        '--to',
        '2026-10-31',
        '--format',
        format,
        '--out',
        `oct.${format}`,
        '--lang',
        'ru',
        '--db',
        db,
      ]);
      expect(r.code, r.stderr).toBe(0);
      expect(existsSync(join(dir, `oct.${format}`))).toBe(true);
    }
  });

  it('makes the package of a closed period only, with the signing password', () => {
    const notClosed = komak(
      ['report', 'activity', '--from', '2026-10-01', '--to', '2026-10-31', '--format', 'package', '--signing-password-stdin', '--db', db],
      SIGNING_PASSWORD,
    );
    expect(notClosed.code).toBe(1);
    expect(notClosed.stderr).toContain('--close');
    const noPassword = komak([
      'report',
      'activity',
      '--from',
      '2026-10-01',
      '--to',
      '2026-10-31',
      '--format',
      'package',
      '--close',
      '--db',
      db,
    ]);
    expect(noPassword.code).toBe(2);
    const made = komak(
      [
        'report',
        'activity',
        '--from',
        '2026-10-01',
        '--to',
        '2026-10-31',
        '--format',
        'package',
        '--close',
        '--signing-password-stdin',
        '--out',
        'oct.zip',
        '--db',
        db,
      ],
      `${SIGNING_PASSWORD}\n`,
    );
    expect(made.stderr).toBe('');
    expect(made.stdout).toContain('Wrote oct.zip.');
  });
});

describe('the agency side: komak verify', () => {
  it('VALID with the facility certificate: exit 0, one line per check', () => {
    const r = komak(['verify', 'oct.zip', '--cert', 'facility.pem']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('VALID: the package is unchanged');
    expect(r.stdout.match(/^OK {4}/gm)?.length).toBe(15);
    expect(r.stdout).not.toMatch(/^(FAIL|SKIP)/m);
    const json = JSON.parse(komak(['verify', 'oct.zip', '--json']).stdout);
    expect(json).toMatchObject({ verdict: 'valid', signerChecked: false });
  });

  it('TAMPERED: exit 10', async () => {
    const entries = await readZip(readFileSync(join(dir, 'oct.zip')));
    const changed = entries.map((e) =>
      e.name === 'report.csv' ? { ...e, bytes: Buffer.from(e.bytes.toString().replace('Rahbar,1', 'Rahbar,2')) } : e,
    );
    writeFileSync(join(dir, 'changed.zip'), await writeZip(changed));
    const r = komak(['verify', 'changed.zip', '--cert', 'facility.pem']);
    expect(r.code).toBe(10);
    expect(r.stdout).toMatch(/^FAIL {2}File: report\.csv — SHA-256 differs from the manifest$/m);
    expect(r.stdout).toContain('TAMPERED');
  });

  it('WRONG SIGNER: exit 11; MALFORMED: exit 12; a usage problem: exit 2', () => {
    expect(komak(['verify', 'oct.zip', '--cert', 'other.pem']).code).toBe(11);
    expect(komak(['verify', 'facility.pem']).code).toBe(12);
    expect(komak(['verify', 'missing.zip']).code).toBe(2);
    expect(komak(['verify', 'oct.zip', '--cert', 'oct.csv']).code).toBe(2);
    const help = komak(['verify', '--help']);
    for (const code of ['10  TAMPERED', '11  WRONG SIGNER', '12  MALFORMED']) expect(help.stdout).toContain(code);
  });
});

describe('komak certificate import', () => {
  it('imports a .p12 issued to the facility; a wrong password, a caregiver or no passwords change nothing', () => {
    const issued = createSelfSignedCertificate(
      { facilityName: 'Quyoshli bolalik', stir: '305123456', regionName: 'Toshkent shahri', districtName: 'Yashnobod tumani' },
      new Date('2026-11-01T00:00:00Z'),
    );
    writeFileSync(join(dir, 'issued.p12'), makeP12(issued, 'p12-parol'));
    const args = ['certificate', 'import', 'issued.p12', '--passwords-stdin', '--db', importDb];
    expect(komak(['certificate', 'import', 'issued.p12', '--db', importDb]).code).toBe(2);
    const wrong = komak(args, `wrong\n${SIGNING_PASSWORD}\n`);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/p12|pfx/);
    expect(komak(args, `p12-parol\n${SIGNING_PASSWORD}\n`, 'tarbiyachi').code).not.toBe(0);
    expect(komak(['certificate', 'export', '--db', importDb]).code).not.toBe(0); // still no key
    const ok = komak(args, `p12-parol\n${SIGNING_PASSWORD}\n`);
    expect(ok.code).toBe(0);
    const fingerprint = /SHA-256 fingerprint: (\S+)/.exec(ok.stdout)![1];
    expect(ok.stdout).toContain('Quyoshli bolalik');
    const exported = komak(['certificate', 'export', '--out', 'imported.pem', '--db', importDb]);
    expect(exported.stdout).toContain(`SHA-256 fingerprint: ${fingerprint}`);
    expect(readFileSync(join(dir, 'imported.pem'), 'utf8')).toContain('BEGIN CERTIFICATE');
  });
});
