import { callAs, print } from '../io';
import type { ImportKind } from './import';

/** `komak import attendance FILE.csv [--replace] [--dry-run]`: every bad row reported, all rows or none. */
export const attendanceImport: ImportKind = {
  summary: 'Day-care attendance: client_code,date,check_in,check_out,absence_reason (times or a reason); --replace to overwrite days',
  options: { replace: { type: 'boolean' } },
  async run(backend, ctx, file, { dryRun, values }) {
    const r = await callAs(backend, ctx, 'attendance.import', { csv: file.text(), dryRun, replace: values.replace === true });
    if (!r.valid) {
      for (const e of r.errors) process.stderr.write(`line ${e.line}${e.column ? `, ${e.column}` : ''}: ${e.reason}\n`);
      process.stderr.write(`${r.message}\n`);
      return 3;
    }
    print(r.message);
    return 0;
  },
};
