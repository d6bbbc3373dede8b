import { Badge, Box, Tab, Tabs } from '@mui/material';
import { Link as RouterLink, Navigate, Route, Routes, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { NotFoundPage } from '../../app/StatusPages';
import { ResidentsToday } from './ResidentsToday';
import { ResidentDay } from './ResidentDay';
import { Handover } from './Handover';
import { MedicationRound } from './MedicationRound';
import { Incidents } from './Incidents';
import { MyShift } from './MyShift';

const TABS = ['journal', 'shift', 'handover', 'medication', 'incidents'] as const;

/** The care log with what belongs to the shift: handover, the medication round, incidents. */
export default function CareLogPage() {
  const { t } = useTranslation(['daily', 'common']);
  const { pathname } = useLocation();
  const today = useApiQuery('daily.today', {});
  const current =
    TABS.find((tab) => pathname.startsWith(`/care-log/${tab}`)) ?? (pathname.startsWith('/care-log/client') ? 'journal' : false);
  const badge = { journal: 0, shift: 0, handover: today.data?.handover ?? 0, medication: today.data?.dosesLate ?? 0, incidents: 0 };
  return (
    <>
      <PageHeader title={t('common:nav.careLog')} subtitle={t('subtitle.careLog')} />
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2.5 }}>
        <Tabs value={current} aria-label={t('common:nav.careLog')} variant="scrollable" allowScrollButtonsMobile>
          {TABS.map((tab) => (
            <Tab
              key={tab}
              value={tab}
              component={RouterLink}
              to={`/care-log/${tab}`}
              label={
                badge[tab] ? (
                  <Badge
                    badgeContent={badge[tab]}
                    color={tab === 'medication' ? 'error' : 'info'}
                    sx={{ '& .MuiBadge-badge': { right: -14 } }}
                  >
                    {t(`tabs.${tab}`)}
                  </Badge>
                ) : (
                  t(`tabs.${tab}`)
                )
              }
              sx={{ pr: badge[tab] ? 4 : undefined }}
            />
          ))}
        </Tabs>
      </Box>
      <Routes>
        <Route index element={<Navigate to="journal" replace />} />
        <Route path="journal" element={<ResidentsToday />} />
        <Route path="client/:clientId" element={<ResidentDay />} />
        <Route path="shift" element={<MyShift />} />
        <Route path="handover" element={<Handover />} />
        <Route path="medication" element={<MedicationRound />} />
        <Route path="incidents" element={<Incidents />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
