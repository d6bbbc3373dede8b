import { useState } from 'react';
import { Alert, Box, Button, Checkbox, Chip, Divider, Paper, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ClientPlans } from '../../../electron/contract/plans.contract';
import { formatDate } from '../../../electron/contract/format';
import { useApiQuery } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { PageLoading } from '../../components/LoadingScreen';
import { errorMessage } from '../../components/errors';
import { DueChip, PlanStatusChip } from './components/Chips';
import { DeliveriesPanel } from './DeliveriesPanel';
import { usePlanLabels } from './labels';

/** One client's case: when the next assessment is due, the assessments, the plans with versions and reviews, what was done. */
export function ClientPlansPage() {
  const { t } = useTranslation(['plans', 'common']);
  const clientId = Number(useParams().clientId);
  const data = useApiQuery('plans.forClient', { clientId });
  if (data.isError) return <Alert severity="error">{errorMessage(data.error)}</Alert>;
  if (!data.data) return <PageLoading />;
  const c = data.data;
  const openPlan = c.plans.find((p) => p.status !== 'closed');
  return (
    <>
      <Button component={RouterLink} to="/plans" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>
        {t('client.back')}
      </Button>
      <PageHeader
        title={c.client.name ?? c.client.code}
        subtitle={
          <Box component="span" sx={{ display: 'inline-flex', gap: 2, flexWrap: 'wrap' }}>
            {c.client.name && <span>{c.client.code}</span>}
            {c.schedule.admittedOn && <span>{t('client.admitted', { date: formatDate(c.schedule.admittedOn) })}</span>}
          </Box>
        }
      />
      {!c.canWrite && !c.schedule.admittedOn && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('client.notStaying')}
        </Alert>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2.5 }}>
        <AssessmentsCard data={c} />
        <PlansCard data={c} openPlanId={openPlan?.planId ?? null} />
      </Box>
      <Paper variant="outlined" sx={{ p: 2.5, mt: 2.5 }}>
        <DeliveriesPanel clientId={clientId} canRecord={c.canWrite && !!openPlan} />
      </Paper>
    </>
  );
}

function AssessmentsCard({ data }: { data: ClientPlans }) {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  const navigate = useNavigate();
  const [picked, setPicked] = useState<number[]>([]);
  const s = data.schedule;
  const toggle = (id: number) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p.slice(-1), id]));
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1.5 }}>
        <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
          {t('client.assessments')}
        </Typography>
        {data.canWrite &&
          (s.draftId ? (
            <Button component={RouterLink} to={`/plans/assessment/${s.draftId}`} variant="outlined">
              {t('due.draft')}
            </Button>
          ) : (
            <Button
              component={RouterLink}
              to={`/plans/client/${data.client.id}/assessment/new`}
              variant="contained"
              startIcon={<AddIcon />}
            >
              {t('client.newAssessment')}
            </Button>
          ))}
      </Stack>
      {s.dueOn && s.dueKind && (
        <Alert severity={s.overdue ? 'error' : 'info'} sx={{ mb: 1.5 }} icon={false}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <span>{t(`due.${s.dueKind}`, { date: formatDate(s.dueOn) })}</span>
            {s.overdue && <DueChip state="overdueAssessment" />}
          </Stack>
        </Alert>
      )}
      {data.assessments.length === 0 ? (
        <Typography color="text.secondary">{t('client.noAssessments')}</Typography>
      ) : (
        <Stack divider={<Divider flexItem />}>
          {data.assessments.map((a) => (
            <Stack key={a.id} direction="row" spacing={1} sx={{ alignItems: 'center', py: 0.75 }} data-assessment={a.id}>
              <Checkbox
                checked={picked.includes(a.id)}
                onChange={() => toggle(a.id)}
                slotProps={{ input: { 'aria-label': `${labels.assessmentKind[a.kind]} ${formatDate(a.assessedOn)}` } }}
              />
              <Box sx={{ flex: 1, minWidth: 0 }}>
                <Typography sx={{ fontWeight: 600 }}>
                  {formatDate(a.assessedOn)} · {labels.assessmentKind[a.kind]}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {t('client.ratedDomains', { count: a.ratedDomains })}
                  {a.barthelTotal !== null && ` · Barthel ${a.barthelTotal}/100`}
                  {a.lawtonTotal !== null && ` · Lawton ${a.lawtonTotal}/8`}
                </Typography>
              </Box>
              <Chip
                size="small"
                label={labels.assessmentStatus[a.status]}
                color={a.status === 'completed' ? 'success' : 'default'}
                variant="outlined"
              />
              <Button component={RouterLink} to={`/plans/assessment/${a.id}`}>
                {t('client.open')}
              </Button>
            </Stack>
          ))}
        </Stack>
      )}
      {data.assessments.length > 1 && (
        <Button
          sx={{ mt: 1.5 }}
          startIcon={<CompareArrowsIcon />}
          disabled={picked.length !== 2}
          title={picked.length !== 2 ? t('client.compareHint') : undefined}
          onClick={() => navigate(`/plans/assessments/compare?a=${picked[0]}&b=${picked[1]}`)}
        >
          {t('client.compare')}
        </Button>
      )}
    </Paper>
  );
}

function PlansCard({ data, openPlanId }: { data: ClientPlans; openPlanId: number | null }) {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  const canStart = data.canWrite && openPlanId === null && data.schedule.lastCompletedId !== null;
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1.5 }}>
        <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
          {t('client.plans')}
        </Typography>
        {canStart && (
          <Button
            component={RouterLink}
            to={`/plans/client/${data.client.id}/plan/new?assessment=${data.schedule.lastCompletedId}`}
            variant="contained"
            startIcon={<AddIcon />}
          >
            {t('client.newPlan')}
          </Button>
        )}
      </Stack>
      {data.plans.length === 0 ? (
        <Typography color="text.secondary">
          {t('client.noPlans')} {data.canWrite && data.schedule.lastCompletedId === null && t('client.newPlanHint')}
        </Typography>
      ) : (
        <Stack spacing={2} divider={<Divider flexItem />}>
          {data.plans.map((p) => (
            <Box key={p.planId} data-plan={p.planId}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }} useFlexGap>
                <Typography sx={{ fontWeight: 700 }}>{t('planNo', { no: p.planNo })}</Typography>
                <PlanStatusChip status={p.status} />
                {p.nextReviewOn && (
                  <>
                    <Typography variant="body2" color={p.reviewState === 'overdue' ? 'error' : 'text.secondary'}>
                      {t('plan.nextReview', { date: formatDate(p.nextReviewOn) })}
                    </Typography>
                    <DueChip state={p.reviewState} />
                  </>
                )}
              </Stack>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
                {t('plan.versions')}
              </Typography>
              <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 1 }}>
                {[...p.versions].reverse().map((v) => (
                  <Chip
                    key={v.id}
                    component={RouterLink}
                    to={`/plans/version/${v.id}`}
                    clickable
                    label={`${t('version', { version: v.version })} · ${labels.planStatus[v.status]}`}
                    color={v.status === 'approved' || v.status === 'under_review' ? 'primary' : 'default'}
                    variant={v.status === 'approved' || v.status === 'under_review' ? 'filled' : 'outlined'}
                  />
                ))}
              </Stack>
              {p.reviews.length > 0 && (
                <>
                  <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
                    {t('plan.reviews')}
                  </Typography>
                  <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                    {p.reviews.map((r) => (
                      <Chip
                        key={r.id}
                        component={RouterLink}
                        to={`/plans/review/${r.id}`}
                        clickable
                        variant="outlined"
                        color={r.status === 'draft' ? 'info' : 'default'}
                        label={r.status === 'draft' ? t('client.reviewDraft') : t('client.review', { date: formatDate(r.reviewedOn) })}
                      />
                    ))}
                  </Stack>
                </>
              )}
            </Box>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
