import { useState } from 'react';
import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PlanVersionOut } from '../../../../electron/contract/index';
import { formatDate, formatDateTime } from '../../../../electron/contract/format';
import { PageHeader } from '../../../components/PageHeader';
import { PlanStatusChip, DueChip } from '../components/Chips';
import { usePlanLabels } from '../labels';
import { GoalView } from './GoalView';
import { PlanActions } from './PlanActions';
import { RecordDeliveryDialog } from '../RecordDeliveryDialog';
import { useNotice } from '../../../components/Notice';

/** A submitted, approved or past version: read, approve or send back, review, print, start the next version. */
export function PlanView({ version: v }: { version: PlanVersionOut }) {
  const { t } = useTranslation(['plans', 'common']);
  const labels = usePlanLabels();
  const setNotice = useNotice();
  const [recording, setRecording] = useState<number | null>(null);
  const pending = v.versions.find((x) => (x.status === 'draft' || x.status === 'submitted') && x.id !== v.id);
  return (
    <>
      <Button component={RouterLink} to={`/plans/client/${v.clientId}`} startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>
        {v.client.name ?? v.client.code}
      </Button>
      <PageHeader
        title={`${t('planNo', { no: v.planNo })}, ${t('version', { version: v.version })} — ${v.client.name ?? v.client.code}`}
        subtitle={
          <Box component="span" sx={{ display: 'inline-flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
            <PlanStatusChip status={v.status} />
            <span>{t('plan.basedOn', { date: formatDate(v.assessedOn) })}</span>
            {v.nextReviewOn && v.reviewState !== 'none' && (
              <>
                <span>{t('plan.nextReview', { date: formatDate(v.nextReviewOn) })}</span>
                <DueChip state={v.reviewState} />
              </>
            )}
          </Box>
        }
      />
      <PlanActions version={v} onNotice={setNotice} />
      {(v.status === 'approved' || v.status === 'under_review') && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {v.approvedBy && v.approvedAt && `${t('plan.approvedBy', { name: v.approvedBy.name, date: formatDateTime(v.approvedAt) })}. `}
          {t('plan.lockedNote')}
        </Alert>
      )}
      {v.status === 'closed' && v.closeReason && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {labels.planStatus.closed}: {v.closeReason}
        </Alert>
      )}
      {pending && (
        <Alert
          severity="warning"
          sx={{ mb: 2 }}
          action={
            <Button component={RouterLink} to={`/plans/version/${pending.id}`}>
              {t('plan.openPending')}
            </Button>
          }
        >
          {t('plan.pendingNote')} ({labels.planStatus[pending.status]})
        </Alert>
      )}
      <Paper variant="outlined" sx={{ p: 2.5, mb: 2.5, display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' } }}>
        <Field label={t('plan.startsOn')} value={formatDate(v.startsOn) + (v.endsOn ? ` – ${formatDate(v.endsOn)}` : '')} />
        <Field label={t('plan.keyWorker')} value={v.keyWorker?.name ?? '—'} />
        <Field label={t('plan.reviewMonths')} value={String(v.reviewMonths)} />
        {v.aim && <Field label={t('plan.aim')} value={v.aim} wide />}
        {v.personView && <Field label={t('plan.personView')} value={v.personView} wide />}
        {v.changeReason && <Field label={t('plan.reviseReason')} value={v.changeReason} wide />}
      </Paper>
      <Typography variant="h5" component="h2" sx={{ mb: 1.5 }}>
        {t('plan.goals')}
      </Typography>
      <Stack spacing={2}>
        {v.goals.map((g) => (
          <GoalView key={g.id} goal={g} showDelivery={!!v.approvedAt} onRecord={v.can.logActivity ? (id) => setRecording(id) : undefined} />
        ))}
      </Stack>
      {v.otherServices > 0 && (
        <Typography color="text.secondary" sx={{ mt: 2 }}>
          {t('plan.otherServices', { count: v.otherServices })}
        </Typography>
      )}
      {recording !== null && <RecordDeliveryDialog clientId={v.clientId} activityId={recording} onClose={() => setRecording(null)} />}
    </>
  );
}

function Field({ label, value, wide }: { label: string; value: string; wide?: boolean }) {
  return (
    <Box sx={{ gridColumn: wide ? '1 / -1' : undefined }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography sx={{ whiteSpace: 'pre-wrap' }}>{value}</Typography>
    </Box>
  );
}
