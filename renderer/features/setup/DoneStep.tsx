import { Box, Button, Paper, Typography } from '@mui/material';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import LoginIcon from '@mui/icons-material/Login';
import { useTranslation } from 'react-i18next';

export function DoneStep({ username, onContinue }: { username: string; onContinue(): void }) {
  const { t } = useTranslation('setup');
  return (
    <Paper variant="outlined" sx={{ p: { xs: 3, md: 6 }, textAlign: 'center' }}>
      <TaskAltIcon color="success" sx={{ fontSize: 72, mb: 2 }} />
      <Typography variant="h4" component="h1" gutterBottom>
        {t('done.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ maxWidth: 560, mx: 'auto' }}>
        {t('done.text', { username })}
      </Typography>
      <Box sx={{ mt: 4 }}>
        <Button variant="contained" size="large" startIcon={<LoginIcon />} onClick={onContinue} autoFocus>
          {t('done.signIn')}
        </Button>
      </Box>
    </Paper>
  );
}
