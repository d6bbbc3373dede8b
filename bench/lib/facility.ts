// The benchmark facilities: made once with `komak demo` (cached under bench/data, which git ignores),
// copied for each run so the run's writes (imports, packages, backups) never touch the cache.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { OpenTrainingOutput } from '../../electron/contract/demo.contract';
import { keyFromRecoveryIn } from '../../electron/features/keys/vault';
import { readKeyring } from '../../electron/features/keys/keyring';
import { openDatabase } from '../../db/open';

export type BenchKind = 'women_center' | 'day_care';
export type BenchScale = 'small' | 'large';

/** A day-care month ends on a Friday so the last month is whole and not yet claimed. */
export const END_DATES: Record<BenchKind, string> = { women_center: '2026-11-20', day_care: '2026-10-30' };
const SEED = 1;
/** The smoke run: five weeks of a small facility (enough for a claim, a closed report, a package). */
const SMALL_DAYS = 35;

export interface BenchFacility {
  kind: BenchKind;
  scale: BenchScale;
  /** The run's own copy. */
  dbFile: string;
  today: string;
  out: OpenTrainingOutput;
  password(role: string): { username: string; password: string };
  /** A read-only connection for the bare SQL. */
  raw: BetterSqlite3.Database;
  bytes: number;
  buildMs: number | null;
}

export function dataDir(root: string): string {
  const dir = join(root, 'bench', 'data');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Makes the cached facility if it is missing (minutes for `large`), then a fresh copy for this run. */
export async function benchFacility(root: string, kind: BenchKind, scale: BenchScale, log: (s: string) => void): Promise<BenchFacility> {
  const dir = dataDir(root);
  const base = join(dir, `${scale}-${kind}`);
  let buildMs: number | null = null;
  if (!existsSync(`${base}.komak`) || !existsSync(`${base}.json`) || statSync(`${base}.json`).size === 0) {
    for (const f of [`${base}.komak`, `${base}.komak.keyring`, `${base}.komak-wal`, `${base}.komak-shm`]) rmSync(f, { force: true });
    log(`making the ${scale} ${kind} facility (cached in ${base}.komak)…`);
    const t0 = Date.now();
    const args = ['bin/komak.cjs', 'demo', '--kind', kind, '--scale', scale, '--seed', String(SEED), '--end', END_DATES[kind]];
    if (scale === 'small') args.push('--days', String(SMALL_DAYS));
    const json = execFileSync(process.execPath, [...args, '--format', 'json', '--db', `${base}.komak`], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    requireOk(json.length > 0, 'komak demo printed nothing');
    writeFileSyncSafe(`${base}.json`, json);
    buildMs = Date.now() - t0;
  }
  await toCurrentSchema(base, log);
  const runDir = join(dir, 'run');
  mkdirSync(runDir, { recursive: true });
  const dbFile = join(runDir, `${scale}-${kind}.komak`);
  for (const suffix of ['', '-wal', '-shm', '.keyring']) rmSync(`${dbFile}${suffix}`, { force: true });
  rmSync(join(runDir, 'backups'), { recursive: true, force: true });
  copyFileSync(`${base}.komak`, dbFile);
  copyFileSync(`${base}.komak.keyring`, `${dbFile}.keyring`);
  const out = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as OpenTrainingOutput;
  const key = keyFromRecoveryIn(readKeyring(`${dbFile}.keyring`), out.recoveryKey ?? '');
  const raw = new BetterSqlite3(dbFile, { readonly: true });
  if (key) raw.pragma(`key = "x'${key.toString('hex')}'"`);
  return {
    kind,
    scale,
    dbFile,
    today: END_DATES[kind],
    out,
    password(role) {
      const s = out.staff.find((x) => x.role === role);
      if (!s) throw new Error(`no ${role} in the ${kind} facility`);
      return { username: s.username, password: s.password };
    },
    raw,
    bytes: statSync(dbFile).size,
    buildMs,
  };
}

/**
 * A cached facility made by an older version is brought to the current schema once, in place, so
 * that each run's copy opens as the app opens it on a normal day (no migration, no pre-migration
 * backup of a 1.4 GB file inside the measured start-up).
 */
async function toCurrentSchema(base: string, log: (s: string) => void): Promise<void> {
  const out = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as OpenTrainingOutput;
  const key = keyFromRecoveryIn(readKeyring(`${base}.komak.keyring`), out.recoveryKey ?? '');
  const opened = await openDatabase(`${base}.komak`, {
    key: key?.toString('hex'),
    checkBeforeUseMaxBytes: 0,
    beforeMigrate: (_raw, pending) => log(`${base}: bringing to the current schema (${pending.join(', ')})`),
  });
  await opened.close();
}

function requireOk(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

function writeFileSyncSafe(file: string, data: Buffer): void {
  // Written only after `komak demo` succeeded: a half-made cache is never reused.
  requireOk(data.toString('utf8').trim().startsWith('{'), 'komak demo did not print JSON');
  writeFileSync(file, data);
}
