// The backend's own messages (errors, alerts, document labels) follow the same rules as the UI's:
// the same keys in uz, ru and en, Uzbek oʻ gʻ with U+02BB, no empty strings, the same {{placeholders}}.
import { describe, expect, it } from 'vitest';
import { uz } from '../../electron/i18n/messages.uz';
import { ru } from '../../electron/i18n/messages.ru';
import { en } from '../../electron/i18n/messages.en';
import { areaMessages } from '../../electron/i18n/areas';

type Tree = { [k: string]: unknown };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flat(tree: Tree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([k, v]) =>
      typeof v === 'string' ? [[prefix + k, v]] : Object.entries(flat(v as Tree, `${prefix}${k}.`)),
    ),
  );
}
const keys = (t: Tree) => [...new Set(Object.keys(flat(t)).map((k) => k.replace(PLURAL, '_#')))].sort();
const vars = (s: string) => [...s.matchAll(/\{\{(\w+)/g)].map((m) => m[1]).sort();

const catalogues: [string, Record<'uz' | 'ru' | 'en', Tree>][] = [
  ['base', { uz, ru, en }],
  ...areaMessages.map(
    (c, i) => [`area ${i + 1} (${Object.keys(c.uz).slice(0, 3).join(', ')})`, c] as [string, Record<'uz' | 'ru' | 'en', Tree>],
  ),
];

describe.each(catalogues)('backend catalogue %s', (_name, c) => {
  it('has the same keys in ru and en as in uz', () => {
    expect(keys(c.ru)).toEqual(keys(c.uz));
    expect(keys(c.en)).toEqual(keys(c.uz));
  });
  it('writes oʻ and gʻ with U+02BB in Uzbek, never an apostrophe or a quote mark', () => {
    expect(Object.values(flat(c.uz)).filter((s) => /[oOgG]['‘’`ʼ]/.test(s))).toEqual([]);
  });
  it('has no empty strings', () => {
    for (const lang of ['uz', 'ru', 'en'] as const) expect(Object.entries(flat(c[lang])).filter(([, s]) => !s.trim())).toEqual([]);
  });
  it('uses the same {{placeholders}} in every language', () => {
    const base = flat(c.uz);
    for (const lang of ['ru', 'en'] as const)
      for (const [k, v] of Object.entries(flat(c[lang]))) {
        const u = base[k] ?? base[k.replace(PLURAL, '_other')] ?? base[k.replace(PLURAL, '')];
        if (u !== undefined) expect(vars(v), `${lang} ${k}`).toEqual(vars(u));
      }
  });
});
