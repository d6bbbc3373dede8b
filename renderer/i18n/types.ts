import type { Lang } from '../../electron/contract/core';

/** Another language's catalogue must have exactly the keys of the Uzbek one (the default); Russian may add
 * the plural forms Uzbek does not have (`_few`, `_many`). */
export type Translations<T> = { [K in keyof T]: T[K] extends string ? string : Translations<T[K]> } & {
  [plural: `${string}_${'zero' | 'two' | 'few' | 'many'}`]: string;
};

/** What every area catalogue module exports: one tree per UI language. */
export type Catalogue<T = unknown> = { uz: T; ru: Translations<T>; en: Translations<T> };

export const UI_LANGS = ['uz', 'ru', 'en'] as const satisfies readonly Lang[];
export type UiLang = (typeof UI_LANGS)[number];

/** Each language is named in itself, so anyone can find their own in the switch. */
export const LANGUAGE_NAMES: Record<UiLang, string> = { uz: 'Oʻzbekcha', ru: 'Русский', en: 'English' };

export function isUiLang(value: unknown): value is UiLang {
  return typeof value === 'string' && (UI_LANGS as readonly string[]).includes(value);
}
