import { existsSync } from 'node:fs';
import { CliError, parse, dbFileFrom, openBackend, unwrap, print, type CliCommand } from '../io';
import { FACILITY_KINDS } from '../../contract/setup.contract';
import { TRAINING_SCALES, type OpenTrainingOutput } from '../../contract/demo.contract';
import { tashkentToday } from '../../contract/format';
import { removeDatabaseFiles } from './init';

const ROLE_ORDER = ['manager', 'social_worker', 'caregiver', 'accountant', 'inspector'];

/** The accounts and keys, printed once: nothing else will ever show the passwords. */
function printTraining(out: OpenTrainingOutput, dbFile: string): void {
  const width = Math.max(...out.staff.map((s) => s.username.length), 8);
  const staff = [...out.staff].sort(
    (a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.username.localeCompare(b.username),
  );
  print(
    [
      `TRAINING facility created in ${dbFile} — OʻQUV REJIMI, haqiqiy maʼlumot emas / not real data.`,
      `${out.facility.name}, records from ${out.from} to ${out.to}.`,
      '',
      'Staff accounts (shown only this once; write them down):',
      ...staff.map((s) => `  ${s.role.padEnd(14)} ${s.username.padEnd(width)}  ${s.password}   ${s.fullName}`),
      '',
      out.recoveryKey ? `Recovery key: ${out.recoveryKey}` : 'The database is not encrypted.',
      out.signingPassword ? `Signing password of the report key (manager): ${out.signingPassword}` : '',
      '',
      `Made: ${Object.entries(out.counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
      out.contentHash ? `Content hash: ${out.contentHash}` : '',
    ]
      .filter((l, i, all) => l !== '' || all[i - 1] !== '')
      .join('\n'),
  );
}

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'Create a TRAINING facility with realistic invented records (staff passwords printed once).',
  usage: `komak demo --kind ${FACILITY_KINDS.join('|')} --db FILE [--scale small|large] [--years N | --days N] [--seed S]
           [--end YYYY-MM-DD] [--hash] [--format text|json] [--progress]
  small ≈ one year of a 9-place facility; large = 10 years, 60 places (the benchmark facility).
  The same kind, scale, years, seed and end date (default: today) make the same records.`,
  async run(argv) {
    const { values } = parse(argv, {
      kind: { type: 'string' },
      scale: { type: 'string' },
      years: { type: 'string' },
      days: { type: 'string' },
      seed: { type: 'string' },
      end: { type: 'string' },
      hash: { type: 'boolean' },
      format: { type: 'string' },
      progress: { type: 'boolean' },
      lang: { type: 'string' },
    });
    const dbFile = dbFileFrom(values);
    if (existsSync(dbFile)) throw new CliError(`${dbFile} already exists: a training facility is made in a new file.`, 2);
    const scale = values.scale ?? 'small';
    if (!(TRAINING_SCALES as readonly string[]).includes(scale)) throw new CliError('--scale must be small or large.', 2);
    const backend = await openBackend(dbFile, {
      autoBackup: false,
      progress: values.progress ? (line) => process.stderr.write(`${line}\n`) : undefined,
    });
    let out: OpenTrainingOutput;
    try {
      const result = await backend.call({ lang: 'en' }, 'setup.openTraining', {
        kind: values.kind as never,
        scale: scale as 'small' | 'large',
        years: values.years === undefined ? undefined : Number(values.years),
        days: values.days === undefined ? undefined : Number(values.days),
        seed: values.seed === undefined ? 1 : Number(values.seed),
        endDate: values.end ?? tashkentToday(),
        lang: (values.lang as 'uz' | 'ru' | 'en' | undefined) ?? 'uz',
        withHash: !!values.hash,
      });
      if (!result.ok) {
        await backend.close();
        removeDatabaseFiles(dbFile);
      }
      out = unwrap(result) as OpenTrainingOutput;
    } finally {
      await backend.close().catch(() => undefined);
    }
    if (values.format === 'json') print(JSON.stringify(out, null, 2));
    else printTraining(out, dbFile);
  },
};
