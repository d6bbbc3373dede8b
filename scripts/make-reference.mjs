// Regenerates resources/reference/*.json from the curated SOATO tables (see resources/reference/SOURCES.md).
// Usage: node scripts/make-reference.mjs <folder with regions.csv and districts.csv>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

const from = process.argv[2];
if (!from) throw new Error('usage: node scripts/make-reference.mjs <folder>');
const read = (f) => parse(readFileSync(join(from, f), 'utf8'), { columns: true, skip_empty_lines: true });
const names = (r) => ({ uz: r.name_uz_latn, uzCyrl: r.name_uz_cyrl, ru: r.name_ru, en: r.name_en });
// The official order of the agency's tables: the Republic of Karakalpakstan first, then the regions by code.
const regions = read('regions.csv')
  .map((r) => ({ soato: r.soato, ...names(r) }))
  .sort((a, b) => (a.soato === '1735' ? -1 : b.soato === '1735' ? 1 : a.soato.localeCompare(b.soato)));
const districts = read('districts.csv').map((r) => ({
  soato: r.soato,
  region: r.region_soato,
  kind: r.kind,
  ...names(r),
  // A regional centre (x401 and the districts inside it), the city of Tashkent, or Nukus: PP-41's 1.1 coefficient.
  regionalCentre: r.soato.startsWith('1726') || r.soato.slice(4, 7) === '401',
}));
const out = 'resources/reference';
writeFileSync(join(out, 'regions.json'), JSON.stringify(regions, null, 1) + '\n');
writeFileSync(join(out, 'districts.json'), JSON.stringify(districts, null, 1) + '\n');
console.log(`${regions.length} regions, ${districts.length} districts`);
