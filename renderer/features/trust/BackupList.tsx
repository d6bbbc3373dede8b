import { useState, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  Paper,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { BackupInfoOut } from '../../../electron/contract/backup.contract';
import { formatDateTime } from '../../../electron/contract/format';
import { useApiQuery } from '../../api/hooks';
import { errorMessage } from '../../components/errors';
import { BackupInspectDialog } from './BackupInspectDialog';

const REASONS = ['daily', 'manual', 'pre-migration', 'pre-restore'] as const;
type Reason = (typeof REASONS)[number];
export const isReason = (r: string): r is Reason => (REASONS as readonly string[]).includes(r);

/** The backups in a folder (the automatic one unless another is chosen), newest first. */
export function BackupList({ dir, onDirChange }: { dir: string | undefined; onDirChange(dir: string | undefined): void }) {
  const { t } = useTranslation(['trust', 'common']);
  const [typed, setTyped] = useState(dir ?? '');
  const [open, setOpen] = useState<BackupInfoOut | null>(null);
  const list = useApiQuery('backup.list', { dir });

  const show = (e: FormEvent) => {
    e.preventDefault();
    onDirChange(typed.trim() || undefined);
  };

  return (
    <Paper variant="outlined" sx={{ p: 3 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
        {t('backups.listTitle')}
      </Typography>
      <Box component="form" onSubmit={show} noValidate sx={{ display: 'flex', gap: 1.5, mb: 2, flexWrap: 'wrap' }}>
        <TextField
          size="small"
          label={t('backups.listDir')}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          sx={{ flex: 1, minWidth: 260 }}
        />
        <Button type="submit" variant="outlined">
          {t('backups.show')}
        </Button>
      </Box>
      {list.error && (
        <Alert severity="error" role="alert">
          {errorMessage(list.error)}
        </Alert>
      )}
      {list.isPending && <Skeleton variant="rounded" height={160} />}
      {list.data && list.data.length === 0 && <Alert severity="info">{t('backups.empty')}</Alert>}
      {list.data && list.data.length > 0 && (
        <TableContainer>
          <Table size="small" aria-label={t('backups.listTitle')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('backups.col.date')}</TableCell>
                <TableCell>{t('backups.col.reason')}</TableCell>
                <TableCell>{t('backups.col.facility')}</TableCell>
                <TableCell>{t('backups.col.verified')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {list.data.map((b) => (
                <TableRow key={b.file} hover data-testid="backup-row">
                  <TableCell sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>{formatDateTime(b.createdAt)}</TableCell>
                  <TableCell>{isReason(b.reason) ? t(`backups.reason.${b.reason}`) : b.reason}</TableCell>
                  <TableCell>{b.facility?.name ?? '—'}</TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      color={b.verified ? 'success' : 'error'}
                      variant="outlined"
                      label={b.verified ? t('backups.verified') : t('backups.changed')}
                    />
                  </TableCell>
                  <TableCell align="right">
                    <Button onClick={() => setOpen(b)}>{t('backups.inspect')}</Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {open && <BackupInspectDialog file={open.file} onClose={() => setOpen(null)} />}
    </Paper>
  );
}
