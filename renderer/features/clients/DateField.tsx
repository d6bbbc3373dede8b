import { TextField, type TextFieldProps } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDate, parseDate } from '../../../electron/contract/format';

/** Dates are typed as on paper, DD.MM.YYYY; the form keeps the text and converts it when saving. */
export function DateField(props: Omit<TextFieldProps, 'onChange' | 'value'> & { value: string; onChange(text: string): void }) {
  const { t } = useTranslation('clients');
  const { value, onChange, helperText, ...rest } = props;
  return (
    <TextField
      {...rest}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      placeholder={t('dialogs.dateHelp')}
      helperText={helperText ?? t('dialogs.dateHelp')}
      slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
    />
  );
}

/** The text of a date field as ISO, '' when empty, or null when it is not a real date. */
export function dateText(text: string): string | null | '' {
  const s = text.trim();
  if (!s) return '';
  return parseDate(s);
}

export const showDate = (iso: string | null | undefined) => (iso ? formatDate(iso) : '');
