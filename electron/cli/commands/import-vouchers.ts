import { callAs, print } from '../io';
import { readCsvText } from '../csv';
import type { ImportKind } from './import';

const COLUMNS = ['voucher_no', 'client_code', 'program', 'issued_by', 'valid_from', 'valid_to'] as const;

/** `komak import vouchers FILE.csv`: authorisations, all or none (the backend checks every row). */
export const vouchersImport: ImportKind = {
  summary: `Authorisations (vouchers): ${COLUMNS.join(',')}`,
  async run(backend, ctx, file, { dryRun }) {
    const rows = readCsvText(file.text(), COLUMNS).map((r) => ({
      voucherNo: r.voucher_no ?? '',
      clientCode: r.client_code ?? '',
      program: r.program ?? '',
      issuedBy: r.issued_by ?? '',
      validFrom: r.valid_from ?? '',
      validTo: r.valid_to ?? '',
    }));
    const result = await callAs(backend, ctx, 'billing.importAuthorisations', { rows, dryRun });
    if (result.problems.length) {
      for (const p of result.problems) process.stderr.write(`line ${p.line}, ${p.column}: ${p.message}\n`);
      process.stderr.write(`${result.problems.length} problem(s) in ${rows.length} row(s); nothing was imported.\n`);
      return 3;
    }
    print(dryRun ? `${rows.length} voucher(s) checked; nothing was written (dry run).` : `${result.created} voucher(s) imported.`);
    return 0;
  },
};
