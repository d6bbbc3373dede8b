import { Box, Card, CardActionArea, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, tashkentToday } from '../../../electron/contract/format';
import { PageHeader } from '../../components/PageHeader';
import { useSignedInUser } from '../../app/session';
import { areas } from '../../app/areas';
import { areasFor } from '../../app/area-registry';
import { useApiQuery } from '../../api/hooks';
import { GettingStarted } from './GettingStarted';
import { addressName } from './address';
import { FacilityCard } from './FacilityCard';
import { ManagerSummary } from '../clients/ManagerSummary';
import { DailyToday } from '../daily/DailyToday';
import { MonthToCloseCard } from '../billing/MonthToCloseCard';

/** Today first: what the user's role does today, and the way into each of their areas. */
export default function HomePage() {
  const { t } = useTranslation(['home', 'common']);
  const user = useSignedInUser();
  const today = tashkentToday();
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay() as 0 | 1 | 2 | 3 | 4 | 5 | 6;
  const facility = useApiQuery('facility.get', {}).data;
  const shortcuts = areasFor(areas, user.role, facility?.kind).filter((a) => a.id !== 'home');
  const addressed = addressName(user.fullName);

  return (
    <>
      <PageHeader
        title={t('greeting', { name: addressed })}
        subtitle={t('todayIs', { weekday: t(`weekdays.d${weekday}`), date: formatDate(today) })}
      />
      {user.role === 'manager' && <GettingStarted aside={facility && <FacilityCard facility={facility} />} />}
      {user.role === 'manager' && <ManagerSummary />}
      {/* A day care lives on its monthly claim: the month to close, for those who close it. */}
      {facility?.kind === 'day_care' && (user.role === 'accountant' || user.role === 'manager') && <MonthToCloseCard />}
      {(user.role === 'caregiver' || user.role === 'social_worker') && <DailyToday />}
      <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
        {t('yourAreas')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: 'repeat(3, 1fr)' }, gap: 2 }}>
        {shortcuts.map((a) => (
          <Card key={a.id}>
            <CardActionArea
              component={RouterLink}
              to={a.path}
              sx={{ p: 2.5, height: '100%', display: 'flex', alignItems: 'flex-start', justifyContent: 'flex-start', gap: 2 }}
            >
              <Box
                sx={{
                  width: 44,
                  height: 44,
                  flex: 'none',
                  borderRadius: 2,
                  display: 'grid',
                  placeItems: 'center',
                  bgcolor: 'rgba(29,92,122,0.1)',
                  color: 'primary.main',
                }}
              >
                <a.icon />
              </Box>
              <Box>
                <Typography sx={{ fontWeight: 700 }}>{t(`common:${a.labelKey}`)}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {t(`areas.${a.id === 'attendance' && facility && facility.kind !== 'day_care' ? 'rollCall' : a.id}` as 'areas.clients')}
                </Typography>
              </Box>
            </CardActionArea>
          </Card>
        ))}
      </Box>
    </>
  );
}
