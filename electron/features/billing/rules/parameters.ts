// The billing parameters of Presidential Decree PP-41 (3 February 2025), kept as data with the
// date each value takes effect, so a claim for any past month is computed with the values that
// were in force on each of its days.
import { parseDecimal, percent, rational, add, ONE, type Rational } from './rational';
import { within } from './dates';

export const PARAMETER_KEYS = ['bcv', 'rate_age_3_7', 'rate_age_7_18', 'regional_coefficient', 'poor_family_supplement'] as const;
export type ParameterKey = (typeof PARAMETER_KEYS)[number];

export interface ParameterValue {
  key: ParameterKey;
  /** First day the value is in force; it holds until the next value of the same key. */
  validFrom: string;
  /** A decimal as text: soʻm for `bcv`, a percentage for rates and the supplement, a factor for the coefficient. */
  value: string;
}

/**
 * Defaults shipped with the app. The BCV history was checked against published tables (see
 * SOURCES.md next to this file). The PP-41 rates apply from 1 March 2025.
 */
export const DEFAULT_PARAMETERS: readonly ParameterValue[] = [
  { key: 'bcv', validFrom: '2019-09-01', value: '223000' },
  { key: 'bcv', validFrom: '2021-02-01', value: '245000' },
  { key: 'bcv', validFrom: '2021-09-01', value: '270000' },
  { key: 'bcv', validFrom: '2022-06-01', value: '300000' },
  { key: 'bcv', validFrom: '2023-05-01', value: '330000' },
  { key: 'bcv', validFrom: '2023-10-01', value: '340000' },
  { key: 'bcv', validFrom: '2024-10-01', value: '375000' },
  { key: 'bcv', validFrom: '2025-08-01', value: '412000' },
  { key: 'rate_age_3_7', validFrom: '2025-03-01', value: '25' },
  { key: 'rate_age_7_18', validFrom: '2025-03-01', value: '27' },
  { key: 'regional_coefficient', validFrom: '2025-03-01', value: '1.1' },
  { key: 'poor_family_supplement', validFrom: '2025-03-01', value: '30' },
];

/** Parameter values indexed for lookups by date. */
export class ParameterTable {
  private readonly byKey = new Map<ParameterKey, ParameterValue[]>();

  constructor(values: readonly ParameterValue[]) {
    for (const v of values) {
      const list = this.byKey.get(v.key) ?? [];
      list.push(v);
      this.byKey.set(v.key, list);
    }
    for (const list of this.byKey.values()) list.sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0));
  }

  /** The value in force on a date, or null before the first one. */
  raw(key: ParameterKey, date: string): string | null {
    const list = this.byKey.get(key) ?? [];
    let found: string | null = null;
    for (const v of list) {
      if (v.validFrom > date) break;
      found = v.value;
    }
    return found;
  }

  bcv(date: string): Rational | null {
    const v = this.raw('bcv', date);
    return v === null ? null : parseDecimal(v);
  }

  /** The share of the BCV for a child of this age, or null when the age is not eligible or no rate is in force. */
  ageRate(age: number, date: string): { rate: Rational; band: '3_7' | '7_18' } | null {
    if (age >= 3 && age < 7) {
      const v = this.raw('rate_age_3_7', date);
      return v === null ? null : { rate: percent(v), band: '3_7' };
    }
    if (age >= 7 && age < 18) {
      const v = this.raw('rate_age_7_18', date);
      return v === null ? null : { rate: percent(v), band: '7_18' };
    }
    return null;
  }

  regionalCoefficient(date: string): Rational | null {
    const v = this.raw('regional_coefficient', date);
    return v === null ? null : parseDecimal(v);
  }

  /** 1 + the supplement (30% → 13/10). */
  poorFamilyFactor(date: string): Rational | null {
    const v = this.raw('poor_family_supplement', date);
    return v === null ? null : add(ONE, percent(v));
  }
}

/** Whether any period covers the date. */
export const inAnyPeriod = (periods: readonly { from: string; to: string | null }[], date: string) =>
  periods.some((p) => within(date, p.from, p.to));

export const RATE_ONE = rational(1);
