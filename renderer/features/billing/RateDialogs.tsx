// New values from a date: a PP-41 parameter (BCV, rates, coefficient, supplement; manager only)
// or an Active-Life tariff. Values in force are never edited: a new row takes over from its date.
import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { BILLING_PARAMETER_KEYS, BILLING_PROGRAMS } from '../../../electron/contract/billing.contract';
import { useApiMutation } from '../../api/hooks';
import { errorMessage, fieldErrors } from '../../components/errors';
import { DateField, useLabel } from './shared';

type ParameterKey = (typeof BILLING_PARAMETER_KEYS)[number];
type Program = (typeof BILLING_PROGRAMS)[number];
const REFRESH = ['billing.listParameters', 'billing.listTariffs', 'billing.prepareClaim', 'billing.dashboard'] as const;
/** "412 000" or "27,5" as typed → "412000", "27.5" as the backend keeps them. */
const decimal = (s: string) => s.replace(/[\s\u00a0]/g, '').replace(',', '.');

export function ParameterDialog({ onClose }: { onClose(added?: boolean): void }) {
  const { t } = useTranslation(['billing', 'common']);
  const [key, setKey] = useState<ParameterKey>('bcv');
  const [from, setFrom] = useState('');
  const [value, setValue] = useState('');
  const add = useApiMutation('billing.addParameter', { invalidates: [...REFRESH], onSuccess: () => onClose(true) });
  const errors = fieldErrors(add.error);
  return (
    <Dialog open onClose={() => onClose()} maxWidth="xs" fullWidth aria-labelledby="parameter-title">
      <DialogTitle id="parameter-title">{t('params.addTitle')}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
        <Typography variant="body2" color="text.secondary">
          {t('params.help')}
        </Typography>
        {add.error && !Object.keys(errors).length && <Alert severity="error">{errorMessage(add.error)}</Alert>}
        <TextField select label={t('params.key')} value={key} onChange={(e) => setKey(e.target.value as ParameterKey)}>
          {BILLING_PARAMETER_KEYS.map((k) => (
            <MenuItem key={k} value={k}>
              {t(`settings.key.${k}`)}
            </MenuItem>
          ))}
        </TextField>
        <DateField label={t('settings.from')} value={from} onChange={setFrom} error={errors.validFrom} />
        <TextField
          label={key === 'bcv' ? `${t('settings.key.bcv')}, ${t('som')}` : t('settings.value')}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          error={!!errors.value}
          helperText={errors.value}
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose()}>{t('common:actions.cancel')}</Button>
        <Button variant="contained" disabled={add.isPending} onClick={() => add.mutate({ key, validFrom: from, value: decimal(value) })}>
          {t('common:actions.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

export function TariffDialog({ onClose }: { onClose(added?: boolean): void }) {
  const { t } = useTranslation(['billing', 'common']);
  const label = useLabel();
  const [program, setProgram] = useState<Program>('active_life_home_help');
  const [unit, setUnit] = useState<'day' | 'hour'>('day');
  const [from, setFrom] = useState('');
  const [amount, setAmount] = useState('');
  const add = useApiMutation('billing.addTariff', { invalidates: [...REFRESH], onSuccess: () => onClose(true) });
  const errors = fieldErrors(add.error);
  return (
    <Dialog open onClose={() => onClose()} maxWidth="sm" fullWidth aria-labelledby="tariff-title">
      <DialogTitle id="tariff-title">{t('tariffs.addTitle')}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
        {add.error && !Object.keys(errors).length && <Alert severity="error">{errorMessage(add.error)}</Alert>}
        <TextField select label={t('tariffs.program')} value={program} onChange={(e) => setProgram(e.target.value as Program)}>
          {BILLING_PROGRAMS.filter((p) => p !== 'day_care_child').map((p) => (
            <MenuItem key={p} value={p}>
              {label('program', p)}
            </MenuItem>
          ))}
        </TextField>
        <TextField select label={t('tariffs.unit')} value={unit} onChange={(e) => setUnit(e.target.value as 'day' | 'hour')}>
          {(['day', 'hour'] as const).map((u) => (
            <MenuItem key={u} value={u}>
              {t(`tariffs.units.${u}`)}
            </MenuItem>
          ))}
        </TextField>
        <DateField label={t('settings.from')} value={from} onChange={setFrom} error={errors.validFrom} />
        <TextField
          label={t('tariffs.amount')}
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          error={!!errors.amount}
          helperText={errors.amount}
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose()}>{t('common:actions.cancel')}</Button>
        <Button
          variant="contained"
          disabled={add.isPending}
          onClick={() => add.mutate({ program, unit, validFrom: from, amount: decimal(amount) })}
        >
          {t('common:actions.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
