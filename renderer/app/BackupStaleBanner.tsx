import { Alert, Button } from '@mui/material';
import { Link as RouterLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks';

/** For the manager on every page (home included): the last backup is older than two days, or there is none. */
export function BackupStaleBanner() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // Right after the first sign-in of the day the daily backup is a second away: look again soon while stale.
  const status = useApiQuery(
    'backup.status',
    {},
    { staleTime: 60_000, refetchInterval: (q) => (q.state.data?.stale ? 15_000 : 10 * 60_000) },
  );
  // The backups page says it itself, with the button next to it.
  if (!status.data?.stale || pathname.startsWith('/backups')) return null;
  return (
    <Alert
      severity="warning"
      role="status"
      sx={{ mb: 2.5 }}
      data-testid="backup-stale-banner"
      action={
        <Button component={RouterLink} to="/backups" color="inherit" size="small" sx={{ fontWeight: 700 }}>
          {t('shell.backupNow')}
        </Button>
      }
    >
      {t('shell.backupStale')}
    </Alert>
  );
}
