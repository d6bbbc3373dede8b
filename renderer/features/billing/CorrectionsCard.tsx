// Claimed days change only through a correction (manager, with a reason); the next claim carries
// the adjustment. A line the agency rejected can be claimed again the same way.
import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import EditCalendarIcon from '@mui/icons-material/EditCalendar';
import { useTranslation } from 'react-i18next';
import type { ClaimOut } from '../../../electron/contract/billing-claims.contract';
import { formatDate } from '../../../electron/contract/format';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useSignedInUser } from '../../app/session';
import { errorMessage, fieldErrors } from '../../components/errors';
import { ClientField, DateField, Notice } from './shared';

const REFRESH = ['billing.prepareClaim', 'billing.listCorrections', 'billing.dashboard', 'billing.listClaims'] as const;

export function CorrectionsCard() {
  const { t } = useTranslation('billing');
  const manager = useSignedInUser().role === 'manager';
  const q = useApiQuery('billing.listCorrections', {});
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const rows = q.data ?? [];
  return (
    <Card sx={{ p: 2 }} variant="outlined">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
        <Typography variant="h6" component="h3" sx={{ flex: 1 }}>
          {t('corr.title')}
        </Typography>
        {manager && (
          <Button startIcon={<EditCalendarIcon />} onClick={() => setOpen(true)}>
            {t('corr.add')}
          </Button>
        )}
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('corr.help')}
      </Typography>
      {rows.length === 0 ? (
        <Typography color="text.secondary">{t('corr.none')}</Typography>
      ) : (
        <Table size="small" aria-label={t('corr.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('corr.client')}</TableCell>
              <TableCell>{t('corr.date')}</TableCell>
              <TableCell>{t('corr.reason')}</TableCell>
              <TableCell>{t('corr.settled')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.id} data-testid="correction-row">
                <TableCell>{r.clientCode}</TableCell>
                <TableCell>{formatDate(r.date)}</TableCell>
                <TableCell>{r.reason}</TableCell>
                <TableCell>{r.settledByClaimNumber ?? t('corr.pending')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {open && <CorrectionDialog onClose={(saved) => (setOpen(false), saved && setNotice(t('corr.saved')))} />}
      <Notice text={notice} onClose={() => setNotice(null)} />
    </Card>
  );
}

function CorrectionDialog({ onClose }: { onClose(saved?: boolean): void }) {
  const { t } = useTranslation(['billing', 'common']);
  const reasons = useApiQuery('attendance.reasons', {});
  const [v, setV] = useState({ clientId: '', date: '', kind: 'present', checkIn: '', checkOut: '', absence: 'illness', reason: '' });
  const save = useApiMutation('billing.correctAttendance', { invalidates: [...REFRESH], onSuccess: () => onClose(true) });
  const errors = fieldErrors(save.error);
  const present = v.kind === 'present';
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((x) => ({ ...x, [k]: e.target.value }));
  const absenceName = (code: string, label: string | null) => label ?? t(`corr.absenceNames.${code}`, { defaultValue: code });
  return (
    <Dialog open onClose={() => onClose()} maxWidth="sm" fullWidth aria-labelledby="correction-title">
      <DialogTitle id="correction-title">{t('corr.add')}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
        {save.error && !Object.keys(errors).length && <Alert severity="error">{errorMessage(save.error)}</Alert>}
        <ClientField
          label={t('corr.client')}
          value={v.clientId}
          onChange={(clientId) => setV((x) => ({ ...x, clientId }))}
          error={errors.clientId}
        />
        <DateField label={t('corr.date')} value={v.date} onChange={(date) => setV((x) => ({ ...x, date }))} error={errors.date} />
        <ToggleButtonGroup
          exclusive
          value={v.kind}
          onChange={(_, kind: string | null) => kind && setV((x) => ({ ...x, kind }))}
          color="primary"
        >
          <ToggleButton value="present">{t('corr.kind.present')}</ToggleButton>
          <ToggleButton value="absent">{t('corr.kind.absent')}</ToggleButton>
        </ToggleButtonGroup>
        {present ? (
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
            <TextField
              label={t('corr.checkIn')}
              value={v.checkIn}
              onChange={set('checkIn')}
              error={!!errors.checkIn}
              helperText={errors.checkIn}
            />
            <TextField
              label={t('corr.checkOut')}
              value={v.checkOut}
              onChange={set('checkOut')}
              error={!!errors.checkOut}
              helperText={errors.checkOut}
            />
          </Box>
        ) : (
          <TextField
            select
            label={t('corr.absence')}
            value={v.absence}
            onChange={set('absence')}
            error={!!errors.absenceReason}
            helperText={errors.absenceReason}
          >
            {(reasons.data ?? [])
              .filter((r) => r.active)
              .map((r) => (
                <MenuItem key={r.code} value={r.code}>
                  {absenceName(r.code, r.label)}
                </MenuItem>
              ))}
          </TextField>
        )}
        {present && errors.absenceReason && <Alert severity="error">{errors.absenceReason}</Alert>}
        <TextField
          label={t('corr.reason')}
          value={v.reason}
          onChange={set('reason')}
          error={!!errors.reason}
          helperText={errors.reason}
          required
          multiline
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose()}>{t('common:actions.cancel')}</Button>
        <Button
          variant="contained"
          disabled={save.isPending}
          onClick={() =>
            save.mutate({
              clientId: Number(v.clientId) || 0,
              date: v.date,
              checkIn: present ? v.checkIn.trim() || null : null,
              checkOut: present ? v.checkOut.trim() || null : null,
              absenceReason: present ? null : v.absence,
              reason: v.reason,
            })
          }
        >
          {t('common:actions.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** The days of a line the agency rejected, claimed again in the next claim (with what was fixed). */
export function ReclaimDialog({
  claim,
  line,
  onClose,
}: {
  claim: ClaimOut;
  line: ClaimOut['lines'][number];
  onClose(days?: number): void;
}) {
  const { t } = useTranslation(['billing', 'common']);
  const [reason, setReason] = useState('');
  const run = useApiMutation('billing.reclaimLine', { invalidates: [...REFRESH], onSuccess: (r) => onClose(r.days) });
  const errors = fieldErrors(run.error);
  return (
    <Dialog open onClose={() => onClose()} maxWidth="sm" fullWidth aria-labelledby="reclaim-title">
      <DialogTitle id="reclaim-title">{t('reclaim.title')}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
        <Typography>{t('reclaim.text', { client: line.clientCode, ref: claim.number })}</Typography>
        {line.rejectedReason && <Alert severity="warning">{line.rejectedReason}</Alert>}
        {run.error && !Object.keys(errors).length && <Alert severity="error">{errorMessage(run.error)}</Alert>}
        <TextField
          label={t('reclaim.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={!!errors.reason}
          helperText={errors.reason}
          required
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose()}>{t('common:actions.cancel')}</Button>
        <Button variant="contained" disabled={run.isPending} onClick={() => run.mutate({ lineId: line.id!, reason })}>
          {t('reclaim.button')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
