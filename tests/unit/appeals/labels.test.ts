// Every code of the register has a name in uz, ru and en: the screens and the PDF take them from one place.
import { describe, expect, it } from 'vitest';
import { APPEAL_LABELS } from '../../../electron/contract/appeals.labels';
import {
  APPLICANTS,
  CHANNELS,
  HELP_KINDS,
  OUTCOMES,
  PLACES,
  REFERRERS,
  RELATIONSHIPS,
  VIOLENCE_TYPES,
} from '../../../electron/contract/appeals.codes';
import { EXPLOITATION_TYPES } from '../../../electron/contract/clients.schemas';
import { helpFromMask, helpMask, violenceFromMask, violenceMask } from '../../../electron/features/appeals/bits';

const groups: Array<[keyof (typeof APPEAL_LABELS)['uz'], readonly string[]]> = [
  ['channel', CHANNELS],
  ['applicant', APPLICANTS],
  ['applicantOne', APPLICANTS],
  ['violenceType', VIOLENCE_TYPES],
  ['place', [...PLACES, 'none']],
  ['relationship', [...RELATIONSHIPS, 'unspecified']],
  ['help', HELP_KINDS],
  ['outcome', OUTCOMES],
  ['referrer', [...REFERRERS, 'none']],
  ['exploitation', [...EXPLOITATION_TYPES, 'none']],
];

describe('appeal labels', () => {
  it.each(groups)('names every %s code in every language, and nothing else', (group, codes) => {
    for (const lang of ['uz', 'ru', 'en'] as const) {
      expect(Object.keys(APPEAL_LABELS[lang][group]).sort(), `${lang}.${group}`).toEqual([...codes].sort());
    }
  });
  it('writes Uzbek oʻ gʻ with U+02BB', () => {
    const all = Object.values(APPEAL_LABELS.uz).flatMap((g) => Object.values(g as Record<string, string>));
    expect(all.filter((s) => /[oOgG]['‘’`ʼ]/.test(s))).toEqual([]);
  });
});

describe('sets stored as bits', () => {
  it('round-trips every subset of help and violence types', () => {
    for (let mask = 0; mask < 256; mask++) expect(helpMask(helpFromMask(mask))).toBe(mask);
    for (let mask = 0; mask < 32; mask++) expect(violenceMask(violenceFromMask(mask))).toBe(mask);
    expect(helpMask(['legal', 'medical'])).toBe(17);
    expect(helpFromMask(17)).toEqual(['medical', 'legal']);
  });
});

describe('what the renderer imports from the contract', () => {
  it('keeps the codes and labels free of zod (no runtime import at all), so the appeals screens stay small', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    for (const file of ['appeals.codes.ts', 'appeals.labels.ts']) {
      const text = readFileSync(resolve(import.meta.dirname, '../../../electron/contract', file), 'utf8');
      const runtime = text.split('\n').filter((l) => /^(import|export)\s.*\sfrom\s/.test(l) && !/^(import|export) type /.test(l));
      expect(runtime, file).toEqual([]);
    }
  });
});
