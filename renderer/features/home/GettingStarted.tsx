import type { ReactNode } from 'react';
import { Box, Button, Card, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import RocketLaunchIcon from '@mui/icons-material/RocketLaunchOutlined';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';

/** The manager's first steps after setup, each with the button that does it. */
function useStartSteps() {
  const { t } = useTranslation('home');
  const users = useApiQuery('users.list', {});
  const clients = useApiQuery('clients.list', { status: 'current', limit: 1 });
  const staffAdded = (users.data?.length ?? 0) > 1;
  const clientsAdmitted = (clients.data?.total ?? 0) > 0;
  return {
    loaded: !!users.data && !!clients.data,
    steps: [
      { done: true, label: t('start.facility'), to: '/settings/facility', action: t('start.check') },
      { done: staffAdded, label: t('start.staff'), to: '/settings/users', action: staffAdded ? t('start.open') : t('start.addStaff') },
      { done: clientsAdmitted, label: t('start.clients'), to: '/clients', action: t('start.open') },
    ],
  };
}

/** Shown until the facility is ready for its daily work; then the home starts with the day's summary. */
export function GettingStarted({ aside }: { aside?: ReactNode }) {
  const { t } = useTranslation('home');
  const { loaded, steps } = useStartSteps();
  if (!loaded || steps.every((s) => s.done)) return null;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '3fr 2fr' }, gap: 2.5, mb: 3.5 }}>
      <Card sx={{ p: 3, display: 'flex', gap: 2.5, alignItems: 'flex-start' }}>
        <Box
          sx={{
            width: 48,
            height: 48,
            borderRadius: 2,
            flex: 'none',
            display: 'grid',
            placeItems: 'center',
            bgcolor: 'rgba(224,161,0,0.15)',
            color: '#8a5a00',
          }}
        >
          <RocketLaunchIcon />
        </Box>
        <Box sx={{ flex: 1 }}>
          <Typography variant="h6" component="h2" gutterBottom>
            {t('start.title')}
          </Typography>
          <Typography color="text.secondary">{t('start.intro')}</Typography>
          <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, mt: 2, display: 'grid', gap: 1 }} aria-label={t('start.title')}>
            {steps.map((s) => (
              <Box component="li" key={s.to} sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
                {s.done ? (
                  <CheckCircleIcon color="success" aria-label={t('start.done')} />
                ) : (
                  <RadioButtonUncheckedIcon sx={{ color: 'text.disabled' }} aria-label={t('start.todo')} />
                )}
                <Typography sx={{ flex: 1, color: s.done ? 'text.secondary' : 'text.primary' }}>{s.label}</Typography>
                <Button component={RouterLink} to={s.to} size="small" variant={s.done ? 'text' : 'outlined'}>
                  {s.action}
                </Button>
              </Box>
            ))}
          </Box>
        </Box>
      </Card>
      {aside}
    </Box>
  );
}
