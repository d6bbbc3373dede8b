import { Box, Tab, Tabs } from '@mui/material';
import { Link as RouterLink, Navigate, Route, Routes, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { PageLoading } from '../../components/LoadingScreen';
import { NotFoundPage } from '../../app/StatusPages';
import { TodaySheet } from './TodaySheet';
import { MonthTabel } from './MonthTabel';
import { RollCall } from './RollCall';
import { AbsenceReasons } from './AbsenceReasons';
import { useSignedInUser } from '../../app/session';

/** Attendance: a day care's kiosk sheet and month tabel, or a home's roll call. */
export default function AttendancePage() {
  const { t } = useTranslation(['daily', 'common']);
  const { pathname } = useLocation();
  const user = useSignedInUser();
  const facility = useApiQuery('facility.get', {}).data;
  if (!facility) return <PageLoading />;
  const dayCare = facility.kind === 'day_care';
  // The manager keeps the list of absence reasons beside the sheet that uses it.
  const tabs = dayCare
    ? user.role === 'manager'
      ? (['today', 'month', 'reasons'] as const)
      : (['today', 'month'] as const)
    : (['rollCall'] as const);
  const path = {
    today: '/attendance/today',
    month: '/attendance/month',
    reasons: '/attendance/reasons',
    rollCall: '/attendance/roll-call',
  };
  const current = tabs.find((tab) => pathname.startsWith(path[tab])) ?? false;
  return (
    <>
      <PageHeader
        title={t('common:nav.attendance')}
        subtitle={t(
          !dayCare ? 'subtitle.rollCall' : current === 'month' || current === 'reasons' ? `subtitle.${current}` : 'subtitle.attendance',
        )}
      />
      {tabs.length > 1 && (
        <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2.5 }}>
          <Tabs value={current} aria-label={t('common:nav.attendance')}>
            {tabs.map((tab) => (
              <Tab key={tab} value={tab} label={t(`tabs.${tab}`)} component={RouterLink} to={path[tab]} />
            ))}
          </Tabs>
        </Box>
      )}
      <Routes>
        <Route index element={<Navigate to={dayCare ? 'today' : 'roll-call'} replace />} />
        <Route path="today" element={dayCare ? <TodaySheet /> : <Navigate to="../roll-call" replace />} />
        <Route path="month" element={dayCare ? <MonthTabel /> : <Navigate to="../roll-call" replace />} />
        <Route path="reasons" element={dayCare ? <AbsenceReasons /> : <Navigate to="../roll-call" replace />} />
        <Route path="roll-call" element={<RollCall />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
