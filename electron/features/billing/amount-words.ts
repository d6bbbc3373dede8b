// Amounts in words for invoices and claims, as Uzbek, Russian and English accounting documents
// write them: "Bir yuz oʻttiz toʻrt ming oltmish uch soʻm". Whole numbers up to 999 999 999 999.
import type { Lang } from '../../contract/core';

const UZ_ONES = ['', 'bir', 'ikki', 'uch', 'toʻrt', 'besh', 'olti', 'yetti', 'sakkiz', 'toʻqqiz'];
const UZ_TENS = ['', 'oʻn', 'yigirma', 'oʻttiz', 'qirq', 'ellik', 'oltmish', 'yetmish', 'sakson', 'toʻqson'];
const UZ_SCALES = ['', 'ming', 'million', 'milliard'];

const RU_ONES_M = ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
const RU_ONES_F = ['', 'одна', 'две', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
const RU_TEENS = [
  'десять',
  'одиннадцать',
  'двенадцать',
  'тринадцать',
  'четырнадцать',
  'пятнадцать',
  'шестнадцать',
  'семнадцать',
  'восемнадцать',
  'девятнадцать',
];
const RU_TENS = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'];
const RU_HUNDREDS = ['', 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот'];
/** one / few / many forms, and whether the scale word is feminine (тысяча). */
const RU_SCALES: Array<[string, string, string, boolean]> = [
  ['', '', '', false],
  ['тысяча', 'тысячи', 'тысяч', true],
  ['миллион', 'миллиона', 'миллионов', false],
  ['миллиард', 'миллиарда', 'миллиардов', false],
];

const EN_ONES = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_SCALES = ['', 'thousand', 'million', 'billion'];

const ZERO: Record<Lang, string> = { uz: 'nol', ru: 'ноль', en: 'zero' };
const MINUS: Record<Lang, string> = { uz: 'minus', ru: 'минус', en: 'minus' };

function groupsOf(n: number): number[] {
  const groups: number[] = [];
  for (let x = n; x > 0; x = Math.floor(x / 1000)) groups.push(x % 1000);
  return groups;
}

function uzGroup(n: number): string[] {
  const h = Math.floor(n / 100);
  const words = h ? [UZ_ONES[h]!, 'yuz'] : [];
  return [...words, UZ_TENS[Math.floor(n / 10) % 10]!, UZ_ONES[n % 10]!].filter(Boolean);
}

/** Russian plural: 1 → one, 2–4 → few, else many (11–14 are many). */
export function ruPlural(n: number): 0 | 1 | 2 {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return 0;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return 1;
  return 2;
}

function ruGroup(n: number, feminine: boolean): string[] {
  const words = [RU_HUNDREDS[Math.floor(n / 100)]!];
  const t = n % 100;
  if (t >= 10 && t < 20) words.push(RU_TEENS[t - 10]!);
  else words.push(RU_TENS[Math.floor(t / 10)]!, (feminine ? RU_ONES_F : RU_ONES_M)[t % 10]!);
  return words.filter(Boolean);
}

function enGroup(n: number): string[] {
  const h = Math.floor(n / 100);
  const t = n % 100;
  const words = h ? [EN_ONES[h]!, 'hundred'] : [];
  if (t < 20) words.push(EN_ONES[t]!);
  else words.push(EN_TENS[Math.floor(t / 10)]! + (t % 10 ? `-${EN_ONES[t % 10]}` : ''));
  return words.filter(Boolean);
}

/** A whole number in words, lower case. */
export function numberToWords(n: number, lang: Lang): string {
  if (!Number.isSafeInteger(n) || Math.abs(n) >= 1e12) throw new RangeError(`Cannot write ${n} in words`);
  if (n === 0) return ZERO[lang];
  if (n < 0) return `${MINUS[lang]} ${numberToWords(-n, lang)}`;
  const words: string[] = [];
  const groups = groupsOf(n);
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g === 0) continue;
    if (lang === 'uz') words.push(...uzGroup(g), UZ_SCALES[i]!);
    else if (lang === 'en') words.push(...enGroup(g), EN_SCALES[i]!);
    else {
      const [one, few, many, fem] = RU_SCALES[i]!;
      words.push(...ruGroup(g, fem), [one, few, many][ruPlural(g)]!);
    }
  }
  return words.filter(Boolean).join(' ');
}

const SOM_RU = ['сум', 'сума', 'сумов'];

/** Money in words with the currency, first letter capital: "Bir yuz ming soʻm", "Сто тысяч сумов". */
export function amountInWords(amount: number, lang: Lang): string {
  const words = numberToWords(amount, lang);
  const currency = lang === 'ru' ? SOM_RU[ruPlural(Math.abs(amount))]! : 'soʻm';
  const text = `${words} ${currency}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
