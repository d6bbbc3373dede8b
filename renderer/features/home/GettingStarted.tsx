import { Box, Button, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';

/** The manager's first steps after setup, each with the button that does it. */
export function GettingStarted() {
  const { t } = useTranslation('home');
  const users = useApiQuery('users.list', {}).data;
  const staffAdded = (users?.length ?? 0) > 1;
  const clientsAdmitted = (useApiQuery('clients.list', { status: 'current', limit: 1 }).data?.total ?? 0) > 0;
  const steps = [
    { done: true, label: t('start.facility'), to: '/settings/facility', action: t('start.check') },
    { done: staffAdded, label: t('start.staff'), to: '/settings/users', action: staffAdded ? t('start.open') : t('start.addStaff') },
    { done: clientsAdmitted, label: t('start.clients'), to: '/clients', action: t('start.open') },
  ];
  return (
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
  );
}
