import { Box, Tab, Tabs } from '@mui/material';
import { Link as RouterLink, Navigate, Route, Routes, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { NotFoundPage } from '../../app/StatusPages';
import { useSignedInUser } from '../../app/session';
import { AppealsList } from './AppealsList';
import { FastEntryForm } from './FastEntryForm';
import { StatsPage } from './StatsPage';
import { ImportPanel } from './ImportPanel';

/** The appeals register of a women's center or trafficking shelter: list, fast entry, statistics, import. */
export default function AppealsPage() {
  const { t } = useTranslation(['appeals', 'common']);
  const user = useSignedInUser();
  const { pathname } = useLocation();
  const canWrite = user.role !== 'inspector';
  type TabId = 'list' | 'new' | 'stats' | 'import';
  const tabs: TabId[] = [
    'list',
    ...(canWrite ? (['new'] as const) : []),
    'stats',
    ...(user.role === 'manager' ? (['import'] as const) : []),
  ];
  const current = tabs.find((tab) => pathname.startsWith(`/appeals/${tab}`)) ?? false;
  return (
    <>
      <PageHeader title={t('common:nav.appeals')} subtitle={t('subtitle')} />
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}>
        <Tabs value={current} aria-label={t('common:nav.appeals')}>
          {tabs.map((tab) => (
            <Tab key={tab} value={tab} label={t(`tabs.${tab}`)} component={RouterLink} to={`/appeals/${tab}`} data-tab={tab} />
          ))}
        </Tabs>
      </Box>
      <Routes>
        <Route index element={<Navigate to={canWrite ? 'new' : 'list'} replace />} />
        <Route path="list" element={<AppealsList />} />
        {canWrite && <Route path="new" element={<FastEntryForm />} />}
        <Route path="stats" element={<StatsPage />} />
        {user.role === 'manager' && <Route path="import" element={<ImportPanel />} />}
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
