// The benchmark's verdicts: the ratio to the bare SQL is judged on the medians as measured, not on
// the two-decimal figures of the table (a quick read's median is a few tens of microseconds).
import { describe, expect, it } from 'vitest';
import { evaluate, type Row } from '../../bench/lib/report';
import type { ApiItem } from '../../bench/lib/items';
import { summarize } from '../../bench/lib/stats';

const item: ApiItem = {
  id: 'carelog.day',
  label: "a resident's care log for a day",
  kind: 'women_center',
  role: 'manager',
  method: 'careLog.list',
  input: {},
  budget: { ms: 30, ratio: 3 },
  runs: 3,
};
const timing = (ms: number) => summarize([ms, ms, ms]);
const js = { files: [], gzippedKb: 100 };

function verdict(directMs: number, bareMs: number) {
  const rows: Row[] = [{ item, m: { direct: timing(directMs), http: timing(directMs + 0.4), bare: timing(bareMs) } }];
  return evaluate(rows, {}, js, true);
}

describe('bench verdicts', () => {
  it('keeps medians to the microsecond', () => {
    expect(timing(0.0554).median).toBe(0.055);
    expect(timing(0.0186).median).toBe(0.019);
  });

  it('misses a ratio of 3.06 that rounded medians (0.06 / 0.02) would show as 3', () => {
    const s = verdict(0.055, 0.018);
    expect(s.items[0]!.ok).toBe(false);
    expect(s.items[0]!.ratio).toBe(3.06);
    expect(s.missed).toContain('carelog.day');
  });

  it('passes a ratio of 2.4 and a median inside the time budget', () => {
    const s = verdict(0.048, 0.02);
    expect(s.items[0]).toMatchObject({ ok: true, ratio: 2.4 });
    expect(s.missed).not.toContain('carelog.day');
  });

  it('misses the time budget over HTTP even when the ratio is met', () => {
    const s = verdict(31, 30);
    expect(s.items[0]!.ok).toBe(false);
  });
});
