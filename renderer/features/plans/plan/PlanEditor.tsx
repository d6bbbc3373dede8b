import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { Alert, Box, Button, Chip, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import SaveIcon from '@mui/icons-material/Save';
import SendIcon from '@mui/icons-material/Send';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AssessmentOut, PlanVersionOut } from '../../../../electron/contract/index';
import { formatDate, tashkentToday } from '../../../../electron/contract/format';
import { useApiMutation, useApiQuery } from '../../../api/hooks';
import { useSignedInUser } from '../../../app/session';
import { PageHeader } from '../../../components/PageHeader';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { LeaveGuard } from '../../../components/LeaveGuard';
import { useDraft } from '../../../components/drafts';
import { errorMessage, fieldErrors } from '../../../components/errors';
import { DateField } from '../components/DateField';
import { PlanStatusChip } from '../components/Chips';
import { usePlanLabels } from '../labels';
import { GoalEditor } from './GoalEditor';
import { emptyPlan, newGoal, toForm, toInput, under, type PlanForm } from './form';
import { useNotice } from '../../../components/Notice';

const INVALIDATES = ['plans.get', 'plans.forClient', 'plans.overview'] as const;

/** Writing a plan (or a new version): goals from the assessment's needs, each with baseline, target and activities. */
export function PlanEditor({ version, assessment }: { version: PlanVersionOut | null; assessment: AssessmentOut }) {
  const { t } = useTranslation(['plans', 'common']);
  const labels = usePlanLabels();
  const user = useSignedInUser();
  const navigate = useNavigate();
  const staff = useApiQuery('plans.staff', {}).data ?? [];
  const services = useApiQuery('plans.services', {}).data ?? [];
  const settings = useApiQuery('plans.settings', {}).data;
  const client = assessment.client;
  const initial = useMemo(
    () => (version ? toForm(version) : emptyPlan(tashkentToday(), settings?.reviewMonths ?? 3, user.role === 'inspector' ? '' : user.id)),
    [version, settings?.reviewMonths, user],
  );
  const draft = useDraft<PlanForm>(`${user.id}.plans.plan.${version?.id ?? `new-${client.id}`}`, initial);
  const f = draft.value;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const setNotice = useNotice();
  const [confirm, setConfirm] = useState<'submit' | 'discard' | null>(null);
  const [leaving, setLeaving] = useState(false);
  // Saved work leaves without the "unsaved changes" question: the guard is lifted before the page moves on.
  const leave = (to: string, replace = false) => {
    flushSync(() => {
      setLeaving(true);
      draft.reset();
    });
    navigate(to, { replace });
  };
  const create = useApiMutation('plans.create', { invalidates: [...INVALIDATES] });
  const update = useApiMutation('plans.update', { invalidates: [...INVALIDATES] });
  const submit = useApiMutation('plans.submit', { invalidates: [...INVALIDATES] });
  const discard = useApiMutation('plans.discard', { invalidates: [...INVALIDATES] });
  const busy = create.isPending || update.isPending || submit.isPending;
  const failure = create.error ?? update.error ?? submit.error;
  const set = (patch: Partial<PlanForm>) => draft.set(patch);

  const save = async (): Promise<PlanVersionOut | null> => {
    setErrors({});
    try {
      const input = toInput(f);
      const saved = version
        ? await update.mutateAsync({ ...input, versionId: version.id })
        : await create.mutateAsync({ ...input, clientId: client.id, assessmentId: assessment.id });
      setNotice(t('plan.saved'));
      if (!version) leave(`/plans/version/${saved.id}`, true);
      else draft.reset(toForm(saved));
      return saved;
    } catch (e) {
      setErrors(fieldErrors(e));
      return null;
    }
  };

  // Domains rated low or with needs written, not yet covered by a goal: one click makes a goal from each.
  const suggestions = assessment.domains.filter(
    (d) => (d.needs || (d.rating !== null && d.rating <= 3)) && !f.goals.some((g) => g.domain === d.domain),
  );
  const title = version ? `${t('planNo', { no: version.planNo })}, ${t('version', { version: version.version })}` : t('plan.titleNew');
  return (
    <>
      <LeaveGuard when={draft.dirty && !leaving} onLeave={() => draft.reset()} />
      <Button component={RouterLink} to={`/plans/client/${client.id}`} startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>
        {client.name ?? client.code}
      </Button>
      <PageHeader
        title={`${title} — ${client.name ?? client.code}`}
        subtitle={
          <Box component="span" sx={{ display: 'inline-flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
            {version && <PlanStatusChip status={version.status} />}
            <span>{t('plan.basedOn', { date: formatDate(assessment.assessedOn) })}</span>
          </Box>
        }
      />
      {version?.returnedReason && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t('plan.returned', { reason: version.returnedReason })}
        </Alert>
      )}
      {draft.restored && draft.dirty && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('common:draft.restored')}
        </Alert>
      )}
      {failure && (!Object.keys(errors).length || errors.goals) && (
        <Alert severity="error" sx={{ mb: 2 }} role="alert">
          {errors.goals ?? errorMessage(failure)}
        </Alert>
      )}
      <Paper variant="outlined" sx={{ p: 2.5, display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(4, 1fr)' } }}>
        <DateField
          label={t('plan.startsOn')}
          value={f.startsOn}
          onChange={(startsOn) => set({ startsOn })}
          error={errors.startsOn}
          required
          disabled={busy}
        />
        <DateField label={t('plan.endsOn')} value={f.endsOn} onChange={(endsOn) => set({ endsOn })} error={errors.endsOn} disabled={busy} />
        <TextField
          select
          label={t('plan.keyWorker')}
          value={f.keyWorkerId}
          onChange={(e) => set({ keyWorkerId: e.target.value === '' ? '' : Number(e.target.value) })}
          error={!!errors.keyWorkerId}
          helperText={errors.keyWorkerId}
          disabled={busy}
        >
          <MenuItem value="">{t('plan.none')}</MenuItem>
          {staff.map((s) => (
            <MenuItem key={s.id} value={s.id}>
              {s.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={t('plan.reviewMonths')}
          value={f.reviewMonths}
          onChange={(e) => set({ reviewMonths: e.target.value.replace(/\D/g, '') })}
          error={!!errors.reviewMonths}
          helperText={errors.reviewMonths}
          disabled={busy}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        />
        <TextField
          label={t('plan.aim')}
          helperText={t('plan.aimHelp')}
          value={f.aim}
          onChange={(e) => set({ aim: e.target.value })}
          multiline
          minRows={2}
          disabled={busy}
          sx={{ gridColumn: { md: '1 / 3' } }}
        />
        <TextField
          label={t('plan.personView')}
          value={f.personView}
          onChange={(e) => set({ personView: e.target.value })}
          multiline
          minRows={2}
          disabled={busy}
          sx={{ gridColumn: { md: '3 / 5' } }}
        />
      </Paper>

      <Stack direction="row" sx={{ alignItems: 'center', mt: 3, mb: 1.5 }}>
        <Typography variant="h5" component="h2" sx={{ flex: 1 }}>
          {t('plan.goals')}
        </Typography>
      </Stack>
      {suggestions.length > 0 && (
        <Paper variant="outlined" sx={{ p: 2, mb: 2, bgcolor: 'rgba(224,161,0,0.06)' }}>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {t('plan.suggestions')}
          </Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {suggestions.map((d) => (
              <Chip
                key={d.domain}
                icon={<AddIcon />}
                clickable
                disabled={busy}
                label={`${labels.domain[d.domain]}${d.rating ? ` (${d.rating})` : ''}`}
                onClick={() => set({ goals: [...f.goals, newGoal({ domain: d.domain, baseline: d.rating, title: d.needs ?? '' })] })}
              />
            ))}
          </Stack>
        </Paper>
      )}
      <Stack spacing={2}>
        {f.goals.map((g, i) => (
          <GoalEditor
            key={g.key}
            index={i}
            goal={g}
            domains={assessment.formDomains}
            staff={staff}
            services={services}
            errors={under(errors, `goals.${i}`)}
            disabled={busy}
            onChange={(patch) => set({ goals: f.goals.map((x, j) => (j === i ? { ...x, ...patch } : x)) })}
            onRemove={() => set({ goals: f.goals.filter((_, j) => j !== i) })}
          />
        ))}
      </Stack>
      <Button
        startIcon={<AddIcon />}
        variant="outlined"
        sx={{ mt: 2 }}
        onClick={() => set({ goals: [...f.goals, newGoal()] })}
        disabled={busy}
      >
        {t('plan.addGoal')}
      </Button>

      <Paper variant="outlined" sx={{ p: 2, mt: 3, position: 'sticky', bottom: 8, zIndex: 2 }}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: { sm: 'center' } }}>
          {version?.can.discard && (
            <Button color="error" startIcon={<DeleteOutlineIcon />} onClick={() => setConfirm('discard')} disabled={busy}>
              {t('plan.discard')}
            </Button>
          )}
          <Box sx={{ flex: 1 }} />
          <Button variant="outlined" startIcon={<SaveIcon />} onClick={() => void save()} disabled={busy}>
            {t('plan.saveDraft')}
          </Button>
          <Button variant="contained" startIcon={<SendIcon />} onClick={() => setConfirm('submit')} disabled={busy || f.goals.length === 0}>
            {t('plan.submit')}
          </Button>
        </Stack>
      </Paper>
      <ConfirmDialog
        open={confirm === 'submit'}
        title={t('plan.submit')}
        confirmLabel={t('plan.submit')}
        onCancel={() => setConfirm(null)}
        onConfirm={async () => {
          const saved = await save();
          setConfirm(null);
          if (!saved) return;
          await submit.mutateAsync({ versionId: saved.id });
          setNotice(t('plan.submitted'));
        }}
      >
        {t('plan.submitText')}
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'discard'}
        title={t('plan.discard')}
        confirmLabel={t('plan.discard')}
        destructive
        onCancel={() => setConfirm(null)}
        onConfirm={async () => {
          await discard.mutateAsync({ versionId: version!.id });
          leave(`/plans/client/${client.id}`);
        }}
      >
        {t('plan.discardText')}
      </ConfirmDialog>
    </>
  );
}
