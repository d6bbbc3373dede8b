import { describe, expect, it } from 'vitest';
import { nationalHolidays } from '../../../electron/features/holidays/national';

describe('Uzbekistan’s fixed-date public holidays', () => {
  it('gives the seven dates of a year in order, with Uzbek Latin names using U+02BB', () => {
    const list = nationalHolidays(2026);
    expect(list.map((h) => h.date)).toEqual([
      '2026-01-01',
      '2026-03-08',
      '2026-03-21',
      '2026-05-09',
      '2026-09-01',
      '2026-10-01',
      '2026-12-08',
    ]);
    expect(list.find((h) => h.date === '2026-03-21')!.name).toBe('Navro\u02bbz');
    for (const h of list) expect(h.name).not.toMatch(/['‘’`]/);
  });
});
