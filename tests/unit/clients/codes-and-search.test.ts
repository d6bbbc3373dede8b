import { describe, expect, it } from 'vitest';
import { formatClientCode, parseClientCode, codeFitsFacility } from '../../../electron/features/clients/codes';
import { toLatin, foldWord, searchTermsFor, queryTokens, sortName } from '../../../electron/features/clients/search-terms';

describe('client codes', () => {
  it('put the facility prefix, the year and a four-digit sequence together', () => {
    expect(formatClientCode('women_center', 2026, 42)).toBe('W-2026-0042');
    expect(formatClientCode('trafficking_shelter', 2026, 1)).toBe('T-2026-0001');
    expect(formatClientCode('family_home', 2025, 12345)).toBe('C-2025-12345');
    expect(formatClientCode('day_care', 2026, 9)).toBe('D-2026-0009');
  });

  it('read codes back and refuse other shapes and other kinds', () => {
    expect(parseClientCode('w-2026-0042')).toEqual({ prefix: 'W', year: 2026, seq: 42 });
    expect(parseClientCode('W-2026-42')).toBeNull();
    expect(parseClientCode('W-2026-0000')).toBeNull();
    expect(parseClientCode('X-2026-0001')).toBeNull();
    expect(codeFitsFacility('D-2026-0001', 'day_care')).not.toBeNull();
    expect(codeFitsFacility('W-2026-0001', 'day_care')).toBeNull();
  });
});

describe('search terms', () => {
  it('spell Uzbek Cyrillic in the Latin alphabet, ye at the start of a word and after a vowel', () => {
    expect(toLatin('ўринбоева')).toBe('oʻrinboyeva');
    expect(toLatin('ғайратов')).toBe('gʻayratov');
    expect(toLatin('елена')).toBe('yelena');
    expect(toLatin('шоҳида')).toBe('shohida');
    expect(toLatin('қодиров')).toBe('qodirov');
    expect(toLatin('чўлпон')).toBe('choʻlpon');
  });

  it('fold every apostrophe away, so typing with or without one finds the name', () => {
    for (const typed of ["O'rinboyeva", 'Oʻrinboyeva', 'O‘rinboyeva', 'O’rinboyeva', 'O`rinboyeva', 'Orinboyeva', 'Ўринбоева']) {
      expect(foldWord(typed)).toBe('orinboyeva');
    }
  });

  it('index each name word, the code, its sequence, PINFL, phone digits and the document number', () => {
    const terms = searchTermsFor({
      code: 'W-2026-0042',
      lastName: 'Abdul-Aziz',
      firstName: 'Гулнора',
      middleName: null,
      pinfl: '41204901234567',
      phones: ['+998901234567'],
      docNumber: 'AA 1234567',
    });
    const by = (kind: string) =>
      terms
        .filter((t) => t.kind === kind)
        .map((t) => t.term)
        .sort();
    expect(by('name')).toEqual(['abdul', 'abdul-aziz', 'aziz', 'gulnora']);
    expect(by('code')).toEqual(['0042', '42', 'w-2026-0042']);
    expect(by('pinfl')).toEqual(['41204901234567']);
    expect(by('phone')).toEqual(['901234567', '998901234567']);
    expect(by('doc')).toEqual(['aa1234567']);
  });

  it('turn a query into prefix tokens; phone punctuation makes one number', () => {
    expect(queryTokens('  Oʻrin  GUL ')).toEqual(['orin', 'gul']);
    expect(queryTokens('+998 (90) 123-45')).toEqual(['9989012345']);
    expect(queryTokens('W-2026')).toEqual(['w-2026']);
    expect(queryTokens('Д-2026')).toEqual(['d-2026']);
    expect(queryTokens('   ')).toEqual([]);
  });

  it('sort Cyrillic and Latin names together', () => {
    expect(sortName('Каримова', 'Гулнора', null)).toBe(sortName('Karimova', 'Gulnora', undefined));
  });
});
