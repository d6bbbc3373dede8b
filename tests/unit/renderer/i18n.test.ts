// Every UI catalogue has the same keys in uz, ru and en, and the Uzbek uses the proper letters.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
type Tree = { [k: string]: string | Tree };
type Catalogue = { uz: Tree; ru: Tree; en: Tree };

const common: Catalogue = {
  uz: ((await import(resolve(ROOT, 'renderer/i18n/common.uz.ts'))) as { uz: Tree }).uz,
  ru: ((await import(resolve(ROOT, 'renderer/i18n/common.ru.ts'))) as { ru: Tree }).ru,
  en: ((await import(resolve(ROOT, 'renderer/i18n/common.en.ts'))) as { en: Tree }).en,
};
const { areaCatalogues } = (await import(resolve(ROOT, 'renderer/i18n/areas.ts'))) as {
  areaCatalogues: Record<string, () => Promise<Catalogue>>;
};
const { navLabels } = (await import(resolve(ROOT, 'renderer/i18n/nav.ts'))) as { navLabels: Record<string, Record<string, string>> };
const catalogues: [string, Catalogue][] = [['common', common]];
for (const [ns, load] of Object.entries(areaCatalogues)) catalogues.push([ns, await load()]);

/** Keys with plural suffixes folded, since Russian has more plural forms than Uzbek and English. */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([k, v]) =>
      typeof v === 'string' ? [`${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, '_#')}`] : keys(v, `${prefix}${k}.`),
    )
    .filter((k, i, all) => all.indexOf(k) === i)
    .sort();
}
function strings(tree: Tree): string[] {
  return Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : strings(v)));
}

describe.each(catalogues)('catalogue %s', (_ns, c) => {
  it('has the same keys in ru and en as in uz', () => {
    expect(keys(c.ru)).toEqual(keys(c.uz));
    expect(keys(c.en)).toEqual(keys(c.uz));
  });
  it('writes oʻ and gʻ with U+02BB in Uzbek, never an apostrophe or a quote mark', () => {
    const bad = strings(c.uz).filter((s) => /[oOgG]['‘’`ʼ]/.test(s));
    expect(bad).toEqual([]);
  });
  it('has no empty strings', () => {
    for (const lang of ['uz', 'ru', 'en'] as const) expect(strings(c[lang]).filter((s) => !s.trim())).toEqual([]);
  });
  it('uses the same {{placeholders}} in every language', () => {
    const flat = (t: Tree, p = ''): Record<string, string> =>
      Object.fromEntries(
        Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [[p + k, v]] : Object.entries(flat(v, `${p}${k}.`)))),
      );
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const uz = flat(c.uz);
    for (const lang of ['ru', 'en'] as const) {
      for (const [k, v] of Object.entries(flat(c[lang]))) {
        const base = uz[k] ?? uz[k.replace(/_(few|many)$/, '_other')];
        if (base !== undefined) expect(vars(v), `${lang} ${k}`).toEqual(vars(base));
      }
    }
  });
});

describe('navigation labels', () => {
  it('name every area in all three languages, Uzbek with U+02BB', () => {
    for (const [id, l] of Object.entries(navLabels)) {
      expect(Object.keys(l).sort(), id).toEqual(['en', 'ru', 'uz']);
      expect(l.uz, id).not.toMatch(/[oOgG]['‘’`]/);
    }
  });
});
