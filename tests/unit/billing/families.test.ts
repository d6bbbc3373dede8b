import { describe, expect, it } from 'vitest';
import { familiesByPhone, familyTotal } from '../../../electron/features/billing/rules/parents';

describe('families for the tax-free note', () => {
  it('joins clients whose parents share a number, however it is written, and chains through a second parent', () => {
    const families = familiesByPhone([
      { clientId: 3, phone: '+998 90 123-45-67' },
      { clientId: 7, phone: '90 123 45 67' },
      { clientId: 7, phone: '+998 (93) 000-11-22' },
      { clientId: 9, phone: '933001122' },
      { clientId: 4, phone: '+998 91 765-43-21' },
      { clientId: 5, phone: '12-34' },
    ]);
    expect(families.get(3)).toBe(3);
    expect(families.get(7)).toBe(3);
    expect(families.get(9)).toBe(9);
    expect(families.get(4)).toBe(4);
    expect(families.get(5)).toBe(5);
    const chained = familiesByPhone([
      { clientId: 9, phone: '933001122' },
      { clientId: 7, phone: '+998 93 300 11 22' },
      { clientId: 7, phone: '901234567' },
      { clientId: 3, phone: '901234567' },
    ]);
    expect([3, 7, 9].map((id) => chained.get(id))).toEqual([3, 3, 3]);
  });

  it('sums the family’s month, and a client without a known family alone', () => {
    const families = new Map([
      [1, 1],
      [2, 1],
      [3, 3],
    ]);
    const totals = new Map([
      [1, 1_600_000],
      [2, 1_500_000],
      [3, 900_000],
      [4, 3_000_001],
    ]);
    expect(familyTotal(2, families, totals)).toBe(3_100_000);
    expect(familyTotal(3, families, totals)).toBe(900_000);
    expect(familyTotal(4, families, totals)).toBe(3_000_001);
    expect(familyTotal(5, families, totals)).toBe(0);
  });
});
