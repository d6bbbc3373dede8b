// Timing helpers: every figure is a median and a 95th percentile of repeated runs.
import { performance } from 'node:perf_hooks';

export interface Timing {
  runs: number;
  median: number;
  p95: number;
}

export function summarize(samples: number[]): Timing {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
  const mid = s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  return { runs: s.length, median: round(mid), p95: round(at(0.95)) };
}

/** Milliseconds to the microsecond: a quick read's median is a few tens of microseconds. */
export const round = (ms: number) => Math.round(ms * 1000) / 1000;

/**
 * Warm-up of a read before it is measured: the app is a long-running process whose hot paths are
 * compiled by V8 after their first calls, so a read is measured warm — run unmeasured until it has
 * run `WARM_RUNS` times or for `WARM_MS`, whichever comes first (a slow report runs a few times).
 */
export const WARM_RUNS = 200;
export const WARM_MS = 500;

/**
 * Runs `fn` unmeasured (`warm`: the warm-up above; 0 for writes, each of which changes the
 * facility), then `runs` times measured (milliseconds).
 */
export async function measure(fn: () => Promise<unknown> | unknown, runs: number, warm: 'warm' | 0 = 'warm'): Promise<Timing> {
  if (warm === 'warm') {
    const until = performance.now() + WARM_MS;
    for (let i = 0; i < WARM_RUNS && (i < 2 || performance.now() < until); i++) await fn();
  }
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}
