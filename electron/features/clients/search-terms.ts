import { searchKey } from '../../contract/format';

// Uzbek Cyrillic (and the Russian letters seen in names) to the official Uzbek Latin alphabet,
// so a name typed in either script is found by a query typed in either script.
const CYR: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ё: 'yo',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'x',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: 'ʼ',
  ы: 'i',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ў: 'oʻ',
  қ: 'q',
  ғ: 'gʻ',
  ҳ: 'h',
  ә: 'a',
  ө: 'o',
  ү: 'u',
  ң: 'ng',
  і: 'i',
};
const VOWELS = new Set([...'aeiouаеёиоуэюяўәөүі']);

/** Uzbek Latin form of a lower-case word; `е` is `ye` at the start of a word and after a vowel. */
export function toLatin(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (ch === 'е') {
      const prev = word[i - 1];
      out += prev === undefined || VOWELS.has(prev) || !/\p{L}/u.test(prev) ? 'ye' : 'e';
    } else out += CYR[ch] ?? ch;
  }
  return out;
}

/** The form both names and queries are compared in: lower case, Latin, no apostrophes at all. */
export function foldWord(text: string): string {
  return toLatin(searchKey(text)).replace(/[ʻʼ]/g, '');
}

/** Sort key of a full name: folded, so Cyrillic and Latin names sort together. */
export function sortName(last: string, first: string, middle: string | null | undefined): string {
  return [last, first, middle ?? ''].map(foldWord).join(' ').trim();
}

export type TermKind = 'name' | 'code' | 'pinfl' | 'phone' | 'doc';
export interface SearchTerm {
  term: string;
  kind: TermKind;
}

/** Words that match only for viewers who may see the client's identity. */
export const IDENTITY_TERM_KINDS: readonly TermKind[] = ['name', 'pinfl', 'phone', 'doc'];

export interface Searchable {
  code: string;
  lastName: string;
  firstName: string;
  middleName?: string | null;
  pinfl?: string | null;
  phones?: readonly string[];
  docNumber?: string | null;
}

/** Every word a client can be found by, each a prefix target. */
export function searchTermsFor(c: Searchable): SearchTerm[] {
  const out = new Map<string, SearchTerm>();
  const add = (term: string, kind: TermKind) => {
    if (term) out.set(`${kind}:${term}`, { term, kind });
  };
  for (const part of [c.lastName, c.firstName, c.middleName ?? '']) {
    for (const word of searchKey(part).split(' ')) {
      add(foldWord(word), 'name');
      // "Abdul-Aziz" is found by "abdul", "aziz" and "abdul-aziz".
      if (word.includes('-')) for (const piece of word.split('-')) add(foldWord(piece), 'name');
    }
  }
  const code = c.code.toLowerCase();
  add(code, 'code');
  const seq = code.split('-')[2];
  if (seq) {
    add(seq, 'code');
    add(String(Number(seq)), 'code');
  }
  if (c.pinfl) add(c.pinfl, 'pinfl');
  for (const p of c.phones ?? []) {
    const digits = p.replace(/\D/g, '');
    add(digits, 'phone');
    if (digits.startsWith('998')) add(digits.slice(3), 'phone');
  }
  if (c.docNumber) add(c.docNumber.replace(/\s/g, '').toLowerCase(), 'doc');
  return [...out.values()];
}

/**
 * The tokens of a query, each to be matched as a prefix of some term of a client (all must match).
 * A query of digits and phone punctuation is one token, so "+998 90 123" finds the phone.
 */
export function queryTokens(q: string): string[] {
  const trimmed = q.trim();
  if (!trimmed) return [];
  if (/^[\d\s+()-]+$/.test(trimmed) && /\d/.test(trimmed)) return [trimmed.replace(/\D/g, '')];
  const tokens = searchKey(trimmed)
    .split(' ')
    .map(foldWord)
    .filter((t) => t.length > 0);
  return [...new Set(tokens)].slice(0, 6);
}

/** Upper bound of the prefix range `[token, token + U+FFFF)`, which an index answers directly. */
export const prefixEnd = (token: string) => `${token}\uffff`;
