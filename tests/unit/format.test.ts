import { describe, expect, it } from 'vitest';
import {
  formatDate,
  parseDate,
  formatMoney,
  formatPercent,
  searchKey,
  tashkentToday,
  formatDateTime,
  formatPhone,
  tashkentParts,
  tashkentTimeOf,
} from '../../electron/contract/format';
import fc from 'fast-check';

describe('format', () => {
  it('writes dates DD.MM.YYYY and reads them back, refusing impossible dates', () => {
    expect(formatDate('2026-03-05')).toBe('05.03.2026');
    expect(parseDate('5.3.2026')).toBe('2026-03-05');
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
    expect(parseDate('29.02.2025')).toBeNull();
    expect(parseDate('31/04/2026')).toBeNull();
  });

  it('writes money in whole soʻm with space-separated thousands', () => {
    expect(formatMoney(1234500)).toBe('1\u00a0234\u00a0500\u00a0soʻm');
    expect(formatMoney(134062.5, 'ru')).toBe('134\u00a0063\u00a0сум');
    expect(formatMoney(0)).toBe('0\u00a0soʻm');
  });

  it('writes percentages with one decimal', () => {
    expect(formatPercent(24.8)).toBe('24,8\u00a0%');
    expect(formatPercent(24.8, 'en')).toBe('24.8%');
  });

  it('treats every apostrophe people type in oʻ gʻ alike, and ignores case', () => {
    const forms = ["O'rinboyeva", 'Oʻrinboyeva', 'O‘rinboyeva', 'O’rinboyeva', 'O`rinboyeva'];
    expect(new Set(forms.map(searchKey)).size).toBe(1);
    expect(searchKey('ГУЛНОРА')).toBe('гулнора');
  });

  it('uses Tashkent time (UTC+5) for today and for instants', () => {
    expect(tashkentToday(new Date('2026-11-22T19:30:00Z'))).toBe('2026-11-23');
    expect(formatDateTime('2026-11-22T04:05:00Z')).toBe('22.11.2026 09:05');
  });

  it('groups phone numbers', () => {
    expect(formatPhone('+998901234567')).toBe('+998 90 123 45 67');
  });
});

describe('tashkentTimeOf', () => {
  it('is the time of tashkentParts for any instant the app stores, and for other forms too', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString();
        expect(tashkentTimeOf(iso)).toBe(tashkentParts(d).time);
        expect(tashkentTimeOf(iso.replace(/\.\d+Z$/, 'Z'))).toBe(tashkentParts(d).time);
      }),
    );
    expect(tashkentTimeOf('2026-11-20T19:05:00.000Z')).toBe('00:05');
    expect(tashkentTimeOf('2026-11-20T10:05:00+05:00')).toBe('10:05');
  });
});
