// npm run bench [-- --scale small|large] [--check] [--no-build] [--out FILE]
// Builds (or reuses, cached in bench/data) the benchmark facilities, then measures every figure of
// issue 10 through `komak serve` and through the backend directly, with the bare SQL of the same
// rows, and writes a table to the terminal and bench/results.json. --check exits 1 when a budget
// is missed. Nothing is estimated: an item whose area is not in the app is listed as not measured.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isMethodName } from '../electron/contract/index';
import { benchFacility, type BenchFacility, type BenchScale } from './lib/facility';
import { womenCenterItems, dayCareItems, type ApiItem } from './lib/items';
import { openDirect, measureBare, measureDirect, type Measured } from './lib/direct';
import { startServe, measureHttp } from './lib/http';
import { initialJs, firstRender } from './lib/renderer';
import { evaluate, printTable, type Row } from './lib/report';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const scale: BenchScale = args.includes('--scale') && args[args.indexOf('--scale') + 1] === 'small' ? 'small' : 'large';
const check = args.includes('--check');
const outFile = args.includes('--out') ? resolve(args[args.indexOf('--out') + 1]!) : join(root, 'bench', 'results.json');
const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);

async function measureFacility(f: BenchFacility, items: ApiItem[], rows: Row[], extra: Record<string, unknown>) {
  const results = new Map<string, Measured>();
  const present = items.filter((i) => isMethodName(i.method));
  for (const i of items.filter((x) => !isMethodName(x.method))) rows.push({ item: i, m: null, note: 'not measured (area missing)' });
  log(`${f.kind}: backend directly and bare SQL…`);
  const direct = await openDirect(f);
  try {
    // The first start of a day, as a facility PC makes it: the integrity check in a worker thread and
    // the day's automatic backup. Both are timed here, before the items, so that the items (and
    // komak serve, a later start the same day) are measured at work and not under that start-up work.
    const c0 = performance.now();
    await direct.backend.maintenance.runDailyBackup();
    extra[`dailyBackupMs.${f.kind}`] = Math.round(performance.now() - c0);
    await direct.backend.maintenance.integrityChecked();
    extra[`backgroundCheckMs.${f.kind}`] = Math.round(performance.now() - c0);
    for (const item of present) {
      const m: Measured = { direct: null, http: null, bare: null };
      try {
        m.bare = (await measureBare(f, item)) ?? null;
        m.direct = await measureDirect(direct, item);
      } catch (e) {
        m.error = (e as Error).message;
      }
      results.set(item.id, m);
      log(`  ${item.id}: direct ${m.direct?.median ?? '—'} ms, bare ${m.bare?.median ?? '—'} ms${m.error ? ` (${m.error})` : ''}`);
    }
  } finally {
    await direct.backend.close();
  }
  log(
    `${f.kind}: integrity check in the background ${extra[`backgroundCheckMs.${f.kind}`]} ms, daily backup ${extra[`dailyBackupMs.${f.kind}`]} ms; komak serve…`,
  );
  const serve = await startServe(root, f);
  try {
    extra[`coldStart.${f.kind}`] = serve.coldStart;
    extra[`startupWorkMs.${f.kind}`] = await serve.settled();
    log(
      `${f.kind}: serve answered after ${serve.coldStart.firstWork} ms, its start-up work (integrity check) done after ${extra[`startupWorkMs.${f.kind}`]} ms`,
    );
    for (const item of present) {
      const m = results.get(item.id)!;
      if (m.error) continue;
      try {
        m.http = await measureHttp(serve, item);
      } catch (e) {
        m.error = (e as Error).message;
      }
      // Which work raises the serve process's peak memory: its high-water mark after each item.
      m.peakRssAfterMb = serve.peakRssMb();
      log(`  ${item.id}: http ${m.http?.median ?? '—'} ms, serve peak ${m.peakRssAfterMb ?? '—'} MB`);
    }
    if (f.kind === 'women_center') {
      log('renderer: first render in Chromium…');
      extra.firstRender = await firstRender(serve.url, scale === 'large' ? 7 : 2);
    }
    extra[`peakRssMb.${f.kind}`] = serve.peakRssMb();
  } finally {
    await serve.stop();
  }
  for (const item of present) rows.push({ item, m: results.get(item.id)! });
}

async function main() {
  const load0 = loadavg();
  if (!args.includes('--no-build')) {
    log('building (node scripts/build.mjs)…');
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const started = Date.now();
  const women = await benchFacility(root, 'women_center', scale, log);
  const day = await benchFacility(root, 'day_care', scale, log);
  const rows: Row[] = [];
  const extra: Record<string, unknown> = {};
  const backupDir = join(root, 'bench', 'data', 'run', 'backups');
  mkdirSync(backupDir, { recursive: true });
  await measureFacility(women, womenCenterItems(women, scale === 'large', backupDir), rows, extra);
  await measureFacility(day, dayCareItems(day, scale === 'large'), rows, extra);
  const js = initialJs(root);
  const facilities = Object.fromEntries(
    [women, day].map((f) => [
      f.kind,
      {
        scale: f.scale,
        today: f.today,
        from: f.out.from,
        megabytes: Math.round(f.bytes / 1048576),
        counts: f.out.counts,
        builtInMs: f.buildMs,
      },
    ]),
  );
  const summary = evaluate(rows, extra, js, scale === 'large');
  const results = {
    scale,
    startedAt: new Date(started).toISOString(),
    seconds: Math.round((Date.now() - started) / 1000),
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? '',
      memoryGb: Math.round(totalmem() / 1073741824),
      loadBefore: load0,
      loadAfter: loadavg(),
      node: process.version,
    },
    facilities,
    initialJs: js,
    ...extra,
    items: summary.items,
    other: summary.other,
    budgetsMissed: summary.missed,
  };
  writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  printTable(summary, results.machine, scale);
  for (const f of [women, day]) f.raw.close();
  if (check && summary.missed.length) {
    log(`budgets missed: ${summary.missed.join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
