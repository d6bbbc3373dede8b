// Day-care money: the provider's details, an authorisation (social contract with the Inson center)
// for each child from enrolment, renewed each year; extended-care agreements and monthly fee
// contracts for some families; each month's state claim issued, submitted and answered (from March
// 2025, when PP-41's rates came into force: earlier months have no state claim), and the parents'
// invoices issued and paid.
import { findDistrict } from '../reference/reference';
import { addDays, addYears } from './dates';
import type { Rng } from './prng';
import { at, bump, manager, staffOf, type DemoArea, type Resident, type World } from './world';

/** PP-41 rates (25 % / 27 % of the BCV) are in force from this month; no state claim before it. */
export const FIRST_CLAIM_MONTH = '2025-03';

interface BillingState {
  seq: number;
  /** Authorisations by client: the last one's end, to renew before it runs out. */
  validTo: Map<number, string>;
  agreements: Map<number, { extendedCare: number | null; fee: number | null }>;
  unpaid: Array<{ id: number; total: number; payOn: string }>;
  claimsToAnswer: Array<{ id: number; total: number; answerOn: string }>;
}
const states = new WeakMap<World, BillingState>();

const accountant = (w: World) => staffOf(w, 'accountant')[0] ?? manager(w);

async function authorise(w: World, r: Resident, from: string, today: string, issuedBy: string): Promise<void> {
  const st = states.get(w)!;
  const validTo = addDays(addYears(from, 1), -1);
  await w.driver.call(accountant(w), at(today, 15, 30), 'billing.createAuthorisation', {
    number: `IJ-${from.slice(0, 4)}-${String(++st.seq).padStart(5, '0')}`,
    program: 'day_care_child',
    clientId: r.clientId,
    issuedBy,
    validFrom: from,
    validTo,
  });
  st.validTo.set(r.clientId, validTo);
  bump(w, 'authorisations');
}

/** A new child's social contract (renewed yearly up to `today`), and the family's agreements. */
async function enrol(w: World, r: Resident, today: string, rng: Rng): Promise<void> {
  const st = states.get(w)!;
  const district = findDistrict(w.homeDistrict)?.uz ?? 'tuman';
  let from = r.admittedOn;
  do {
    await authorise(w, r, from, today, `«Inson» ijtimoiy xizmatlar markazi, ${district}`);
    from = addDays(st.validTo.get(r.clientId)!, 1);
  } while (from <= today);
  const longDay = r.plannedTo && r.plannedTo > '17:00';
  const agreements = { extendedCare: null as number | null, fee: null as number | null };
  if (longDay || rng.chance(0.12)) {
    const a = await w.driver.call(accountant(w), at(today, 15, 45), 'billing.createExtendedCare', {
      clientId: r.clientId,
      number: `UK-${r.admittedOn.slice(0, 4)}-${r.clientId}`,
      validFrom: r.admittedOn,
      hourlyRate: rng.pick([12_000, 15_000, 18_000]),
    });
    agreements.extendedCare = a.id;
    w.extendedCare.add(r.clientId);
    bump(w, 'extended_care_agreements');
  }
  if (rng.chance(0.3)) {
    const f = await w.driver.call(accountant(w), at(today, 15, 50), 'billing.createFeeContract', {
      clientId: r.clientId,
      number: `TO-${r.admittedOn.slice(0, 4)}-${r.clientId}`,
      payerName: r.carers[0] ?? null,
      validFrom: r.admittedOn,
      monthlyFee: rng.pick([250_000, 300_000, 400_000]),
    });
    agreements.fee = f.id;
    bump(w, 'fee_contracts');
  }
  st.agreements.set(r.clientId, agreements);
}

export const billingArea: DemoArea = {
  name: 'billing',
  kinds: ['day_care'],
  async begin(w) {
    states.set(w, { seq: 0, validTo: new Map(), agreements: new Map(), unpaid: [], claimsToAnswer: [] });
    const rng = w.rng('billing');
    const director = manager(w).fullName;
    await w.driver.call(manager(w), at(w.start, 9, 15), 'billing.updateProvider', {
      legalName: '«Quyoshli bolalik» nodavlat taʼlim muassasasi MChJ',
      stir: `3${rng.digits(8)}`,
      bankName: '«Xalq banki» ATB filiali',
      mfo: `0${rng.digits(4)}`,
      account: `20208000${rng.digits(12)}`,
      address: 'Markaziy koʻcha, 12-uy',
      director,
      accountant: accountant(w).fullName,
    });
    // Children enrolled before the records start here get their contracts and agreements now.
    for (const r of w.residents.values()) await enrol(w, r, w.start, rng);
  },

  async day(w, date) {
    const st = states.get(w)!;
    const rng = w.rng(`billing/${date}`);
    for (const r of w.today.admitted) await enrol(w, r, date, rng);
    // Renewals a week before the social contract runs out.
    for (const r of w.residents.values()) {
      const to = st.validTo.get(r.clientId);
      if (to && addDays(to, -7) === date && r.leavesOn > to)
        await authorise(w, r, addDays(to, 1), date, '«Inson» ijtimoiy xizmatlar markazi');
    }
    for (const d of w.today.discharged) {
      const a = st.agreements.get(d.clientId);
      if (a?.extendedCare)
        await w.driver.call(accountant(w), at(date, 16), 'billing.endAgreement', {
          kind: 'extended_care',
          id: a.extendedCare,
          validTo: date,
        });
      if (a?.fee)
        await w.driver.call(accountant(w), at(date, 16, 5), 'billing.endAgreement', { kind: 'fee_contract', id: a.fee, validTo: date });
      w.extendedCare.delete(d.clientId);
      st.agreements.delete(d.clientId);
    }
    for (const p of [...st.unpaid]) {
      if (p.payOn > date) continue;
      await w.driver.call(accountant(w), at(date, 11, rng.int(0, 59)), 'billing.recordPayment', {
        invoiceId: p.id,
        paidOn: date,
        amount: p.total,
        method: rng.weighted([
          ['cash', 50],
          ['bank', 30],
          ['card', 20],
        ] as const),
      });
      st.unpaid.splice(st.unpaid.indexOf(p), 1);
      bump(w, 'payments');
    }
    for (const c of [...st.claimsToAnswer]) {
      if (c.answerOn > date) continue;
      await w.driver.call(accountant(w), at(date, 14), 'billing.recordClaimAnswer', {
        id: c.id,
        answeredOn: date,
        paidAmount: c.total,
        rejectedLines: [],
      });
      st.claimsToAnswer.splice(st.claimsToAnswer.indexOf(c), 1);
    }
  },

  async monthEnd(w, month, on) {
    const st = states.get(w)!;
    const rng = w.rng(`billing/${month}`);
    if (month >= FIRST_CLAIM_MONTH) {
      const claim = await w.driver.call(accountant(w), at(on, 10), 'billing.issueClaim', { month });
      await w.driver.call(accountant(w), at(on, 16), 'billing.submitClaim', { id: claim.id!, submittedOn: on });
      st.claimsToAnswer.push({ id: claim.id!, total: claim.total, answerOn: addDays(on, rng.int(10, 25)) });
      bump(w, 'claims');
    }
    const drafts = await w.driver.call(accountant(w), at(on, 10, 50), 'billing.prepareInvoices', { month });
    if (!drafts.some((d) => d.id === null)) return;
    const invoices = await w.driver.call(accountant(w), at(on, 11), 'billing.issueInvoices', { month });
    for (const inv of invoices) {
      bump(w, 'invoices');
      // Most families pay within two weeks; a few are late or leave a balance for later.
      if (inv.id && inv.total > 0 && rng.chance(0.93)) st.unpaid.push({ id: inv.id, total: inv.total, payOn: addDays(on, rng.int(1, 20)) });
    }
  },
};
