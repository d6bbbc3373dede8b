import { Alert, Box, Chip, Paper, Skeleton, Typography } from '@mui/material';
import CloudDoneIcon from '@mui/icons-material/CloudDoneOutlined';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../electron/contract/format';
import { useApiQuery } from '../../api/hooks';

/** When the last good backup was made, and a plain warning when it is older than two days. */
export function BackupStatusCard() {
  const { t } = useTranslation(['trust', 'common']);
  const status = useApiQuery('backup.status', {});
  if (!status.data) return <Skeleton variant="rounded" height={120} />;
  const s = status.data;
  return (
    <Paper variant="outlined" sx={{ p: 3 }} data-testid="backup-status">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <CloudDoneIcon color={s.stale ? 'warning' : 'success'} sx={{ fontSize: 40 }} />
        <Box sx={{ flex: 1, minWidth: 240 }}>
          <Typography color="text.secondary" variant="body2">
            {t('backups.last')}
          </Typography>
          <Typography variant="h5" component="p" sx={{ fontWeight: 700 }} data-testid="backup-last">
            {s.lastSuccessAt ? formatDateTime(s.lastSuccessAt) : t('backups.never')}
          </Typography>
        </Box>
        <Chip label={s.automatic ? t('backups.automaticOn') : t('backups.automaticOff')} color={s.automatic ? 'success' : 'default'} />
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5, wordBreak: 'break-all' }}>
        {t('backups.folder')}: {s.folder}
      </Typography>
      {s.stale && (
        <Alert severity="warning" sx={{ mt: 2 }} role="alert" data-testid="backup-stale">
          {t('backups.stale')}
        </Alert>
      )}
    </Paper>
  );
}
