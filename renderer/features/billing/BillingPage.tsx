import { Box, Tab, Tabs } from '@mui/material';
import { Link as RouterLink, Navigate, Route, Routes, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { NotFoundPage } from '../../app/StatusPages';
import { OverviewPanel } from './OverviewPanel';
import { ClaimPanel } from './ClaimPanel';
import { VouchersPanel } from './VouchersPanel';
import { InvoicesPanel } from './InvoicesPanel';
import { SettingsPanel } from './SettingsPanel';
import { AgreementsPanel } from './AgreementsPanel';
import { ReconciliationPanel } from './ReconciliationPanel';

const TABS = ['overview', 'claim', 'vouchers', 'agreements', 'invoices', 'reconciliation', 'settings'] as const;

/** Vouchers & invoices (manager, accountant): the month's state claim, authorisations, parents' invoices. */
export default function BillingPage() {
  const { t } = useTranslation(['billing', 'common']);
  const { pathname } = useLocation();
  const current = TABS.find((tab) => pathname.startsWith(`/billing/${tab}`)) ?? false;
  return (
    <>
      <PageHeader title={t('common:nav.billing')} subtitle={t('subtitle')} />
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}>
        <Tabs value={current} aria-label={t('common:nav.billing')} variant="scrollable" allowScrollButtonsMobile>
          {TABS.map((tab) => (
            <Tab
              key={tab}
              value={tab}
              label={t(`tabs.${tab}`)}
              title={t(`tabHints.${tab}`)}
              component={RouterLink}
              to={`/billing/${tab}`}
              sx={{ px: 1.5, minWidth: 0 }}
            />
          ))}
        </Tabs>
      </Box>
      <Routes>
        <Route index element={<Navigate to="overview" replace />} />
        <Route path="overview" element={<OverviewPanel />} />
        <Route path="claim" element={<ClaimPanel />} />
        <Route path="vouchers" element={<VouchersPanel />} />
        <Route path="agreements" element={<AgreementsPanel />} />
        <Route path="invoices" element={<InvoicesPanel />} />
        <Route path="reconciliation" element={<ReconciliationPanel />} />
        <Route path="settings" element={<SettingsPanel />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
