import { useState } from 'react';
import { TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDate, parseDate } from '../../../../electron/contract/format';

interface Props {
  label: string;
  /** ISO date, or null when empty or not yet a real date. */
  value: string | null;
  onChange(value: string | null): void;
  error?: string;
  required?: boolean;
  disabled?: boolean;
  name?: string;
  /** Shown under the field when there is no error (the date format otherwise). */
  hint?: string;
}

/** A date typed as DD.MM.YYYY (as on paper); the form gets ISO, or null while it is not a real date. */
export function DateField({ label, value, onChange, error, required, disabled, name, hint }: Props) {
  const { t } = useTranslation('plans');
  const [text, setText] = useState(formatDate(value));
  const [shown, setShown] = useState(value);
  // A value set from outside (a suggestion, a reset) shows; the user's own half-typed text is kept.
  if (value !== shown) {
    setShown(value);
    if (value !== parseDate(text)) setText(formatDate(value));
  }
  const invalid = text.trim() !== '' && parseDate(text) === null;
  return (
    <TextField
      label={label}
      name={name}
      value={text}
      required={required}
      disabled={disabled}
      placeholder={t('dateHint')}
      onChange={(e) => {
        setText(e.target.value);
        onChange(parseDate(e.target.value));
      }}
      error={!!error || invalid}
      helperText={error ?? (invalid ? t('dateInvalid') : (hint ?? t('dateHint')))}
      slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
    />
  );
}
