// `komak import appeals` and `komak report women-stats` through the built command line, as a centre would run them.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestFacility, PASSWORD } from '../fixtures/backend';
import { WOMEN_CENTER } from '../fixtures/appeals';
import { generateRegister, percentsOf } from '../fixtures/appeals-register';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'komak-cli-'));
let dbFile: string;

function komak(args: string[], user = 'manager') {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'komak.cjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, KOMAK_USER: user, KOMAK_PASSWORD: PASSWORD, KOMAK_CLI_NO_AUTORUN: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build.mjs', 'node'], { cwd: root, stdio: 'pipe' });
  const f = await TestFacility.create({ init: WOMEN_CENTER });
  await f.as('accountant', 'hisobchi');
  dbFile = join(dir, 'center.komak');
  await f.backend.close();
  for (const suffix of ['', '-wal', '-shm', '.keyring'])
    if (existsSync(f.dbFile + suffix)) copyFileSync(f.dbFile + suffix, dbFile + suffix);
  rmSync(f.dir, { recursive: true, force: true });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const from = '2026-01-01';
const to = '2026-08-31';
const register = generateRegister({ seed: 41, count: 3_000, firstDay: '2025-11-01', days: 380, from, to });

describe('komak import appeals / komak report women-stats', () => {
  it('refuses a bad file with every problem on its own line, writing nothing', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      'appeal_date,channel,applicant,region,violence_type,place,relationship,age,code,notes\n2026-01-01,hotline,woman,1726,physical,,,,,\n2026-01-02,fax,woman,17,physical,,,,,\n',
    );
    const r = komak(['import', 'appeals', bad, '--db', dbFile]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('line 3, channel: «fax» — notoʻgʻri kod. Mumkin: hotline, walk_in, referral.');
    expect(r.stderr).toContain('line 3, region: «17»');
    expect(r.stderr).toContain('2 problem(s) in 2 row(s); nothing was imported.');
    const report = JSON.parse(
      komak(['report', 'women-stats', '--from', '2026-01-01', '--to', '2026-12-31', '--format', 'json', '--db', dbFile]).stdout,
    );
    expect(report.total).toBe(0);
  });

  it('imports a register and prints the agency JSON with exactly the agreed keys and integer counts', () => {
    const file = join(dir, 'register.csv');
    writeFileSync(file, register.csv);
    const imported = komak(['import', 'appeals', file, '--db', dbFile]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^Imported 3000 appeal\(s\): /);

    const r = komak(['report', 'women-stats', '--from', from, '--to', to, '--format', 'json', '--db', dbFile]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json).sort()).toEqual([
      'byApplicant',
      'byPlace',
      'byRegion',
      'byRelationship',
      'byViolenceType',
      'percent',
      'total',
    ]);
    expect(Object.keys(json.percent).sort()).toEqual(['byApplicant', 'byPlace', 'byRegion', 'byRelationship', 'byViolenceType']);
    expect(Object.keys(json.byApplicant)).toEqual(['woman', 'girl', 'man']);
    expect(Object.keys(json.byViolenceType)).toEqual(['physical', 'sexual', 'psychological', 'economic', 'other']);
    expect(Object.keys(json.byPlace)).toEqual(['domestic', 'workplace', 'public', 'elsewhere']);
    expect(Object.keys(json.byRelationship)).toEqual([
      'spouses',
      'in_laws',
      'parent_child',
      'other_family',
      'employer_employee',
      'coworkers',
      'higher_organization',
      'neighbours',
      'district_territory',
      'office_territory',
      'abroad',
    ]);
    expect(Object.keys(json.byRegion)).toHaveLength(14);
    const e = register.expected;
    expect(json).toEqual({
      total: e.total,
      byApplicant: e.byApplicant,
      byViolenceType: e.byViolenceType,
      byRegion: e.byRegion,
      byPlace: e.byPlace,
      byRelationship: e.byRelationship,
      percent: percentsOf(e),
    });
    const counts = [
      json.total,
      ...['byApplicant', 'byViolenceType', 'byRegion', 'byPlace', 'byRelationship'].flatMap((k) => Object.values(json[k])),
    ];
    for (const n of counts) expect(Number.isInteger(n)).toBe(true);
  });

  it('writes the statistics PDF in the chosen language', () => {
    const out = join(dir, 'stats.pdf');
    const r = komak(['report', 'women-stats', '--from', from, '--to', to, '--format', 'pdf', '--lang', 'ru', '--out', out, '--db', dbFile]);
    expect(r.code).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Статистика обращений');
    expect(text).toContain(`Всего обращений`);
    expect(text.replace(/\s+/g, ' ')).toContain(`Период: 01.01.2026 – 31.08.2026`);
  });

  it('refuses an accountant and explains missing options', () => {
    const r = komak(['report', 'women-stats', '--from', from, '--to', to, '--format', 'json', '--db', dbFile], 'hisobchi');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(komak(['report', 'women-stats', '--format', 'json', '--db', dbFile]).code).toBe(2);
    expect(komak(['report', 'women-stats', '--from', from, '--to', to, '--format', 'pdf', '--db', dbFile]).stderr).toContain('--out FILE');
    expect(komak(['report', 'women-stats', '--from', from, '--to', to, '--format', 'xlsx', '--db', dbFile]).code).toBe(2);
    expect(komak(['import', 'clients-from-mars', 'x.csv', '--db', dbFile]).code).toBe(2);
  });
});
