import { callAs, CliError, print, withUser } from '../io';
import { readCsv } from '../csv';
import type { ImportKind } from './import';

const COLUMNS = ['voucher_no', 'client_code', 'program', 'issued_by', 'valid_from', 'valid_to'] as const;

/** `komak import vouchers FILE.csv`: authorisations, all-or-nothing (the backend checks every row). */
export const importVouchers: ImportKind = {
  summary: `authorisations (vouchers): ${COLUMNS.join(',')}`,
  async run(file, dbFile) {
    const rows = readCsv(file, COLUMNS).map((r) => ({
      voucherNo: r.voucher_no ?? '',
      clientCode: r.client_code ?? '',
      program: r.program ?? '',
      issuedBy: r.issued_by ?? '',
      validFrom: r.valid_from ?? '',
      validTo: r.valid_to ?? '',
    }));
    const result = await withUser(dbFile, (backend, ctx) => callAs(backend, ctx, 'billing.importAuthorisations', { rows }));
    if (result.problems.length) {
      const lines = result.problems.map((p) => `  line ${p.line}, ${p.column}: ${p.message}`).join('\n');
      throw new CliError(`Nothing imported: ${result.problems.length} problem(s) in ${file}\n${lines}`, 3);
    }
    print(`${result.created} voucher(s) imported.`);
  },
};
