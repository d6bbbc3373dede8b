// The period picker's state and the ISO dates it stands for (month, quarter, year, or dates).
import { parseDate, tashkentToday } from '../../../electron/contract/format';

export type PeriodMode = 'month' | 'quarter' | 'year' | 'dates';

export interface PeriodChoice {
  mode: PeriodMode;
  year: number;
  month: number; // 1–12
  quarter: number; // 1–4
  fromText: string; // DD.MM.YYYY as typed
  toText: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The month just ended: the one a manager closes and sends. */
export function defaultChoice(today = tashkentToday()): PeriodChoice {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const prevY = m === 1 ? y - 1 : y;
  const prevM = m === 1 ? 12 : m - 1;
  return {
    mode: 'month',
    year: prevY,
    month: prevM,
    quarter: Math.ceil(prevM / 3),
    fromText: `01.${pad(prevM)}.${prevY}`,
    toText: `${lastDay(prevY, prevM)}.${pad(prevM)}.${prevY}`,
  };
}

/** ISO from/to, or null while typed dates are incomplete or wrong. */
export function periodOf(c: PeriodChoice): { from: string; to: string } | null {
  switch (c.mode) {
    case 'month':
      return { from: `${c.year}-${pad(c.month)}-01`, to: `${c.year}-${pad(c.month)}-${pad(lastDay(c.year, c.month))}` };
    case 'quarter': {
      const end = c.quarter * 3;
      return { from: `${c.year}-${pad(end - 2)}-01`, to: `${c.year}-${pad(end)}-${pad(lastDay(c.year, end))}` };
    }
    case 'year':
      return { from: `${c.year}-01-01`, to: `${c.year}-12-31` };
    case 'dates': {
      const from = parseDate(c.fromText);
      const to = parseDate(c.toText);
      return from && to ? { from, to } : null;
    }
  }
}
