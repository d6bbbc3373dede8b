// The one formatting module for dates, numbers and money, used by the renderer and by documents.
// Pure functions, no imports: the renderer may use it.
import type { Lang } from './core';

/** Asia/Tashkent is UTC+5 all year (no daylight saving). */
export const TASHKENT_OFFSET_MINUTES = 5 * 60;

/** ISO `YYYY-MM-DD` → `DD.MM.YYYY`. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

/** `DD.MM.YYYY` (or ISO) → ISO `YYYY-MM-DD`, or null when it is not a real date. */
export function parseDate(text: string): string | null {
  const s = text.trim();
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s) ?? null;
  const iso = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : s;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

/** The local (Tashkent) wall-clock parts of an instant. */
export function tashkentParts(instant: Date): { date: string; time: string } {
  const local = new Date(instant.getTime() + TASHKENT_OFFSET_MINUTES * 60_000).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

/**
 * The Tashkent wall-clock time (HH:MM) of a stored instant (ISO UTC, as the app writes them). Lists
 * show it on every row, so a `…Z` instant is read by arithmetic, not by parsing a Date (0.67 µs a row);
 * anything else goes through `tashkentParts`.
 */
export function tashkentTimeOf(isoInstant: string): string {
  const m = /^\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?Z$/.exec(isoInstant);
  if (!m) return tashkentParts(new Date(isoInstant)).time;
  const minutes = (Number(m[1]) * 60 + Number(m[2]) + TASHKENT_OFFSET_MINUTES) % 1440;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Today's date in Tashkent as ISO. */
export function tashkentToday(now: Date = new Date()): string {
  return tashkentParts(now).date;
}

/** An instant shown as `DD.MM.YYYY HH:MM` Tashkent time. */
export function formatDateTime(isoInstant: string | null | undefined): string {
  if (!isoInstant) return '';
  const { date, time } = tashkentParts(new Date(isoInstant));
  return `${formatDate(date)} ${time}`;
}

/** Whole numbers with a (non-breaking) space between thousands: 1 234 500. */
export function formatNumber(n: number, fractionDigits = 0): string {
  const fixed = Math.abs(n).toFixed(fractionDigits);
  const [int, frac] = fixed.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${n < 0 ? '−' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

const SOM: Record<Lang, string> = { uz: 'soʻm', ru: 'сум', en: 'soʻm' };

/** Money in whole soʻm: `1 234 500 soʻm`. */
export function formatMoney(amount: number, lang: Lang = 'uz'): string {
  return `${formatNumber(Math.round(amount))}\u00a0${SOM[lang]}`;
}

/** A percentage with one decimal, as the agency's tables print it: 24,8 % (uz/ru) or 24.8% (en). */
export function formatPercent(p: number, lang: Lang = 'uz'): string {
  const s = p.toFixed(1);
  return lang === 'en' ? `${s}%` : `${s.replace('.', ',')}\u00a0%`;
}

/**
 * The search form of a name: lower case, and every way people type the Uzbek `ʻ` (U+02BB) —
 * ' ` ‘ ’ ʼ — made one, so `Oʻrinboyev`, `O'rinboyev` and `O‘rinboyev` match.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u0027\u0060\u2018\u2019\u02bb\u02bc\u02b9]/g, 'ʻ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `+998901234567` → `+998 90 123 45 67`. */
export function formatPhone(p: string | null | undefined): string {
  if (!p) return '';
  const m = /^\+998(\d{2})(\d{3})(\d{2})(\d{2})$/.exec(p);
  return m ? `+998 ${m[1]} ${m[2]} ${m[3]} ${m[4]}` : p;
}
