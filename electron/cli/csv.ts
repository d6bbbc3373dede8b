import { parse as parseCsv } from 'csv-parse/sync';
import { CliError } from './io';

/**
 * Reads CSV text with a header row into objects keyed by column name. Refuses a file that lacks
 * a required column, naming what is missing. Accepts a UTF-8 BOM and `;` separators (Excel in
 * Uzbek/Russian locales saves with `;`).
 */
export function readCsvText(raw: string, required: readonly string[]): Record<string, string>[] {
  const text = raw.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let rows: Record<string, string>[];
  let header: string[];
  try {
    rows = parseCsv(text, {
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      delimiter,
    });
    header = ((parseCsv(firstLine, { delimiter }) as string[][])[0] ?? []).map((c) => c.trim().toLowerCase());
  } catch (e) {
    throw new CliError(`Not a readable CSV file: ${(e as Error).message}`, 3);
  }
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length) throw new CliError(`Missing column(s) ${missing.join(', ')} (expected ${required.join(',')})`, 3);
  return rows;
}
