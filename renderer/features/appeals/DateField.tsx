import { useState } from 'react';
import { TextField, type SxProps } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDate, parseDate } from '../../../electron/contract/format';

/**
 * A date typed as DD.MM.YYYY, whatever the browser's locale (a native date input shows mm/dd/yyyy
 * on many office PCs). The value is ISO, or '' when empty; a half-typed date is kept as text only.
 */
export function DateField(props: {
  name: string;
  label: string;
  value: string;
  onChange(iso: string): void;
  error?: string;
  sx?: SxProps;
}) {
  const { t } = useTranslation('appeals');
  const [text, setText] = useState(formatDate(props.value));
  const [shown, setShown] = useState(props.value);
  const [touched, setTouched] = useState(false);
  // A new value from outside (a preset, a reset) replaces what is typed, unless it is the same date.
  if (props.value !== shown) {
    setShown(props.value);
    if (parseDate(text) !== props.value) setText(formatDate(props.value));
  }
  const invalid = touched && text.trim() !== '' && !parseDate(text);
  return (
    <TextField
      name={props.name}
      label={props.label}
      value={text}
      placeholder={t('form.datePlaceholder')}
      onChange={(e) => {
        const next = e.target.value.replace(/[^\d.]/g, '').slice(0, 10);
        setText(next);
        const iso = parseDate(next);
        if (iso) props.onChange(iso);
        else if (next.trim() === '') props.onChange('');
      }}
      onBlur={() => setTouched(true)}
      error={invalid || !!props.error}
      helperText={invalid ? t('form.badDate') : props.error}
      size="small"
      sx={props.sx}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
    />
  );
}
