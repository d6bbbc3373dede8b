import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestFacility, PASSWORD } from '../fixtures/backend';
import { seedOctober, ensureForeignTables, addChild } from '../fixtures/billing-standins';
import { tashkentToday } from '../../electron/contract/format';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'komak.cjs');
const built = existsSync(join(import.meta.dirname, '..', '..', 'out', 'cli', 'komak.cjs'));

let f: TestFacility;
afterEach(async () => f?.close());

const komak = (args: string[]) =>
  spawnSync(process.execPath, [bin, ...args, '--db', f.dbFile], {
    encoding: 'utf8',
    env: { ...process.env, KOMAK_USER: 'manager', KOMAK_PASSWORD: PASSWORD, KOMAK_DB: '' },
  });

describe.skipIf(!built)('billing on the command line (needs node scripts/build.mjs node)', () => {
  it('prints the claim as the JSON contract: a draft locks and numbers nothing, --issue numbers and locks', async () => {
    f = await TestFacility.create();
    await seedOctober(f, await f.signIn());
    const draft = komak(['claim', '--month', '2026-10', '--format', 'json']);
    expect(draft.stderr).toBe('');
    expect(draft.status).toBe(0);
    const json = JSON.parse(draft.stdout);
    expect(json).toEqual({
      month: '2026-10',
      number: null,
      lines: [
        { clientCode: 'D-2026-0001', days: 12, amount: 1_359_600 },
        { clientCode: 'D-2026-0002', days: 11, amount: 1_497_373 },
        { clientCode: 'D-2026-0003', days: 5, amount: 566_500 },
      ],
      total: 3_423_473,
      exceptions: [
        { clientCode: 'D-2026-0002', date: '2026-10-19', reason: 'incomplete' },
        { clientCode: 'D-2026-0002', date: '2026-10-21', reason: 'hours_beyond_9_no_agreement' },
        { clientCode: 'D-2026-0003', date: '2026-10-12', reason: 'outside_authorisation' },
        { clientCode: 'D-2026-0003', date: '2026-10-13', reason: 'outside_authorisation' },
      ],
    });
    expect(Object.keys(json)).toEqual(['month', 'number', 'lines', 'total', 'exceptions']);
    expect(await f.backend.db.selectFrom('billing_locks').selectAll().execute()).toEqual([]);
    expect(await f.backend.db.selectFrom('billing_claims').selectAll().execute()).toEqual([]);

    const issued = komak(['claim', '--month', '2026-10', '--issue', '--format', 'json']);
    expect(issued.status).toBe(0);
    // The command line runs on the real clock: the number carries the year of issue.
    const number = `SC-${tashkentToday().slice(0, 4)}-0001`;
    expect(JSON.parse(issued.stdout)).toEqual({ ...json, number });
    expect((await f.backend.db.selectFrom('billing_locks').select('month').execute()).map((r) => r.month)).toEqual(['2026-10']);
    const again = komak(['claim', '--month', '2026-10', '--issue', '--format', 'json']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('allaqachon chiqarilgan');
    expect(komak(['claim', '--month', '2026-10']).stdout).toContain(number);
  }, 90_000);

  it('imports vouchers all-or-nothing', async () => {
    f = await TestFacility.create();
    await ensureForeignTables(f);
    await addChild(f, 'D-2026-0001', '2021-05-10');
    const csv = join(f.dir, 'vouchers.csv');
    writeFileSync(
      csv,
      '\uFEFFvoucher_no,client_code,program,issued_by,valid_from,valid_to\nV-1,D-2026-0001,day_care_child,Inson,2026-09-01,2027-08-31\nV-2,D-9,day_care_child,Inson,2026-09-01,2027-08-31\n',
    );
    const bad = komak(['import', 'vouchers', csv]);
    expect(bad.status).toBe(3);
    expect(bad.stderr).toContain('line 3, client_code');
    expect(await f.backend.db.selectFrom('billing_authorisations').selectAll().execute()).toEqual([]);
    writeFileSync(
      csv,
      'voucher_no;client_code;program;issued_by;valid_from;valid_to\nV-1;D-2026-0001;day_care_child;Inson;01.09.2026;31.08.2027\n',
    );
    const good = komak(['import', 'vouchers', csv]);
    expect(good.stderr).toBe('');
    expect(good.stdout).toBe('1 voucher(s) imported.\n');
    writeFileSync(csv, 'voucher_no,client_code\nV-9,D-2026-0001\n');
    expect(komak(['import', 'vouchers', csv]).stderr).toContain('Missing column(s) program, issued_by, valid_from, valid_to');
  }, 90_000);

  it('sets the BCV from a date and the regional-centre flag', async () => {
    f = await TestFacility.create();

    const bcv = komak(['bcv', 'set', '--from', '2027-01-01', '--amount', '450000']);
    expect(bcv.stdout).toBe('BCV 450\u00a0000\u00a0soʻm from 01.01.2027 added.\n');
    expect(komak(['bcv', 'set', '--from', '2027-01-01', '--amount', '450000']).status).toBe(1);
    expect(komak(['bcv', 'set', '--from', '2027-13-01', '--amount', 'x']).status).toBe(3);
    expect(komak(['bcv', 'list']).stdout.trim().split('\n').at(-1)).toBe('01.01.2027  450\u00a0000\u00a0soʻm');

    expect(komak(['facility', 'set', '--regional-centre', 'no']).stdout).toBe('Regional centre: no.\n');
    expect((await f.backend.db.selectFrom('facility').select('regional_centre').executeTakeFirstOrThrow()).regional_centre).toBe(0);
    expect(komak(['facility', 'set', '--regional-centre', 'maybe']).status).toBe(2);
  }, 90_000);
});
