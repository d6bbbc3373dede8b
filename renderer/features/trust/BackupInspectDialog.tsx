import { useState } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import RestoreIcon from '@mui/icons-material/Restore';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../../electron/contract/format';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { errorMessage } from '../../components/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';

// The tables a manager recognises, in her words; everything else is summed as "other records".
const COUNTED = [
  'clients',
  'stays',
  'appeals',
  'attendance',
  'care_log_entries',
  'medication_administrations',
  'incidents',
  'plans',
  'client_documents',
  'billing_claims',
  'users',
  'audit_log',
] as const;
type Counted = (typeof COUNTED)[number] | 'other';

export function countsInWords(counts: Record<string, number>): Array<[Counted, number]> {
  const named: Array<[Counted, number]> = COUNTED.filter((k) => (counts[k] ?? 0) > 0).map((k) => [k, counts[k]!]);
  const other = Object.entries(counts)
    .filter(([k]) => !(COUNTED as readonly string[]).includes(k))
    .reduce((sum, [, n]) => sum + n, 0);
  return other > 0 ? [...named, ['other', other]] : named;
}

/** What a backup holds (facility, date, rows per table) and, from there, the restore. */
export function BackupInspectDialog({ file, onClose }: { file: string; onClose(): void }) {
  const { t } = useTranslation(['trust', 'common']);
  const info = useApiQuery('backup.inspect', { file }, { staleTime: 0 });
  const [confirm, setConfirm] = useState(false);
  const restore = useApiMutation('backup.restore');
  const b = info.data;
  const counts = b ? countsInWords(b.counts) : [];

  if (restore.data) {
    return (
      <Dialog open onClose={() => window.location.assign('/')} aria-labelledby="restored-title">
        <DialogTitle id="restored-title">{t('backups.restoreTitle')}</DialogTitle>
        <DialogContent>
          <Alert severity="success" role="status" sx={{ wordBreak: 'break-all' }}>
            {t('backups.restored', { file: restore.data.revertPoint })}
          </Alert>
        </DialogContent>
        <DialogActions>
          <Button variant="contained" onClick={() => window.location.assign('/')}>
            {t('damaged.signIn')}
          </Button>
        </DialogActions>
      </Dialog>
    );
  }

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="inspect-title">
      <DialogTitle id="inspect-title">{t('backups.inspectTitle')}</DialogTitle>
      <DialogContent>
        {info.isPending && <LinearProgress />}
        {info.error && (
          <Alert severity="error" role="alert">
            {errorMessage(info.error)}
          </Alert>
        )}
        {b && (
          <>
            <Typography sx={{ fontWeight: 700 }} data-testid="inspect-holds">
              {t('backups.holds', { date: formatDateTime(b.createdAt), facility: b.facility?.name ?? '—' })}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2, wordBreak: 'break-all' }}>
              {b.file}
            </Typography>
            <Table size="small" aria-label={t('backups.inspectTitle')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('backups.table')}</TableCell>
                  <TableCell align="right">{t('backups.rows')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {counts.map(([what, n]) => (
                  <TableRow key={what}>
                    <TableCell>{t(`backups.counted.${what}`)}</TableCell>
                    <TableCell align="right">{formatNumber(n)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
              {t('backups.auditHead', { seq: formatNumber(b.auditHead.seq) })}
            </Typography>
          </>
        )}
        {restore.error && (
          <Alert severity="error" sx={{ mt: 2 }} role="alert">
            {errorMessage(restore.error)}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common:actions.close')}</Button>
        <Button color="warning" variant="contained" startIcon={<RestoreIcon />} disabled={!b} onClick={() => setConfirm(true)}>
          {t('backups.restore')}
        </Button>
      </DialogActions>
      <ConfirmDialog
        open={confirm && !!b}
        title={t('backups.restoreTitle')}
        confirmLabel={t('backups.restoreConfirm')}
        destructive
        onConfirm={async () => {
          await restore.mutateAsync({ file, confirm: true });
          setConfirm(false);
        }}
        onCancel={() => setConfirm(false)}
      >
        {t('backups.restoreText', { date: b ? formatDateTime(b.createdAt) : '' })}
      </ConfirmDialog>
    </Dialog>
  );
}
