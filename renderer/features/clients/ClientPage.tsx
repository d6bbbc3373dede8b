import { useState } from 'react';
import { Alert, Box, Button, Tab, Tabs, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import EditIcon from '@mui/icons-material/Edit';
import LoginIcon from '@mui/icons-material/Login';
import LogoutIcon from '@mui/icons-material/Logout';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import LocalHospitalIcon from '@mui/icons-material/LocalHospital';
import KeyboardReturnIcon from '@mui/icons-material/KeyboardReturn';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, tashkentToday } from '../../../electron/contract/format';
import { useApiQuery } from '../../api/hooks';
import { useSignedInUser } from '../../app/session';
import { PageLoading } from '../../components/LoadingScreen';
import { NotFoundPage, NoAccessPage } from '../../app/StatusPages';
import { ClientName, Code, StatusChip, ageOn, isAnonymousKind, isResidential, useFacilityKind, usePlaceLabel } from './shared';
import { ClientDetails } from './ClientDetails';
import { ClientPhoto } from './ClientPhoto';
import { StaysTab, TimelineTab } from './HistoryTabs';
import { DocumentsTab } from './DocumentsTab';
import { AdmitDialog } from './AdmitDialog';
import { AbsenceDialog, DischargeDialog, ReturnDialog, TransferDialog } from './StayDialogs';

const TABS = ['details', 'stays', 'timeline', 'documents'] as const;
type TabId = (typeof TABS)[number];
type DialogId = 'admit' | 'transfer' | 'absence' | 'return' | 'discharge' | null;

/** One client: who (by the viewer's rules), where now, and what can be done today; then the details by tab. */
export function ClientPage() {
  const { t } = useTranslation('clients');
  const { id, tab } = useParams();
  const navigate = useNavigate();
  const user = useSignedInUser();
  const kind = useFacilityKind();
  const placeLabel = usePlaceLabel();
  const clientId = Number(id);
  const query = useApiQuery('clients.get', { id: clientId }, { enabled: Number.isInteger(clientId) && clientId > 0 });
  const [dialog, setDialog] = useState<DialogId>(null);
  const current: TabId = (TABS as readonly string[]).includes(tab ?? '') ? (tab as TabId) : 'details';

  if (query.error?.code === 'not_found' || !Number.isInteger(clientId)) return <NotFoundPage />;
  if (query.error?.code === 'forbidden') return <NoAccessPage />;
  const c = query.data;
  if (!c || !kind) return <PageLoading />;

  const manager = user.role === 'manager';
  const inStay = c.status === 'active' || c.status === 'away';
  const staff = manager || user.role === 'caregiver' || user.role === 'social_worker';
  const mayEdit = !c.readOnly && (manager || c.assignedWorkerId === user.id || (!isAnonymousKind(kind) && user.role === 'social_worker'));
  const close = () => setDialog(null);
  const age = ageOn(c.birthDate, tashkentToday());

  return (
    <>
      <Button component={RouterLink} to="/clients" startIcon={<ArrowBackIcon />} sx={{ mb: 1, ml: -1 }}>
        {t('actions.back')}
      </Button>
      <Box sx={{ display: 'flex', flexDirection: { xs: 'column', md: 'row' }, gap: 2, alignItems: { md: 'flex-start' }, mb: 2.5 }}>
        <ClientPhoto clientId={c.id} hasPhoto={c.identity?.hasPhoto ?? false} hidden={c.nameHidden} canEdit={mayEdit} />
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="h4" component="h1" sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
            <Code code={c.code} />
            <ClientName name={c.name} hidden={c.nameHidden} variant="h4" />
          </Typography>
          <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', mt: 1, flexWrap: 'wrap', color: 'text.secondary' }}>
            <StatusChip status={c.status} size="medium" />
            {age !== null && <Typography>{t('age', { count: age })}</Typography>}
            {inStay && <Typography>{placeLabel(c) || t('page.notPlaced')}</Typography>}
            {c.admittedOn && inStay && <Typography>{`${t('list.admitted')}: ${formatDate(c.admittedOn)}`}</Typography>}
          </Box>
        </Box>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          {manager && !inStay && (
            <Button variant="contained" startIcon={<LoginIcon />} onClick={() => setDialog('admit')}>
              {c.status === 'discharged' ? t('actions.readmit') : t('actions.admit')}
            </Button>
          )}
          {(manager || user.role === 'social_worker') && !inStay && (
            <Button variant="outlined" startIcon={<HourglassTopIcon />} component={RouterLink} to={`/clients/waiting?apply=${c.id}`}>
              {t('waiting.applyAgain')}
            </Button>
          )}
          {manager && inStay && (
            <Button variant="outlined" startIcon={<SwapHorizIcon />} onClick={() => setDialog('transfer')}>
              {t('actions.transfer')}
            </Button>
          )}
          {staff && c.status === 'active' && (
            <Button variant="outlined" startIcon={<LocalHospitalIcon />} onClick={() => setDialog('absence')}>
              {t('actions.absence')}
            </Button>
          )}
          {staff && c.status === 'away' && (
            <Button variant="contained" startIcon={<KeyboardReturnIcon />} onClick={() => setDialog('return')}>
              {t('actions.returned')}
            </Button>
          )}
          {manager && inStay && (
            <Button variant="outlined" color="error" startIcon={<LogoutIcon />} onClick={() => setDialog('discharge')}>
              {t('actions.discharge')}
            </Button>
          )}
          {mayEdit && (
            <Button startIcon={<EditIcon />} onClick={() => void navigate(`/clients/${c.id}/edit`)}>
              {t('actions.edit')}
            </Button>
          )}
        </Box>
      </Box>
      {c.readOnly && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('page.readOnly')}
        </Alert>
      )}
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2.5 }}>
        <Tabs value={current} aria-label={t('title')}>
          {TABS.map((tb) => (
            <Tab
              key={tb}
              value={tb}
              label={t(`tabs.${tb}`)}
              component={RouterLink}
              to={tb === 'details' ? `/clients/${c.id}` : `/clients/${c.id}/${tb}`}
            />
          ))}
        </Tabs>
      </Box>
      {current === 'details' && <ClientDetails client={c} kind={kind} />}
      {current === 'stays' && <StaysTab clientId={c.id} />}
      {current === 'timeline' && <TimelineTab clientId={c.id} />}
      {current === 'documents' && <DocumentsTab clientId={c.id} readOnly={c.readOnly} />}

      {dialog === 'admit' && <AdmitDialog open client={c} residential={isResidential(kind)} onClose={close} onDone={close} />}
      {dialog === 'transfer' && (
        <TransferDialog
          open
          client={c}
          residential={isResidential(kind)}
          current={{ bedId: c.bed?.id ?? null, groupId: c.group?.id ?? null }}
          onClose={close}
          onDone={close}
        />
      )}
      {dialog === 'absence' && <AbsenceDialog open client={c} onClose={close} onDone={close} />}
      {dialog === 'return' && <ReturnDialog open client={c} onClose={close} onDone={close} />}
      {dialog === 'discharge' && (
        <DischargeDialog
          open
          client={c}
          hasChildren={c.children.some((k) => k.status === 'active' || k.status === 'away')}
          onClose={close}
          onDone={close}
        />
      )}
    </>
  );
}
