import { callAs, print } from '../io';
import type { ImportKind } from './import';

export const appealsImport: ImportKind = {
  summary: 'Appeals register: appeal_date,channel,applicant,region,violence_type,place,relationship,age,code,notes',
  async run(backend, ctx, file, { dryRun }) {
    const r = await callAs(backend, ctx, 'appeals.import', { csv: file.text(), dryRun });
    if (r.errors.length) {
      for (const e of r.errors) process.stderr.write(`line ${e.line}${e.column ? `, ${e.column}` : ''}: ${e.reason}\n`);
      process.stderr.write(`${r.errors.length} problem(s) in ${r.rows} row(s); nothing was imported.\n`);
      return 3;
    }
    print(
      dryRun
        ? `${r.rows} appeal(s) checked; nothing was written (dry run).`
        : `Imported ${r.imported} appeal(s): ${r.firstCode} … ${r.lastCode}.`,
    );
    return 0;
  },
};
