import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Paper, TextField, Typography } from '@mui/material';
import LockClockIcon from '@mui/icons-material/LockClock';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { errorMessage, fieldErrors } from '../../components/errors';
import { PageLoading } from '../../components/LoadingScreen';

/** Settings → Security: after how many minutes without input the app locks itself. */
export function IdleLockSettings() {
  const current = useApiQuery('security.settings', {});
  if (!current.data) return <PageLoading />;
  return <IdleLockEditor saved={current.data.idleLockMinutes} />;
}

function IdleLockEditor({ saved }: { saved: number }) {
  const { t } = useTranslation(['trust', 'common']);
  const [minutes, setMinutes] = useState(String(saved));
  const save = useApiMutation('security.setIdleLock', { invalidates: ['security.settings'] });
  const fields = fieldErrors(save.error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await save.mutateAsync({ minutes: Number(minutes) });
    } catch {
      /* shown below */
    }
  };

  return (
    <Paper variant="outlined" component="form" onSubmit={submit} noValidate sx={{ p: { xs: 2.5, md: 4 }, maxWidth: 720 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mb: 1 }}>
        <LockClockIcon color="primary" />
        <Typography variant="h6" component="h2">
          {t('idle.title')}
        </Typography>
      </Box>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t('idle.text')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'flex-start' }}>
        <TextField
          label={t('idle.minutes')}
          type="number"
          value={minutes}
          onChange={(e) => {
            setMinutes(e.target.value);
            save.reset();
          }}
          error={!!fields.minutes}
          helperText={fields.minutes}
          slotProps={{ htmlInput: { min: 1, max: 120, inputMode: 'numeric' } }}
          sx={{ width: 160 }}
        />
        <Button type="submit" variant="contained" size="large" disabled={save.isPending} sx={{ minHeight: 56 }}>
          {t('common:actions.save')}
        </Button>
      </Box>
      {save.error && !fields.minutes && (
        <Alert severity="error" role="alert" sx={{ mt: 2 }}>
          {errorMessage(save.error)}
        </Alert>
      )}
      {save.data && (
        <Alert severity="success" role="status" sx={{ mt: 2 }}>
          {t('idle.saved', { n: save.data.idleLockMinutes })}
        </Alert>
      )}
    </Paper>
  );
}
