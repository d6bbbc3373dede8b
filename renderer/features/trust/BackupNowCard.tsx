import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, LinearProgress, Paper, TextField, Typography } from '@mui/material';
import BackupIcon from '@mui/icons-material/Backup';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks';
import { errorMessage, fieldErrors } from '../../components/errors';

/** "Back up now", to the automatic folder or a chosen one (a USB stick). */
export function BackupNowCard({ onDone }: { onDone(dir: string | undefined): void }) {
  const { t } = useTranslation(['trust', 'common']);
  const [dir, setDir] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const create = useApiMutation('backup.create', { invalidates: ['backup.status', 'backup.list'] });
  const fields = fieldErrors(create.error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const chosen = dir.trim() || undefined;
    try {
      const info = await create.mutateAsync({ dir: chosen });
      setDone(info.file);
      onDone(chosen);
    } catch {
      /* shown below */
    }
  };

  return (
    <Paper variant="outlined" component="form" onSubmit={submit} noValidate sx={{ p: 3 }}>
      <Typography variant="h6" component="h2">
        {t('backups.nowTitle')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, mb: 2 }}>
        {t('backups.nowText')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <TextField
          label={t('backups.dir')}
          value={dir}
          onChange={(e) => {
            setDir(e.target.value);
            create.reset();
          }}
          error={!!fields.dir}
          helperText={fields.dir}
          disabled={create.isPending}
          sx={{ flex: 1, minWidth: 260 }}
        />
        <Button
          type="submit"
          variant="contained"
          size="large"
          startIcon={<BackupIcon />}
          disabled={create.isPending}
          sx={{ minHeight: 56 }}
        >
          {t('backups.backUpNow')}
        </Button>
      </Box>
      {create.isPending && (
        <Box sx={{ mt: 2 }}>
          <LinearProgress />
          <Typography variant="body2" sx={{ mt: 1 }}>
            {t('backups.working')}
          </Typography>
        </Box>
      )}
      {create.error && !fields.dir && (
        <Alert severity="error" sx={{ mt: 2 }} role="alert">
          {errorMessage(create.error)}
        </Alert>
      )}
      {done && (
        <Alert severity="success" sx={{ mt: 2, wordBreak: 'break-all' }} role="status">
          {t('backups.created', { file: done })}
        </Alert>
      )}
    </Paper>
  );
}
