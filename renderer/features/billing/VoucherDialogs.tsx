import { useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { AUTHORISATION_CANCEL_REASONS, BILLING_PROGRAMS, type AuthorisationOut } from '../../../electron/contract/billing.contract';
import { tashkentToday } from '../../../electron/contract/format';
import { useApiMutation } from '../../api/hooks';
import { errorMessage, fieldErrors } from '../../components/errors';
import { ClientField, DateField, useLabel } from './shared';

const REFRESH = ['billing.listAuthorisations', 'billing.prepareClaim', 'billing.dashboard'] as const;

export function VoucherDialog({ onClose }: { onClose(created?: string): void }) {
  const { t } = useTranslation(['billing', 'common']);
  const label = useLabel();
  const [v, setV] = useState({
    number: '',
    clientId: '',
    program: 'day_care_child',
    issuedBy: '',
    validFrom: tashkentToday(),
    validTo: '',
  });
  const create = useApiMutation('billing.createAuthorisation', { invalidates: [...REFRESH], onSuccess: (a) => onClose(a.number) });
  const errors = fieldErrors(create.error);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((x) => ({ ...x, [k]: e.target.value }));
  return (
    <Dialog open onClose={() => onClose()} maxWidth="sm" fullWidth aria-labelledby="voucher-title">
      <DialogTitle id="voucher-title">{t('vouchers.addTitle')}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
        {create.error && !Object.keys(errors).length && <Alert severity="error">{errorMessage(create.error)}</Alert>}
        <TextField
          label={t('vouchers.number')}
          value={v.number}
          onChange={set('number')}
          error={!!errors.number}
          helperText={errors.number}
          required
        />
        <ClientField
          label={t('vouchers.client')}
          value={v.clientId}
          onChange={(clientId) => setV((x) => ({ ...x, clientId }))}
          error={errors.clientId}
        />
        <TextField
          select
          label={t('vouchers.program')}
          value={v.program}
          onChange={set('program')}
          helperText={v.program === 'day_care_child' ? undefined : t('vouchers.sixMonths')}
        >
          {BILLING_PROGRAMS.map((p) => (
            <MenuItem key={p} value={p}>
              {label('program', p)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={t('vouchers.issuedBy')}
          value={v.issuedBy}
          onChange={set('issuedBy')}
          error={!!errors.issuedBy}
          helperText={errors.issuedBy}
          required
        />
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
          <DateField
            label={t('vouchers.validFrom')}
            value={v.validFrom}
            onChange={(validFrom) => setV((x) => ({ ...x, validFrom }))}
            error={errors.validFrom}
          />
          <DateField
            label={t('vouchers.validTo')}
            value={v.validTo}
            onChange={(validTo) => setV((x) => ({ ...x, validTo }))}
            error={errors.validTo}
          />
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose()}>{t('common:actions.cancel')}</Button>
        <Button
          variant="contained"
          disabled={create.isPending}
          onClick={() =>
            create.mutate({
              number: v.number,
              clientId: Number(v.clientId) || 0,
              program: v.program as (typeof BILLING_PROGRAMS)[number],
              issuedBy: v.issuedBy,
              validFrom: v.validFrom,
              validTo: v.validTo,
            })
          }
        >
          {t('common:actions.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

export function StatusDialog({ voucher, onClose }: { voucher: AuthorisationOut; onClose(): void }) {
  const { t } = useTranslation(['billing', 'common']);
  const label = useLabel();
  const [status, setStatus] = useState<'active' | 'suspended' | 'cancelled'>(voucher.status === 'suspended' ? 'active' : 'suspended');
  const [from, setFrom] = useState(tashkentToday());
  const [reasonCode, setReasonCode] = useState('');
  const [reason, setReason] = useState('');
  const change = useApiMutation('billing.changeAuthorisationStatus', { invalidates: [...REFRESH], onSuccess: onClose });
  const errors = fieldErrors(change.error);
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="status-title">
      <DialogTitle id="status-title">{t('vouchers.changeTitle', { number: voucher.number })}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
        {change.error && !Object.keys(errors).length && <Alert severity="error">{errorMessage(change.error)}</Alert>}
        <TextField select label={t('vouchers.newStatus')} value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
          {(['active', 'suspended', 'cancelled'] as const).map((s) => (
            <MenuItem key={s} value={s}>
              {label('status', s)}
            </MenuItem>
          ))}
        </TextField>
        <DateField label={t('vouchers.from')} value={from} onChange={setFrom} error={errors.from} />
        {status === 'cancelled' && (
          <TextField
            select
            label={t('vouchers.reasonCode')}
            value={reasonCode}
            onChange={(e) => setReasonCode(e.target.value)}
            error={!!errors.reasonCode}
            helperText={errors.reasonCode}
          >
            {AUTHORISATION_CANCEL_REASONS.map((r) => (
              <MenuItem key={r} value={r}>
                {t(`vouchers.reasons.${r}`)}
              </MenuItem>
            ))}
          </TextField>
        )}
        <TextField label={t('vouchers.reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
        <Button
          variant="contained"
          color={status === 'cancelled' ? 'error' : 'primary'}
          disabled={change.isPending}
          onClick={() =>
            change.mutate({
              id: voucher.id,
              status,
              from,
              reasonCode: (reasonCode || null) as (typeof AUTHORISATION_CANCEL_REASONS)[number] | null,
              reason: reason || null,
            })
          }
        >
          {t('common:actions.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
