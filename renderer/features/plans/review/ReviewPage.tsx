import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { Alert, Box, Button, FormControlLabel, MenuItem, Paper, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import SaveIcon from '@mui/icons-material/Save';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import PrintIcon from '@mui/icons-material/Print';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  GOAL_STATUSES,
  REVIEW_OUTCOMES,
  goalProgress,
  type GoalStatus,
  type ReviewOut,
  type ReviewOutcome,
} from '../../../../electron/contract/index';
import { formatDate, formatDateTime } from '../../../../electron/contract/format';
import { call } from '../../../api/client';
import { useApiMutation, useApiQuery } from '../../../api/hooks';
import { useSignedInUser } from '../../../app/session';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoading } from '../../../components/LoadingScreen';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { LeaveGuard } from '../../../components/LeaveGuard';
import { useDraft } from '../../../components/drafts';
import { errorMessage, fieldErrors } from '../../../components/errors';
import { DateField } from '../components/DateField';
import { ProgressBar } from '../components/ProgressBar';
import { RatingPicker } from '../components/RatingPicker';
import { usePlanLabels } from '../labels';
import { saveFile } from '../files';
import { useNotice } from '../../../components/Notice';

interface ReviewForm {
  reviewedOn: string | null;
  participants: string;
  summary: string;
  personView: string;
  outcome: ReviewOutcome | '';
  nextReviewOn: string | null;
  goals: Record<number, { rating: number | null; status: GoalStatus | ''; note: string }>;
}

const toForm = (r: ReviewOut): ReviewForm => ({
  reviewedOn: r.reviewedOn,
  participants: r.participants.join(', '),
  summary: r.summary ?? '',
  personView: r.personView ?? '',
  outcome: r.outcome ?? '',
  nextReviewOn: r.nextReviewOn,
  goals: Object.fromEntries(r.goals.map((g) => [g.goalId, { rating: g.rating, status: g.status ?? '', note: g.note ?? '' }])),
});

export function ReviewPage() {
  const id = Number(useParams().id);
  const review = useApiQuery('plans.getReview', { reviewId: id });
  if (review.isError) return <Alert severity="error">{errorMessage(review.error)}</Alert>;
  if (!review.data) return <PageLoading />;
  return <ReviewEditor key={review.data.id} review={review.data} />;
}

/** The rating reached and the status of each goal, with a progress bar; the decision and the next date. */
function ReviewEditor({ review: r }: { review: ReviewOut }) {
  const { t } = useTranslation(['plans', 'common']);
  const labels = usePlanLabels();
  const user = useSignedInUser();
  const navigate = useNavigate();
  const initial = useMemo(() => toForm(r), [r]);
  const draft = useDraft<ReviewForm>(r.canEdit ? `${user.id}.plans.review.${r.id}` : null, initial);
  const f = draft.value;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirm, setConfirm] = useState<'complete' | 'cancel' | null>(null);
  const setNotice = useNotice();
  const inv = ['plans.getReview', 'plans.get', 'plans.forClient', 'plans.overview'] as const;
  const save = useApiMutation('plans.saveReview', { invalidates: [...inv] });
  const complete = useApiMutation('plans.completeReview', { invalidates: [...inv] });
  const cancel = useApiMutation('plans.cancelReview', { invalidates: [...inv] });
  const disabled = !r.canEdit || save.isPending || complete.isPending;
  const input = () => ({
    reviewId: r.id,
    reviewedOn: f.reviewedOn ?? '',
    participants: f.participants
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    summary: f.summary.trim() || null,
    personView: f.personView.trim() || null,
    outcome: f.outcome || null,
    nextReviewOn: f.nextReviewOn,
    goals: r.goals.map((g) => ({
      goalId: g.goalId,
      rating: f.goals[g.goalId]?.rating ?? null,
      status: f.goals[g.goalId]?.status || null,
      note: f.goals[g.goalId]?.note.trim() || null,
    })),
  });
  const run = async (kind: 'save' | 'complete') => {
    setErrors({});
    try {
      const out = await (kind === 'save' ? save : complete).mutateAsync(input());
      draft.reset(toForm(out));
      setNotice(t(kind === 'save' ? 'review.saved' : 'review.completed'));
    } catch (e) {
      setErrors(fieldErrors(e));
    }
  };
  const setGoal = (goalId: number, patch: Partial<ReviewForm['goals'][number]>) =>
    draft.set({ goals: { ...f.goals, [goalId]: { ...{ rating: null, status: '', note: '' }, ...f.goals[goalId], ...patch } } });
  const failure = save.error ?? complete.error;
  return (
    <>
      <LeaveGuard when={r.canEdit && draft.dirty} onLeave={() => draft.reset()} />
      <Button component={RouterLink} to={`/plans/version/${r.versionId}`} startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>
        {t('version', { version: r.version })}
      </Button>
      <PageHeader
        title={`${t('review.title')} — ${r.client.name ?? r.client.code}`}
        subtitle={`${r.client.code} · ${t('version', { version: r.version })} · ${formatDate(r.reviewedOn)}`}
        actions={
          <Button
            variant="outlined"
            startIcon={<PrintIcon />}
            onClick={() => void call('plans.reviewPdf', { reviewId: r.id }).then(saveFile)}
          >
            {t('plan.print')}
          </Button>
        }
      />
      {r.status === 'done' && r.completedAt && (
        <Alert severity="success" sx={{ mb: 2 }}>
          {t('review.done', { name: r.completedBy?.name ?? '', date: formatDateTime(r.completedAt) })}
        </Alert>
      )}
      {failure && (!Object.keys(errors).length || errors.goals) && (
        <Alert severity="error" sx={{ mb: 2 }} role="alert">
          {errors.goals ?? errorMessage(failure)}
        </Alert>
      )}
      <Stack spacing={2}>
        {r.goals.map((g, i) => {
          const v = f.goals[g.goalId] ?? { rating: null, status: '' as const, note: '' };
          const progress = goalProgress(g.baseline, g.target, v.rating);
          return (
            <Paper key={g.goalId} variant="outlined" sx={{ p: 2.5 }} component="section" aria-label={g.title} data-goal-no={g.goalNo}>
              <Typography variant="body2" color="text.secondary">
                {t('plan.goal', { no: g.goalNo })} · {labels.domain[g.domain]}
              </Typography>
              <Typography variant="h6" component="h2">
                {g.title}
              </Typography>
              <Typography color="text.secondary" sx={{ mb: 1.5 }}>
                {t('review.scale', { baseline: g.baseline, target: g.target, date: formatDate(g.targetDate) })} ·{' '}
                {t('review.previous', { rating: g.previous })}
              </Typography>
              <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'auto 1fr' }, alignItems: 'start' }}>
                <Box>
                  <Typography variant="body2" sx={{ fontWeight: 600, mb: 0.5 }}>
                    {t('review.reached')}
                  </Typography>
                  <RatingPicker
                    label={`${g.title}: ${t('review.reached')}`}
                    value={v.rating}
                    onChange={(rating) => setGoal(g.goalId, { rating })}
                    disabled={disabled}
                    error={errors[`goals.${i}.rating`]}
                  />
                </Box>
                <Box sx={{ display: 'grid', gap: 1.5 }}>
                  <ProgressBar percent={progress} label={t('progressOf', { title: g.title })} />
                  <TextField
                    select
                    size="small"
                    label={t('review.status')}
                    value={v.status}
                    disabled={disabled}
                    onChange={(e) => setGoal(g.goalId, { status: e.target.value as GoalStatus })}
                    error={!!errors[`goals.${i}.status`]}
                    helperText={errors[`goals.${i}.status`]}
                  >
                    {GOAL_STATUSES.map((s) => (
                      <MenuItem key={s} value={s}>
                        {labels.goalStatus[s]}
                      </MenuItem>
                    ))}
                  </TextField>
                  <TextField
                    size="small"
                    label={t('review.note')}
                    value={v.note}
                    disabled={disabled}
                    onChange={(e) => setGoal(g.goalId, { note: e.target.value })}
                  />
                </Box>
              </Box>
            </Paper>
          );
        })}
      </Stack>
      <Paper variant="outlined" sx={{ p: 2.5, mt: 2.5, display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        <DateField
          label={t('plan.reviewDate')}
          value={f.reviewedOn}
          onChange={(reviewedOn) => draft.set({ reviewedOn })}
          error={errors.reviewedOn}
          required
          disabled={disabled}
        />
        <TextField
          label={t('review.participants')}
          value={f.participants}
          onChange={(e) => draft.set({ participants: e.target.value })}
          disabled={disabled}
          helperText={t('review.participantsHelp')}
        />
        <TextField
          label={t('review.summary')}
          value={f.summary}
          onChange={(e) => draft.set({ summary: e.target.value })}
          multiline
          minRows={2}
          disabled={disabled}
        />
        <TextField
          label={t('review.personView')}
          value={f.personView}
          onChange={(e) => draft.set({ personView: e.target.value })}
          multiline
          minRows={2}
          disabled={disabled}
        />
        <Box>
          <Typography sx={{ fontWeight: 600 }} id="outcome-label" color={errors.outcome ? 'error' : undefined}>
            {t('review.outcome')}
          </Typography>
          <RadioGroup
            aria-labelledby="outcome-label"
            value={f.outcome}
            onChange={(e) => draft.set({ outcome: e.target.value as ReviewOutcome })}
          >
            {REVIEW_OUTCOMES.map((o) => (
              <FormControlLabel key={o} value={o} control={<Radio />} label={labels.reviewOutcome[o]} disabled={disabled} />
            ))}
          </RadioGroup>
          {errors.outcome && (
            <Typography color="error" variant="body2">
              {errors.outcome}
            </Typography>
          )}
        </Box>
        {f.outcome !== 'close' && (
          <DateField
            label={t('review.nextReviewOn')}
            value={f.nextReviewOn}
            onChange={(nextReviewOn) => draft.set({ nextReviewOn })}
            error={errors.nextReviewOn}
            hint={t('review.suggested', { date: formatDate(r.suggestedNextReviewOn) })}
            disabled={disabled}
          />
        )}
      </Paper>
      {r.canEdit && (
        <Paper variant="outlined" sx={{ p: 2, mt: 3, position: 'sticky', bottom: 8, zIndex: 2 }}>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: { sm: 'center' } }}>
            {r.canComplete && (
              <Button color="error" onClick={() => setConfirm('cancel')} disabled={disabled}>
                {t('review.cancel')}
              </Button>
            )}
            <Box sx={{ flex: 1 }} />
            {!r.canComplete && <Box sx={{ color: 'text.secondary', fontSize: 14 }}>{t('review.onlyFinisher')}</Box>}
            <Button variant="outlined" startIcon={<SaveIcon />} onClick={() => void run('save')} disabled={disabled}>
              {t('review.save')}
            </Button>
            {r.canComplete && (
              <Button variant="contained" startIcon={<TaskAltIcon />} onClick={() => setConfirm('complete')} disabled={disabled}>
                {t('review.complete')}
              </Button>
            )}
          </Stack>
        </Paper>
      )}
      <ConfirmDialog
        open={confirm === 'complete'}
        title={t('review.completeTitle')}
        confirmLabel={t('review.complete')}
        onCancel={() => setConfirm(null)}
        onConfirm={async () => {
          setConfirm(null);
          await run('complete');
        }}
      >
        {t('review.completeText')}
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'cancel'}
        title={t('review.cancelTitle')}
        confirmLabel={t('review.cancel')}
        destructive
        onCancel={() => setConfirm(null)}
        onConfirm={async () => {
          await cancel.mutateAsync({ reviewId: r.id });
          flushSync(() => draft.reset());
          navigate(`/plans/version/${r.versionId}`);
        }}
      >
        {t('review.cancelText')}
      </ConfirmDialog>
    </>
  );
}
