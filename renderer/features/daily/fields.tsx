// Time and date fields that read the same on every PC and tablet: HH:MM on the 24-hour clock and
// DD.MM.YYYY, typed with the numeric keypad. (A browser's own time input follows the operating
// system's locale and shows AM/PM on many machines here.)
import { TextField, type TextFieldProps } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDate, parseDate } from '../../../electron/contract/format';

type Base = Omit<TextFieldProps, 'value' | 'onChange' | 'type'>;

/** Digits become HH:MM as they are typed: "815" → "08:15", "1640" → "16:40". */
export function normaliseTime(text: string): string {
  const s = text.trim();
  if (/^\d{1,2}:\d{2}$/.test(s)) return s.padStart(5, '0');
  const digits = s.replace(/\D/g, '');
  if (digits.length === 3) return `0${digits[0]}:${digits.slice(1)}`;
  if (digits.length === 4) return `${digits.slice(0, 2)}:${digits.slice(2)}`;
  return s;
}

export function TimeField({ value, onChange, ...rest }: Base & { value: string; onChange(v: string): void }) {
  const { t } = useTranslation('common');
  return (
    <TextField
      {...rest}
      value={value}
      placeholder={t('formats.time')}
      onChange={(e) => onChange(e.target.value.replace(/[^\d:]/g, '').slice(0, 5))}
      onBlur={() => onChange(normaliseTime(value))}
      slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 5, autoComplete: 'off' }, inputLabel: { shrink: true } }}
    />
  );
}

/** Keeps an ISO date; shows and takes DD.MM.YYYY. An unreadable entry is kept as typed (the backend names it). */
export function DateField({ value, onChange, ...rest }: Base & { value: string; onChange(iso: string): void }) {
  const { t } = useTranslation('common');
  const shown = /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
  return (
    <TextField
      {...rest}
      value={shown}
      placeholder={t('formats.date')}
      onChange={(e) => {
        const typed = e.target.value.replace(/[^\d.]/g, '').slice(0, 10);
        onChange(parseDate(typed) ?? typed);
      }}
      slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 10, autoComplete: 'off' }, inputLabel: { shrink: true } }}
    />
  );
}
