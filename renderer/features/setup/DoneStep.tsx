import { useState } from 'react';
import { Alert, Box, Button, Checkbox, FormControlLabel, Paper, Typography } from '@mui/material';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import LoginIcon from '@mui/icons-material/Login';
import PrintIcon from '@mui/icons-material/Print';
import { useTranslation } from 'react-i18next';

/**
 * The facility exists. When the database is encrypted, the recovery key is shown here once: the manager
 * must write it down (or print this page) before going on, because nobody can show it again.
 */
export function DoneStep({ username, recoveryKey, onContinue }: { username: string; recoveryKey: string | null; onContinue(): void }) {
  const { t } = useTranslation('setup');
  const [kept, setKept] = useState(false);
  return (
    <Paper variant="outlined" sx={{ p: { xs: 3, md: 6 }, textAlign: 'center' }}>
      <TaskAltIcon color="success" sx={{ fontSize: 72, mb: 2 }} />
      <Typography variant="h4" component="h1" gutterBottom>
        {t('done.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ maxWidth: 560, mx: 'auto' }}>
        {t('done.text', { username })}
      </Typography>
      {recoveryKey && (
        <Box sx={{ mt: 4, maxWidth: 640, mx: 'auto', textAlign: 'left' }}>
          <Alert severity="warning" sx={{ mb: 2 }}>
            <Typography sx={{ fontWeight: 700 }} gutterBottom>
              {t('done.recoveryTitle')}
            </Typography>
            {t('done.recoveryText')}
          </Alert>
          <Typography
            data-testid="recovery-key"
            component="p"
            sx={{
              fontFamily: 'monospace',
              // One line at 1366×768 and on a 10" tablet: the key is copied by hand, group by group.
              fontSize: { xs: 16, sm: 20 },
              letterSpacing: 0.5,
              p: 2,
              border: 2,
              borderStyle: 'dashed',
              borderRadius: 1,
              textAlign: 'center',
              userSelect: 'all',
            }}
          >
            {recoveryKey}
          </Typography>
          <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mt: 1, flexWrap: 'wrap', gap: 1 }}>
            <FormControlLabel
              control={<Checkbox checked={kept} onChange={(e) => setKept(e.target.checked)} />}
              label={t('done.recoveryKept')}
            />
            <Button startIcon={<PrintIcon />} onClick={() => window.print()}>
              {t('done.print')}
            </Button>
          </Box>
        </Box>
      )}
      <Box sx={{ mt: 4 }}>
        <Button
          variant="contained"
          size="large"
          startIcon={<LoginIcon />}
          onClick={onContinue}
          disabled={!!recoveryKey && !kept}
          autoFocus={!recoveryKey}
        >
          {t('done.signIn')}
        </Button>
      </Box>
    </Paper>
  );
}
