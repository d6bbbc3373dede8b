// `npm run bench` on the small scale: the whole benchmark runs end to end (facilities made with
// komak demo, backend directly, komak serve over HTTP, Chromium) and writes its results. No budget
// is checked here: the figures of record come from the large run documented in the README.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const built = existsSync(join(root, 'out', 'cli', 'komak.cjs')) && existsSync(join(root, 'out', 'renderer', 'index.html'));

describe.skipIf(!built)('benchmark smoke run (small scale; needs npm run build)', () => {
  it('measures every item through HTTP and directly, and writes results.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'komak-bench-'));
    const out = join(dir, 'results.json');
    try {
      execFileSync(
        process.execPath,
        [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'bench/index.ts', '--scale', 'small', '--no-build', '--out', out],
        {
          cwd: root,
          stdio: ['ignore', 'pipe', 'pipe'],
          timeout: 280_000,
        },
      );
      const r = JSON.parse(readFileSync(out, 'utf8')) as {
        scale: string;
        items: Array<{ id: string; direct: { median: number } | null; http: { median: number } | null; note: string | null }>;
        other: Array<{ id: string; value: number | null }>;
        budgetsMissed: string[];
      };
      expect(r.scale).toBe('small');
      const ids = r.items.map((i) => i.id);
      for (const id of [
        'search.name',
        'search.apostrophe',
        'search.code',
        'beds.board',
        'carelog.day',
        'stats.1y',
        'appeals.import',
        'attendance.sheet',
        'claim.month',
        'claim.pdf',
      ])
        expect(ids).toContain(id);
      for (const i of r.items) {
        expect(i.note, i.id).toBeNull();
        expect(i.direct?.median, i.id).toBeGreaterThan(0);
        expect(i.http?.median, i.id).toBeGreaterThan(0);
      }
      const other = Object.fromEntries(r.other.map((o) => [o.id, o.value]));
      expect(other['serve.coldStart']).toBeGreaterThan(0);
      expect(other['serve.peakRss']).toBeGreaterThan(0);
      expect(other['renderer.initialJs']).toBeGreaterThan(0);
      expect(other['renderer.firstRender']).toBeGreaterThan(0);
      // The smoke run checks no budget.
      expect(r.budgetsMissed).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
