import { Box, Tab, Tabs } from '@mui/material';
import { Link as RouterLink, Navigate, Route, Routes, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { NotFoundPage } from '../../app/StatusPages';
import { FacilitySettings } from './FacilitySettings';
import { UsersPanel } from './UsersPanel';
import { IdleLockSettings } from '../trust/IdleLockSettings';
import { useApiQuery } from '../../api/hooks';
import { HolidaysPanel } from './HolidaysPanel';
import { NoticeProvider } from '../../components/Notice';

const TABS = ['facility', 'users', 'security', 'holidays'] as const;

/** Settings (manager): the facility's details, the staff accounts, security and (day care) the holiday calendar. */
export default function SettingsPage() {
  const { t } = useTranslation(['settings', 'common']);
  const { pathname } = useLocation();
  // Holidays decide who is due on the attendance sheet: only a day care keeps one.
  const dayCare = useApiQuery('facility.get', {}).data?.kind === 'day_care';
  const tabs = TABS.filter((tab) => tab !== 'holidays' || dayCare);
  const current = tabs.find((tab) => pathname.startsWith(`/settings/${tab}`)) ?? false;
  return (
    <NoticeProvider>
      <PageHeader title={t('common:nav.settings')} subtitle={t('subtitle')} />
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}>
        <Tabs value={current} aria-label={t('common:nav.settings')}>
          {tabs.map((tab) => (
            <Tab key={tab} value={tab} label={t(`tabs.${tab}`)} component={RouterLink} to={`/settings/${tab}`} />
          ))}
        </Tabs>
      </Box>
      <Routes>
        <Route index element={<Navigate to="facility" replace />} />
        <Route path="facility" element={<FacilitySettings />} />
        <Route path="users" element={<UsersPanel />} />
        <Route path="security" element={<IdleLockSettings />} />
        <Route path="holidays" element={<HolidaysPanel />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </NoticeProvider>
  );
}
