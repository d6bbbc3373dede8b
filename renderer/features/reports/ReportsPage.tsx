import { Box, Tab, Tabs } from '@mui/material';
import { Link as RouterLink, Navigate, Route, Routes, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { NotFoundPage } from '../../app/StatusPages';
import { useSignedInUser } from '../../app/session';
import { ReportView } from './ReportView';
import { RegisterPanel } from './RegisterPanel';
import { VerifyPanel } from './VerifyPanel';
import { SigningKeyPanel } from './SigningKeyPanel';

const TABS = ['view', 'register', 'verify', 'key'] as const;

/** Reports: the figures of a period, closing and signing it, the register of sent packages, verifying one. */
export default function ReportsPage() {
  const { t } = useTranslation(['reports', 'common']);
  const user = useSignedInUser();
  const { pathname } = useLocation();
  const current = TABS.find((tab) => pathname.startsWith(`/reports/${tab}`)) ?? false;
  return (
    <>
      <PageHeader title={t('common:nav.reports')} subtitle={t('subtitle')} />
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}>
        <Tabs value={current} aria-label={t('common:nav.reports')} variant="scrollable" allowScrollButtonsMobile>
          {TABS.map((tab) => (
            <Tab key={tab} value={tab} label={t(`tabs.${tab}`)} component={RouterLink} to={`/reports/${tab}`} />
          ))}
        </Tabs>
      </Box>
      <Routes>
        <Route index element={<Navigate to="view" replace />} />
        <Route path="view" element={<ReportView />} />
        <Route path="register" element={user.role === 'social_worker' ? <NotFoundPage /> : <RegisterPanel />} />
        <Route path="verify" element={<VerifyPanel />} />
        <Route path="key" element={<SigningKeyPanel />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
