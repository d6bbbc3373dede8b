// Small-number suppression of a breakdown that leaves the facility: no hidden count may follow
// from the total by subtraction, whichever cells are hidden.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskBreakdown } from '../../../electron/features/appeals/stats';

describe('maskBreakdown', () => {
  it('hides 1–4 as "<5" and leaves zeros and larger counts', () => {
    expect(maskBreakdown([0, 7, 2, 3, 12])).toEqual([0, 7, '<5', '<5', 12]);
  });

  it('one "<5" alone is the total minus the rest: the smallest other count is hidden with it', () => {
    expect(maskBreakdown([20, 3, 0, 9, 40])).toEqual([20, '<5', 0, '*', 40]);
  });

  it('two ones (or two fours) allow one split only: a further count is hidden', () => {
    expect(maskBreakdown([1, 1, 30, 8])).toEqual(['<5', '<5', 30, '*']);
    expect(maskBreakdown([4, 4, 30, 8])).toEqual(['<5', '<5', 30, '*']);
    expect(maskBreakdown([1, 2, 30, 8])).toEqual(['<5', '<5', 30, 8]);
  });

  it('a "<5" and a "*" at their least (1 + 5) would give both away: one more is hidden', () => {
    expect(maskBreakdown([1, 5, 30, 9])).toEqual(['<5', '*', 30, '*']);
  });

  it('nothing to hide when nothing is small', () => {
    expect(maskBreakdown([0, 0, 5, 6])).toEqual([0, 0, 5, 6]);
  });

  it('for any breakdown: no single hidden cell, and the hidden sum never pins the cells down', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 30 }), { minLength: 2, maxLength: 16 }), (counts) => {
        const shown = maskBreakdown(counts);
        const hidden = counts.map((c, i) => ({ c, s: shown[i] })).filter((x) => typeof x.s === 'string');
        // Shown counts are exact; "<5" only for 1–4.
        counts.forEach((c, i) => {
          if (typeof shown[i] === 'number') expect(shown[i]).toBe(c);
          if (shown[i] === '<5') expect(c >= 1 && c <= 4).toBe(true);
        });
        const others = counts.filter((c, i) => typeof shown[i] === 'number' && c > 0).length;
        if (hidden.length === 0 || others === 0) return; // nothing hidden, or nothing left to hide with
        expect(hidden.length).toBeGreaterThan(1);
        const sum = hidden.reduce((n, x) => n + x.c, 0);
        const primary = hidden.filter((x) => x.s === '<5').length;
        const secondary = hidden.length - primary;
        expect(sum).not.toBe(primary + 5 * secondary);
        if (secondary === 0) expect(sum).not.toBe(4 * primary);
      }),
    );
  });
});
