import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { CliError } from './io';

/**
 * Reads a CSV file with a header row into objects keyed by column name. Refuses a file that
 * lacks a required column, naming what is missing. Accepts a UTF-8 BOM and `;` separators
 * (Excel in Uzbek/Russian locales saves with `;`).
 */
export function readCsv(file: string, required: readonly string[]): Record<string, string>[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new CliError(`Cannot read ${file}: ${(e as Error).message}`, 2);
  }
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let rows: Record<string, string>[];
  try {
    rows = parseCsv(text, {
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      delimiter,
    });
  } catch (e) {
    throw new CliError(`${file} is not a readable CSV file: ${(e as Error).message}`, 3);
  }
  const header = parseCsv(firstLine, { delimiter })[0]?.map((c: string) => c.trim().toLowerCase()) ?? [];
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length) throw new CliError(`${file}: missing column(s) ${missing.join(', ')} (expected ${required.join(',')})`, 3);
  return rows;
}
