import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { Alert, Box, Button, Paper, Stack } from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DOMAINS_BY_KIND, type AssessmentOut, type ClientSummary, type Domain } from '../../../../electron/contract/index';
import { formatDate, formatDateTime, tashkentToday } from '../../../../electron/contract/format';
import { useApiMutation, useApiQuery } from '../../../api/hooks';
import { useSignedInUser } from '../../../app/session';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoading } from '../../../components/LoadingScreen';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { LeaveGuard } from '../../../components/LeaveGuard';
import { useDraft } from '../../../components/drafts';
import { errorMessage, fieldErrors } from '../../../components/errors';
import { usePlanLabels } from '../labels';
import { AssessmentFields } from './AssessmentFields';
import { emptyForm, toForm, toInput, type AssessmentForm } from './form';
import { useNotice } from '../../../components/Notice';

/** A new assessment for a client, or an existing one (editable while a draft, read-only once completed). */
export function AssessmentPage() {
  const params = useParams();
  const id = params.id ? Number(params.id) : null;
  const clientId = params.clientId ? Number(params.clientId) : null;
  const existing = useApiQuery('assessments.get', { id: id ?? 0 }, { enabled: id !== null });
  const client = useApiQuery('plans.forClient', { clientId: clientId ?? 0 }, { enabled: clientId !== null });
  const facility = useApiQuery('facility.get', {});
  const error = existing.error ?? client.error;
  if (error) return <Alert severity="error">{errorMessage(error)}</Alert>;
  if (!facility.data || (id !== null && !existing.data) || (clientId !== null && !client.data)) return <PageLoading />;
  if (existing.data)
    return (
      <AssessmentEditor
        key={existing.data.id}
        assessment={existing.data}
        client={existing.data.client}
        domains={existing.data.formDomains}
      />
    );
  const c = client.data!;
  return (
    <AssessmentEditor
      assessment={null}
      client={c.client}
      domains={DOMAINS_BY_KIND[facility.data.kind]}
      newKind={c.schedule.lastCompletedId ? 'reassessment' : 'initial'}
    />
  );
}

interface EditorProps {
  assessment: AssessmentOut | null;
  client: ClientSummary;
  domains: readonly Domain[];
  newKind?: 'initial' | 'reassessment';
}

function AssessmentEditor({ assessment, client, domains, newKind }: EditorProps) {
  const { t } = useTranslation(['plans', 'common']);
  const labels = usePlanLabels();
  const user = useSignedInUser();
  const navigate = useNavigate();
  const facility = useApiQuery('facility.get', {}).data!;
  const initial = useMemo(
    () => (assessment ? toForm(assessment) : emptyForm(newKind ?? 'initial', tashkentToday())),
    [assessment, newKind],
  );
  const editable = assessment ? assessment.canEdit : true;
  const draft = useDraft<AssessmentForm>(editable ? `${user.id}.plans.assessment.${assessment?.id ?? `new-${client.id}`}` : null, initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const setNotice = useNotice();
  const [confirm, setConfirm] = useState<'complete' | 'discard' | null>(null);
  const [leaving, setLeaving] = useState(false);
  // Saved work leaves without the "unsaved changes" question: the guard is lifted before the page moves on.
  const leave = (to: string, replace = false) => {
    flushSync(() => {
      setLeaving(true);
      draft.reset();
    });
    navigate(to, { replace });
  };
  const invalidates = ['assessments.get', 'plans.forClient', 'plans.overview'] as const;
  const create = useApiMutation('assessments.create', { invalidates: [...invalidates] });
  const update = useApiMutation('assessments.update', { invalidates: [...invalidates] });
  const complete = useApiMutation('assessments.complete', { invalidates: [...invalidates] });
  const discard = useApiMutation('assessments.discard', { invalidates: [...invalidates] });
  const busy = create.isPending || update.isPending || complete.isPending;
  const failure = create.error ?? update.error;

  const save = async (): Promise<AssessmentOut | null> => {
    setErrors({});
    try {
      const input = toInput(draft.value, domains);
      const saved = assessment
        ? await update.mutateAsync({ ...input, id: assessment.id })
        : await create.mutateAsync({ ...input, clientId: client.id });
      setNotice(t('assessment.saved'));
      // A new one moves to its own address (and its own draft key): the "new" draft is dropped.
      if (!assessment) leave(`/plans/assessment/${saved.id}`, true);
      else draft.reset(toForm(saved));
      return saved;
    } catch (e) {
      setErrors(fieldErrors(e));
      return null;
    }
  };

  const title = `${assessment ? labels.assessmentKind[assessment.kind] : t('assessment.titleNew')} — ${client.name ?? client.code}`;
  return (
    <>
      <LeaveGuard when={editable && draft.dirty && !leaving} onLeave={() => draft.reset()} />
      <Button component={RouterLink} to={`/plans/client/${client.id}`} startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>
        {client.name ?? client.code}
      </Button>
      <PageHeader title={title} subtitle={client.code} />
      {assessment && !assessment.canEdit && assessment.completedAt && (
        <Alert severity="success" sx={{ mb: 2 }}>
          {t('assessment.locked', { name: assessment.completedBy?.name ?? '', date: formatDateTime(assessment.completedAt) })}
        </Alert>
      )}
      {editable && draft.restored && draft.dirty && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('common:draft.restored')}
        </Alert>
      )}
      {failure && !Object.keys(errors).length && (
        <Alert severity="error" sx={{ mb: 2 }} role="alert">
          {errorMessage(failure)}
        </Alert>
      )}
      <AssessmentFields
        form={draft.value}
        set={(patch) => {
          draft.set(patch);
          setErrors((e) =>
            Object.fromEntries(Object.entries(e).filter(([k]) => !Object.keys(patch).some((p) => k === p || k.startsWith(`${p}.`)))),
          );
        }}
        domains={domains}
        dayCare={facility.kind === 'day_care'}
        disabled={!editable || busy}
        errors={errors}
      />
      {editable && (
        <Paper variant="outlined" sx={{ p: 2, mt: 3, position: 'sticky', bottom: 8, zIndex: 2 }}>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: { sm: 'center' } }}>
            {assessment && (assessment.createdBy?.id === user.id || user.role === 'manager') && (
              <Button color="error" startIcon={<DeleteOutlineIcon />} onClick={() => setConfirm('discard')} disabled={busy}>
                {t('assessment.discard')}
              </Button>
            )}
            <Box sx={{ flex: 1 }} />
            {assessment && !assessment.canComplete && (
              <Box sx={{ color: 'text.secondary', fontSize: 14 }}>{t('assessment.onlyFinisher')}</Box>
            )}
            <Button variant="outlined" startIcon={<SaveIcon />} onClick={() => void save()} disabled={busy}>
              {t('assessment.saveDraft')}
            </Button>
            {(assessment ? assessment.canComplete : user.role === 'manager' || user.role === 'social_worker') && (
              <Button variant="contained" startIcon={<TaskAltIcon />} onClick={() => setConfirm('complete')} disabled={busy}>
                {t('assessment.complete')}
              </Button>
            )}
          </Stack>
        </Paper>
      )}
      <ConfirmDialog
        open={confirm === 'complete'}
        title={t('assessment.completeTitle')}
        confirmLabel={t('assessment.complete')}
        onCancel={() => setConfirm(null)}
        onConfirm={async () => {
          const saved = await save();
          setConfirm(null);
          if (!saved) return;
          await complete.mutateAsync({ id: saved.id });
          setNotice(t('assessment.completed'));
          leave(`/plans/client/${client.id}`);
        }}
      >
        {t('assessment.completeText')} {draft.value.assessedOn && `(${formatDate(draft.value.assessedOn)})`}
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'discard'}
        title={t('assessment.discardTitle')}
        confirmLabel={t('assessment.discard')}
        destructive
        onCancel={() => setConfirm(null)}
        onConfirm={async () => {
          await discard.mutateAsync({ id: assessment!.id });
          leave(`/plans/client/${client.id}`);
        }}
      >
        {t('assessment.discardText')}
      </ConfirmDialog>
    </>
  );
}
