// Recording an extended-care agreement or a parents' fee contract, and ending one on a date.
import { useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { tashkentToday } from '../../../electron/contract/format';
import { useApiMutation } from '../../api/hooks';
import { errorMessage, fieldErrors } from '../../components/errors';
import { ClientField, DateField } from './shared';

export type AgreementKind = 'extended_care' | 'fee_contract';
const REFRESH = ['billing.listAgreements', 'billing.prepareInvoices', 'billing.prepareClaim', 'billing.dashboard'] as const;

/** Money typed with spaces ("400 000") goes on as a number; what is not a number goes on as NaN for the backend to refuse. */
const money = (s: string) => (s.trim() === '' ? Number.NaN : Number(s.replace(/[\s\u00a0]/g, '')));

export function AgreementDialog({ kind, onClose }: { kind: AgreementKind; onClose(saved?: boolean): void }) {
  const { t } = useTranslation(['billing', 'common']);
  const fee = kind === 'fee_contract';
  const [v, setV] = useState({ clientId: '', number: '', payerName: '', validFrom: tashkentToday(), validTo: '', amount: '' });
  const done = { invalidates: [...REFRESH], onSuccess: () => onClose(true) };
  const ext = useApiMutation('billing.createExtendedCare', done);
  const contract = useApiMutation('billing.createFeeContract', done);
  const m = fee ? contract : ext;
  const errors = fieldErrors(m.error);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((x) => ({ ...x, [k]: e.target.value }));
  const save = () => {
    const common = {
      clientId: Number(v.clientId) || 0,
      number: v.number.trim() || null,
      validFrom: v.validFrom,
      validTo: v.validTo || null,
    };
    if (fee) contract.mutate({ ...common, payerName: v.payerName.trim() || null, monthlyFee: money(v.amount) });
    else ext.mutate({ ...common, hourlyRate: money(v.amount) });
  };
  const amountField = fee ? 'monthlyFee' : 'hourlyRate';
  return (
    <Dialog open onClose={() => onClose()} maxWidth="sm" fullWidth aria-labelledby="agreement-title">
      <DialogTitle id="agreement-title">{t(fee ? 'agreements.addFeeTitle' : 'agreements.addExtendedTitle')}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
        {m.error && !Object.keys(errors).length && <Alert severity="error">{errorMessage(m.error)}</Alert>}
        <ClientField
          label={t('agreements.col.client')}
          value={v.clientId}
          onChange={(clientId) => setV((x) => ({ ...x, clientId }))}
          error={errors.clientId}
        />
        <TextField
          label={t('agreements.number')}
          value={v.number}
          onChange={set('number')}
          error={!!errors.number}
          helperText={errors.number}
        />
        {fee && (
          <TextField
            label={t('agreements.payer')}
            value={v.payerName}
            onChange={set('payerName')}
            error={!!errors.payerName}
            helperText={errors.payerName}
          />
        )}
        <TextField
          label={t(fee ? 'agreements.monthlyFee' : 'agreements.hourlyRate')}
          value={v.amount}
          onChange={set('amount')}
          error={!!errors[amountField]}
          helperText={errors[amountField]}
          required
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        />
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
          <DateField
            label={t('agreements.validFrom')}
            value={v.validFrom}
            onChange={(validFrom) => setV((x) => ({ ...x, validFrom }))}
            error={errors.validFrom}
          />
          <DateField
            label={t('agreements.validTo')}
            value={v.validTo}
            onChange={(validTo) => setV((x) => ({ ...x, validTo }))}
            error={errors.validTo}
          />
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose()}>{t('common:actions.cancel')}</Button>
        <Button variant="contained" disabled={m.isPending} onClick={save}>
          {t('common:actions.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

export function EndAgreementDialog({ kind, id, onClose }: { kind: AgreementKind; id: number; onClose(ended?: boolean): void }) {
  const { t } = useTranslation(['billing', 'common']);
  const [validTo, setValidTo] = useState(tashkentToday());
  const end = useApiMutation('billing.endAgreement', { invalidates: [...REFRESH], onSuccess: () => onClose(true) });
  const errors = fieldErrors(end.error);
  return (
    <Dialog open onClose={() => onClose()} maxWidth="xs" fullWidth aria-labelledby="end-title">
      <DialogTitle id="end-title">{t('agreements.endTitle')}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
        {end.error && !Object.keys(errors).length && <Alert severity="error">{errorMessage(end.error)}</Alert>}
        <DateField label={t('agreements.endOn')} value={validTo} onChange={setValidTo} error={errors.validTo} />
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose()}>{t('common:actions.cancel')}</Button>
        <Button variant="contained" disabled={end.isPending} onClick={() => end.mutate({ kind, id, validTo })}>
          {t('common:actions.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
