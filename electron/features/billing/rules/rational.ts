// Exact money arithmetic. A subsidy day is BCV × percent × coefficient × supplement: with
// floats 375000 × 0.25 × 1.1 × 1.3 is 134062.49999999999, which rounds the wrong way. Every
// amount is kept as a reduced fraction of BigInts and rounded once, per line, at the end.

export interface Rational {
  readonly n: bigint;
  /** Always positive. */
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function rational(n: bigint | number, d: bigint | number = 1n): Rational {
  let nn = BigInt(n);
  let dd = BigInt(d);
  if (dd === 0n) throw new RangeError('Division by zero');
  if (dd < 0n) [nn, dd] = [-nn, -dd];
  const g = gcd(nn, dd) || 1n;
  return { n: nn / g, d: dd / g };
}

export const ZERO = rational(0);
export const ONE = rational(1);

/**
 * A decimal written as text ('25', '1.1', '0.30', '412000') read exactly. Refuses anything
 * else (exponents, commas, several dots) so a parameter typed wrongly cannot slip through.
 */
export function parseDecimal(text: string): Rational {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) throw new RangeError(`Not a decimal number: ${text}`);
  const frac = m[3] ?? '';
  const n = BigInt(m[2]! + frac) * (m[1] ? -1n : 1n);
  return rational(n, 10n ** BigInt(frac.length));
}

export const add = (a: Rational, b: Rational) => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational) => rational(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational) => rational(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational) => rational(a.n * b.d, a.d * b.n);
export const eq = (a: Rational, b: Rational) => a.n === b.n && a.d === b.d;
export const isZero = (a: Rational) => a.n === 0n;
export const neg = (a: Rational) => rational(-a.n, a.d);
export const sum = (xs: Iterable<Rational>) => {
  let s = ZERO;
  for (const x of xs) s = add(s, x);
  return s;
};
/** A percentage as a factor: '25' → 1/4. */
export const percent = (text: string) => div(parseDecimal(text), rational(100));

/**
 * Rounds half up to a whole number — half away from zero, so a negative adjustment of −0.5
 * mirrors the +0.5 it reverses (−134 062.5 → −134 063). Returns a plain number: whole soʻm
 * amounts stay far below 2^53.
 */
export function roundHalfUp(a: Rational): number {
  const sign = a.n < 0n ? -1n : 1n;
  const abs = a.n * sign;
  const q = (abs * 2n + a.d) / (2n * a.d);
  return Number(q * sign);
}

/** Kept in the store as 'n/d' text so an issued claim can be re-checked exactly. */
export const toText = (a: Rational) => (a.d === 1n ? `${a.n}` : `${a.n}/${a.d}`);
export function fromText(text: string): Rational {
  const [n, d] = text.split('/');
  return rational(BigInt(n!), BigInt(d ?? '1'));
}
/** For display only (never for money decisions). */
export const toNumber = (a: Rational) => Number(a.n) / Number(a.d);
