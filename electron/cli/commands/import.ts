import { CliError, dbFileFrom, parse, type CliCommand } from '../io';
import { importVouchers } from './import-vouchers';

/** One kind of file `komak import <kind> FILE` reads. Each kind lives in its own file. */
export interface ImportKind {
  summary: string;
  run(file: string, dbFile: string, argv: string[]): Promise<number | void>;
}

// One line per kind, so areas merge cleanly.
const kinds: Record<string, ImportKind> = {
  vouchers: importVouchers,
};

export const importCommand: CliCommand = {
  name: 'import',
  summary: `Import a file into the facility (${Object.keys(kinds).join(', ')}).`,
  get usage() {
    return ['komak import <kind> FILE --db FILE', '', ...Object.entries(kinds).map(([k, v]) => `  ${k.padEnd(12)} ${v.summary}`)].join(
      '\n',
    );
  },
  async run(argv) {
    const [kind, file, ...rest] = argv;
    const importer = kind ? kinds[kind] : undefined;
    if (!importer) throw new CliError(`Say what to import: komak import ${Object.keys(kinds).join('|')} FILE --db FILE`, 2);
    if (!file || file.startsWith('--')) throw new CliError(`Give the file: komak import ${kind} FILE --db FILE`, 2);
    // Each kind may take options of its own; --db is common to all.
    const dbIndex = rest.indexOf('--db');
    const dbArgs = dbIndex >= 0 ? rest.slice(dbIndex, dbIndex + 2) : [];
    const { values } = parse(dbArgs, {});
    return importer.run(
      file,
      dbFileFrom(values),
      rest.filter((_, i) => i < dbIndex || i > dbIndex + 1 || dbIndex < 0),
    );
  },
};
