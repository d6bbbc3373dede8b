import { describe, expect, it } from 'vitest';
import {
  parseDecimal,
  percent,
  mul,
  rational,
  roundHalfUp,
  toText,
  fromText,
  add,
  neg,
} from '../../../electron/features/billing/rules/rational';

describe('exact money arithmetic', () => {
  it('computes 375,000 × 25% × 1.1 × 1.3 as exactly 134,062.5, where floats drift below the half', () => {
    expect(375000 * 0.25 * 1.1 * 1.3).not.toBe(134062.5); // the reason this module exists
    const day = mul(mul(mul(parseDecimal('375000'), percent('25')), parseDecimal('1.1')), parseDecimal('1.3'));
    expect(toText(day)).toBe('268125/2');
    expect(roundHalfUp(day)).toBe(134063);
  });

  it('rounds half up, and a negative half away from zero so a reversal mirrors its original', () => {
    expect(roundHalfUp(rational(5, 2))).toBe(3);
    expect(roundHalfUp(rational(49999, 10000))).toBe(5);
    expect(roundHalfUp(rational(44999, 10000))).toBe(4);
    expect(roundHalfUp(rational(-268125, 2))).toBe(-134063);
    expect(roundHalfUp(rational(-7, 3))).toBe(-2);
    expect(roundHalfUp(rational(0))).toBe(0);
  });

  it('reads decimals exactly and refuses anything that is not one', () => {
    expect(toText(parseDecimal('0.30'))).toBe('3/10');
    expect(toText(parseDecimal('1.10'))).toBe('11/10');
    expect(toText(percent('27'))).toBe('27/100');
    for (const bad of ['1e3', '1,1', '1.1.1', '', 'abc']) expect(() => parseDecimal(bad)).toThrow();
  });

  it('keeps fractions reduced and round-trips them through text', () => {
    const x = add(rational(1, 3), rational(1, 6));
    expect(toText(x)).toBe('1/2');
    expect(fromText(toText(neg(x)))).toEqual(rational(-1, 2));
    expect(() => rational(1, 0)).toThrow();
  });
});
