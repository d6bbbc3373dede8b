import type { Kysely } from 'kysely';
import { stringify } from 'csv-stringify/sync';
import type ExcelJS from 'exceljs';
import { lazyModule } from '../../lazy-module';
import type { Database } from '../../../db/schema';
import { listClients } from '../../../db/repositories/clients';
import { poorFamilyPeriodsBetween } from '../../../db/repositories/clients';
import { IMPORT_COLUMNS, IMPORT_EXTRA_COLUMNS, EXPORT_ONLY_COLUMNS } from '../../contract/clients.codes';
import { canSeeName, nameRule, type Viewer } from './privacy';

type Column = (typeof IMPORT_COLUMNS)[number] | (typeof IMPORT_EXTRA_COLUMNS)[number] | (typeof EXPORT_ONLY_COLUMNS)[number];

/**
 * The register in the import's columns (so it can be read back), with the viewer's rules applied:
 * where the name is hidden, the name and PINFL columns are empty. The file name carries no name.
 */
export async function exportClients(db: Kysely<Database>, v: Viewer, format: 'csv' | 'xlsx', statuses: string[] | null, today: string) {
  const { rows } = await listClients(db, {
    statuses,
    scope: v.scope ? { userId: v.userId, ...v.scope } : null,
    identityFor: nameRule(v) === 'all' ? 'all' : { assignedTo: v.userId },
    tokens: [],
    sort: 'code',
    dir: 'asc',
    offset: 0,
    limit: 1_000_000,
  });
  const periods =
    v.kind === 'day_care'
      ? await poorFamilyPeriodsBetween(
          db,
          rows.map((r) => r.id),
          '0000-01-01',
          '9999-12-31',
        )
      : [];
  const lastPeriod = new Map(periods.map((p) => [p.client_id, p]));
  // The poor-family register is a day-care matter: other kinds' files do not carry its columns.
  const columns: Column[] = [...IMPORT_COLUMNS, ...(v.kind === 'day_care' ? IMPORT_EXTRA_COLUMNS : []), ...EXPORT_ONLY_COLUMNS];
  const table = rows.map((r) => {
    const shown = canSeeName(v, r);
    const p = lastPeriod.get(r.id);
    const values: Record<Column, string> = {
      client_code: r.code,
      last_name: shown ? r.last_name : '',
      first_name: shown ? r.first_name : '',
      middle_name: shown ? (r.middle_name ?? '') : '',
      birth_date: r.birth_date ?? '',
      sex: r.sex,
      pinfl: shown ? (r.pinfl ?? '') : '',
      admitted_on: r.admitted_on ?? '',
      room: r.room_name ?? '',
      bed: r.bed_label ?? '',
      group: r.group_name ?? '',
      status: r.status,
      discharged_on: r.status === 'discharged' ? (r.discharged_on ?? '') : '',
      poor_family_from: p?.from_date ?? '',
      poor_family_to: p?.to_date ?? '',
    };
    return columns.map((c) => values[c]);
  });
  const base = `komak-clients-${today}`;
  if (format === 'csv') {
    const text = stringify([columns, ...table]);
    return {
      fileName: `${base}.csv`,
      mime: 'text/csv',
      contentBase64: Buffer.from(`\ufeff${text}`, 'utf8').toString('base64'),
      rows: table.length,
    };
  }
  // Loaded when a spreadsheet is made or read, not at start (~0.2 s, ~20 MB).
  const { Workbook } = lazyModule<typeof ExcelJS>('exceljs');
  const wb = new Workbook();
  const ws = wb.addWorksheet('clients');
  ws.addRow(columns);
  ws.getRow(1).font = { bold: true };
  for (const row of table) ws.addRow(row);
  // PINFL and codes are text: Excel must not turn them into numbers.
  ws.columns.forEach((col) => {
    col.numFmt = '@';
    col.width = 16;
  });
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return {
    fileName: `${base}.xlsx`,
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    contentBase64: buf.toString('base64'),
    rows: table.length,
  };
}
