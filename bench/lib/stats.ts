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

export const round = (ms: number) => Math.round(ms * 100) / 100;

/** Runs `fn` `warmup` times unmeasured, then `runs` times measured (milliseconds). */
export async function measure(fn: () => Promise<unknown> | unknown, runs: number, warmup = 2): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}
