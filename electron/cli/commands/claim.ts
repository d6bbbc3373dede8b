import { callAs, CliError, dbFileFrom, parse, print, withUser, type CliCommand } from '../io';
import { formatNumber } from '../../contract/format';
import type { ClaimOut } from '../../contract/billing-claims.contract';

/** The JSON contract of `komak claim --format json`: exactly these keys, amounts in whole soʻm. */
export function claimJson(c: ClaimOut) {
  return {
    month: c.month,
    number: c.number,
    lines: c.lines.map((l) => ({ clientCode: l.clientCode, days: l.days, amount: l.amount })),
    total: c.total,
    exceptions: c.exceptions.map((e) => ({ clientCode: e.clientCode, date: e.date, reason: e.reason })),
  };
}

function claimText(c: ClaimOut): string {
  const head = `${c.number ?? 'DRAFT (nothing numbered or locked)'} — ${c.month}`;
  const lines = c.lines.map(
    (l) =>
      `  ${l.clientCode.padEnd(14)} ${String(l.days).padStart(4)} d  ${formatNumber(l.amount).padStart(14)}${l.kind === 'adjustment' ? `  adjusts ${l.refClaimNumber}` : ''}`,
  );
  const exceptions = c.exceptions.map((e) => `  ${e.clientCode.padEnd(14)} ${e.date}  ${e.reason}`);
  return [
    head,
    ...lines,
    `  ${'Total'.padEnd(14)} ${' '.repeat(7)} ${formatNumber(c.total).padStart(14)}`,
    exceptions.length ? 'Exceptions:' : '',
    ...exceptions,
  ]
    .filter(Boolean)
    .join('\n');
}

export const claimCommand: CliCommand = {
  name: 'claim',
  summary: 'Prepare (or with --issue, issue and lock) the state subsidy claim for a month.',
  usage: 'komak claim --month YYYY-MM [--issue] [--format json|text] --db FILE',
  async run(argv) {
    const { values } = parse(argv, { month: { type: 'string' }, issue: { type: 'boolean' }, format: { type: 'string' } });
    if (!values.month) throw new CliError('Give the month: --month YYYY-MM', 2);
    const format = values.format ?? 'text';
    if (format !== 'json' && format !== 'text') throw new CliError('--format is json or text', 2);
    const month = values.month;
    const claim = await withUser(dbFileFrom(values), (b, ctx) =>
      values.issue ? callAs(b, ctx, 'billing.issueClaim', { month }) : callAs(b, ctx, 'billing.prepareClaim', { month }),
    );
    print(format === 'json' ? JSON.stringify(claimJson(claim), null, 2) : claimText(claim));
  },
};
