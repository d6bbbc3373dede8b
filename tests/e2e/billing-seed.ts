// Puts a day care's October 2026 in place before the entrepreneur closes it in the browser: three
// children (clients API), their vouchers (`komak import vouchers`, as a facility moving from Excel
// would), and attendance. Until the attendance area (issue 6) is on main, attendance rows go into the
// stand-in table billing assumes (see tests/fixtures/billing-standins.ts); swap for its API at merge.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { createBackend } from '../../electron/backend';
import type { Input, MethodName, Output } from '../../electron/contract/index';
import { MANAGER, type KomakServer } from './fixtures';

const KOMAK = join(resolve(import.meta.dirname, '..', '..'), 'bin', 'komak.cjs');

const weekdays = (month: string, from: number, to: number, times = '08:00-17:00') => {
  const out: Record<string, string> = {};
  for (let d = from; d <= to; d++) {
    const date = `${month}-${String(d).padStart(2, '0')}`;
    const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (wd !== 0 && wd !== 6) out[date] = times;
  }
  return out;
};

export async function seedBillingMonth(komak: KomakServer): Promise<void> {
  const backend = await createBackend({ dbFile: komak.dbFile });
  try {
    const ok = async <M extends MethodName>(ctx: { token?: string }, method: M, input: Input<M>): Promise<Output<M>> => {
      const r = await backend.call(ctx, method, input);
      if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
      return r.data as Output<M>;
    };
    const { token } = await ok({}, 'auth.signIn', { username: MANAGER.username, password: MANAGER.password });
    const as = { token };
    const child = (lastName: string, firstName: string, birthDate: string) =>
      ok(as, 'clients.create', { lastName, firstName, birthDate, sex: 'M' });
    const a = await child('Karimov', 'Aziz', '2021-05-10');
    const b = await child('Rahimova', 'Madina', '2019-10-14');
    const c = await child('Oʻrinboyev', 'Sardor', '2020-01-01');
    await ok(as, 'clients.setPoorFamilyPeriods', { clientId: b.id, periods: [{ from: '2026-10-12', to: null }] });
    await ok(as, 'billing.updateProvider', {
      legalName: '“Quyoshli bolalik” MChJ',
      stir: '305123456',
      bankName: 'ATB “Kapitalbank” Yunusobod filiali',
      mfo: '01018',
      account: '20208000900123456001',
      address: 'Toshkent sh., Yunusobod tumani, Bogʻishamol koʻchasi, 12-uy',
      director: 'D. R. Karimova',
      accountant: 'N. Tursunova',
    });
    await ok(as, 'billing.createExtendedCare', { clientId: a.id, validFrom: '2026-09-01', hourlyRate: 15_000 });
    await ok(as, 'billing.createFeeContract', {
      clientId: a.id,
      payerName: 'Karimova Nodira',
      validFrom: '2026-09-01',
      monthlyFee: 400_000,
    });

    const db = backend.db;
    await sql`CREATE TABLE IF NOT EXISTS attendance (
      client_id INTEGER NOT NULL REFERENCES clients(id), date TEXT NOT NULL, check_in TEXT, check_out TEXT, absence_reason TEXT,
      PRIMARY KEY (client_id, date))`.execute(db);
    const attend = async (clientId: number, days: Record<string, string>) => {
      for (const [date, v] of Object.entries(days)) {
        const [checkIn, checkOut] = v === 'absent' ? [null, null] : v.split('-').map((x) => x || null);
        await sql`INSERT OR REPLACE INTO attendance (client_id, date, check_in, check_out, absence_reason)
          VALUES (${clientId}, ${date}, ${checkIn ?? null}, ${checkOut ?? null}, ${v === 'absent' ? 'illness' : null})`.execute(db);
      }
    };
    await attend(a.id, { ...weekdays('2026-10', 1, 16), '2026-10-19': '08:00-18:45' });
    await attend(b.id, { ...weekdays('2026-10', 5, 16), '2026-10-19': '08:00-', '2026-10-20': 'absent', '2026-10-21': '08:00-18:00' });
    await attend(c.id, weekdays('2026-10', 5, 13));

    const csv = join(komak.dir, 'vouchers.csv');
    writeFileSync(
      csv,
      [
        'voucher_no,client_code,program,issued_by,valid_from,valid_to',
        `V-001,${a.code},day_care_child,"Yunusobod tumani ""Inson"" markazi",2026-09-01,2027-08-31`,
        `V-002,${b.code},day_care_child,"Yunusobod tumani ""Inson"" markazi",2026-09-01,2027-08-31`,
        `V-003,${c.code},day_care_child,"Yunusobod tumani ""Inson"" markazi",2026-04-10,2026-10-09`,
      ].join('\n'),
    );
    execFileSync(process.execPath, [KOMAK, 'import', 'vouchers', csv, '--db', komak.dbFile], {
      env: { ...process.env, KOMAK_USER: MANAGER.username, KOMAK_PASSWORD: MANAGER.password },
      stdio: 'pipe',
    });
  } finally {
    await backend.close();
  }
}
