// The caregiver's "today" on the home page: her group's attendance (or the roll call), the
// handover waiting, the doses due, the incidents open — each one tap from its page.
import type { ReactNode } from 'react';
import { Box, Card, CardActionArea, Typography } from '@mui/material';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import ForwardIcon from '@mui/icons-material/Forward';
import MedicationIcon from '@mui/icons-material/Medication';
import ReportIcon from '@mui/icons-material/Report';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';

function Tile({
  to,
  icon,
  title,
  tone,
  children,
  testId,
}: {
  to: string;
  icon: ReactNode;
  title: string;
  tone: string;
  children: ReactNode;
  testId: string;
}) {
  return (
    <Card data-testid={testId} sx={{ borderLeft: 6, borderLeftColor: tone }}>
      <CardActionArea
        component={RouterLink}
        to={to}
        sx={{ p: 2.25, height: '100%', display: 'flex', gap: 2, alignItems: 'flex-start', justifyContent: 'flex-start' }}
      >
        <Box sx={{ color: tone, mt: 0.25 }}>{icon}</Box>
        <Box>
          <Typography sx={{ fontWeight: 700 }}>{title}</Typography>
          {children}
        </Box>
      </CardActionArea>
    </Card>
  );
}

export function DailyToday() {
  const { t } = useTranslation('daily');
  const today = useApiQuery('daily.today', {}, { refetchInterval: 60_000 });
  const d = today.data;
  if (!d) return null;
  const line = (text: string, strong = false) => (
    <Typography
      color={strong ? 'text.primary' : 'text.secondary'}
      sx={{ fontWeight: strong ? 700 : 400, fontSize: strong ? '1.25rem' : undefined }}
    >
      {text}
    </Typography>
  );
  return (
    <Box sx={{ mb: 3.5 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
        {t('home.title')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: 'repeat(4, 1fr)' }, gap: 2 }}>
        {d.kind === 'day_care' ? (
          <Tile testId="today-attendance" to="/attendance/today" icon={<EventAvailableIcon />} title={t('home.attendance')} tone="#2e7d4f">
            {d.groups.map((g) => (
              <Box key={g.id}>
                {line(t('home.present', { present: g.present, expected: g.expected }), true)}
                {d.groups.length > 1 && line(g.name)}
              </Box>
            ))}
          </Tile>
        ) : (
          <Tile testId="today-rollcall" to="/attendance/roll-call" icon={<EventAvailableIcon />} title={t('home.rollCall')} tone="#2e7d4f">
            {d.rollCall && line(t('home.rollCallDone', d.rollCall))}
          </Tile>
        )}
        <Tile
          testId="today-handover"
          to="/care-log/handover"
          icon={<ForwardIcon />}
          title={t('home.handover')}
          tone={d.handover ? '#2a6f97' : '#7b8a97'}
        >
          {line(d.handover ? t('home.handoverCount', { count: d.handover }) : t('home.handoverNone'), d.handover > 0)}
        </Tile>
        <Tile
          testId="today-doses"
          to="/care-log/medication"
          icon={<MedicationIcon />}
          title={t('home.doses')}
          tone={d.dosesLate ? '#b3261e' : d.dosesDue ? '#a15c00' : '#7b8a97'}
        >
          {line(
            d.dosesDue + d.dosesLate ? t('home.dosesCount', { due: d.dosesDue, late: d.dosesLate }) : t('home.dosesNone'),
            d.dosesLate > 0,
          )}
        </Tile>
        <Tile
          testId="today-incidents"
          to="/care-log/incidents"
          icon={<ReportIcon />}
          title={t('home.incidents')}
          tone={d.openIncidents ? '#b3261e' : '#7b8a97'}
        >
          {line(t('home.incidentsCount', { count: d.openIncidents }), d.openIncidents > 0)}
        </Tile>
      </Box>
    </Box>
  );
}
