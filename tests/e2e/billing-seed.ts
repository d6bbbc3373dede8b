// Puts a day care's October 2026 in place before the entrepreneur closes it in the browser: three
// children (clients API), their vouchers (`komak import vouchers`, as a facility moving from Excel
// would), and a month of attendance written straight into the attendance table (see
// tests/fixtures/billing-standins.ts for why).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { createBackend } from '../../electron/backend';
import { tashkentToday } from '../../electron/contract/format';
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

type Backend = Awaited<ReturnType<typeof createBackend>>;
type Ok = <M extends MethodName>(ctx: { token?: string }, method: M, input: Input<M>) => Promise<Output<M>>;

/** Runs some seeding as the manager, straight through the backend, on the test's facility file. */
async function asManager<T>(komak: KomakServer, seed: (ok: Ok, as: { token?: string }, backend: Backend) => Promise<T>): Promise<T> {
  const backend = await createBackend({ dbFile: komak.dbFile });
  try {
    const ok: Ok = async (ctx, method, input) => {
      const r = await backend.call(ctx, method, input);
      if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
      return r.data as never;
    };
    const { token } = await ok({}, 'auth.signIn', { username: MANAGER.username, password: MANAGER.password });
    return await seed(ok, { token }, backend);
  } finally {
    await backend.close();
  }
}

async function attend(db: Backend['db'], clientId: number, days: Record<string, string>): Promise<void> {
  for (const [date, v] of Object.entries(days)) {
    const [checkIn, checkOut] = v === 'absent' ? [null, null] : v.split('-').map((x) => x || null);
    await sql`INSERT OR REPLACE INTO attendance (client_id, date, check_in, check_out, absence_reason)
      VALUES (${clientId}, ${date}, ${checkIn ?? null}, ${checkOut ?? null}, ${v === 'absent' ? 'illness' : null})`.execute(db);
  }
}

export function seedBillingMonth(komak: KomakServer): Promise<{ a: string; b: string; c: string }> {
  return asManager(komak, async (ok, as, backend) => {
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
    await attend(db, a.id, { ...weekdays('2026-10', 1, 16), '2026-10-19': '08:00-18:45' });
    await attend(db, b.id, { ...weekdays('2026-10', 5, 16), '2026-10-19': '08:00-', '2026-10-20': 'absent', '2026-10-21': '08:00-18:00' });
    await attend(db, c.id, weekdays('2026-10', 5, 13));

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
    return { a: a.code, b: b.code, c: c.code };
  });
}

/** An adult under "Step Towards an Active Life" who came on five October weekdays; no voucher yet (the screens add it). */
export function seedActiveLifeAdult(komak: KomakServer): Promise<string> {
  return asManager(komak, async (ok, as, backend) => {
    const d = await ok(as, 'clients.create', { lastName: 'Yusupov', firstName: 'Bobur', birthDate: '1994-03-02', sex: 'M' });
    await attend(backend.db, d.id, weekdays('2026-10', 5, 9, '09:00-13:00'));
    return d.code;
  });
}

/** October claimed (SC-2026-0001); the agency paid all but the third child's line, rejected for a missing PMPK conclusion. */
export async function seedRejectedClaim(komak: KomakServer): Promise<{ a: string; b: string; c: string }> {
  const codes = await seedBillingMonth(komak);
  await asManager(komak, async (ok, as) => {
    const claim = await ok(as, 'billing.issueClaim', { month: '2026-10' });
    const rejected = claim.lines.find((l) => l.clientCode === codes.c)!;
    await ok(as, 'billing.recordClaimAnswer', {
      id: claim.id!,
      answeredOn: tashkentToday(),
      paidAmount: claim.total - rejected.amount,
      rejectedLines: [{ lineId: rejected.id!, reason: 'PMPK xulosasi ilova qilinmagan' }],
    });
  });
  return codes;
}

export const ACCOUNTANT = { username: 'hisobchi', password: 'Kuz-2026-hisob', fullName: 'Tursunova Nigora' };
