import { useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { BILLING_PAYMENT_METHODS, type InvoiceOut } from '../../../electron/contract/billing-claims.contract';
import { formatNumber, tashkentToday } from '../../../electron/contract/format';
import { useApiMutation } from '../../api/hooks';
import { errorMessage, fieldErrors } from '../../components/errors';
import { DateField, useLabel } from './shared';

export function PaymentDialog({ invoice, onClose }: { invoice: InvoiceOut; onClose(balance?: number): void }) {
  const { t } = useTranslation(['billing', 'common']);
  const label = useLabel();
  const [v, setV] = useState({ paidOn: tashkentToday(), amount: String(invoice.balance), method: 'cash', reference: '' });
  const pay = useApiMutation('billing.recordPayment', {
    invalidates: ['billing.prepareInvoices', 'billing.dashboard'],
    onSuccess: (r) => onClose(r.balance),
  });
  const errors = fieldErrors(pay.error);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((x) => ({ ...x, [k]: e.target.value }));
  return (
    <Dialog open onClose={() => onClose()} maxWidth="xs" fullWidth aria-labelledby="pay-title">
      <DialogTitle id="pay-title">{t('invoices.payTitle', { number: invoice.number })}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
        {pay.error && !Object.keys(errors).length && <Alert severity="error">{errorMessage(pay.error)}</Alert>}
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
          <DateField
            label={t('invoices.paidOn')}
            value={v.paidOn}
            onChange={(paidOn) => setV((x) => ({ ...x, paidOn }))}
            error={errors.paidOn}
          />
          <TextField
            label={t('invoices.amount')}
            value={v.amount}
            onChange={set('amount')}
            error={!!errors.amount}
            helperText={errors.amount ?? formatNumber(invoice.balance)}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          />
        </Box>
        <TextField select label={t('invoices.method')} value={v.method} onChange={set('method')}>
          {BILLING_PAYMENT_METHODS.map((m) => (
            <MenuItem key={m} value={m}>
              {label('method', m)}
            </MenuItem>
          ))}
        </TextField>
        <TextField label={t('invoices.reference')} value={v.reference} onChange={set('reference')} />
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose()}>{t('common:actions.cancel')}</Button>
        <Button
          variant="contained"
          disabled={pay.isPending}
          onClick={() =>
            pay.mutate({
              invoiceId: invoice.id!,
              paidOn: v.paidOn,
              amount: Number(v.amount.replace(/\s/g, '')),
              method: v.method as (typeof BILLING_PAYMENT_METHODS)[number],
              reference: v.reference || null,
            })
          }
        >
          {t('common:actions.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
