// "Step Towards an Active Life": the days we recorded against the days the state's system confirmed.

export interface VoucherDay {
  voucherNo: string;
  date: string;
}

export interface Reconciliation {
  /** Recorded as days of use here, not confirmed by the state: not billable until confirmed. */
  notConfirmed: VoucherDay[];
  /** Confirmed by the state, with no day of use recorded here: check the attendance. */
  notRecorded: VoucherDay[];
  matched: number;
}

const key = (d: VoucherDay) => `${d.voucherNo}|${d.date}`;
const byVoucherAndDate = (a: VoucherDay, b: VoucherDay) => a.voucherNo.localeCompare(b.voucherNo) || a.date.localeCompare(b.date);

export function reconcile(recorded: readonly VoucherDay[], confirmed: readonly VoucherDay[]): Reconciliation {
  const conf = new Set(confirmed.map(key));
  const rec = new Set(recorded.map(key));
  const notConfirmed = uniq(recorded.filter((d) => !conf.has(key(d))));
  const notRecorded = uniq(confirmed.filter((d) => !rec.has(key(d))));
  return {
    notConfirmed: notConfirmed.sort(byVoucherAndDate),
    notRecorded: notRecorded.sort(byVoucherAndDate),
    matched: new Set([...rec].filter((k) => conf.has(k))).size,
  };
}

function uniq(days: VoucherDay[]): VoucherDay[] {
  const seen = new Set<string>();
  return days.filter((d) => (seen.has(key(d)) ? false : (seen.add(key(d)), true)));
}
