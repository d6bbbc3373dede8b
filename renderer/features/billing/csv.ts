// Reads a small CSV file in the window (vouchers, the state's confirmed days) into rows keyed by
// column name, as the command line does: UTF-8 with or without BOM, `,` or `;` (Excel in Uzbek
// and Russian locales saves with `;`), quoted fields with doubled quotes.

export type CsvRead = { rows: Record<string, string>[]; lines: number[] } | { missing: string[] };

function split(text: string, delimiter: string): { cells: string[]; line: number }[] {
  const out: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        cell += ch;
        if (ch === '\n') line++;
      }
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.some((c) => c.trim())) out.push({ cells, line: start });
      cells = [];
      cell = '';
      start = ++line;
    } else cell += ch;
  }
  cells.push(cell);
  if (cells.some((c) => c.trim())) out.push({ cells, line: start });
  return out;
}

export function readCsv(raw: string, required: readonly string[]): CsvRead {
  const text = raw.replace(/^\uFEFF/, '');
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = first.includes(';') && !first.includes(',') ? ';' : ',';
  const [header, ...body] = split(text, delimiter);
  const names = (header?.cells ?? []).map((c) => c.trim().toLowerCase());
  const missing = required.filter((c) => !names.includes(c));
  if (missing.length) return { missing };
  return {
    rows: body.map((r) => Object.fromEntries(names.map((n, i) => [n, (r.cells[i] ?? '').trim()]))),
    lines: body.map((r) => r.line),
  };
}
