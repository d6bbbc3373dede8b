import { useEffect, useMemo, useState } from 'react';
import { Alert, Box, Button } from '@mui/material';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../electron/contract/clients.contract';
import type { FacilityKind } from '../../../electron/contract/setup.contract';
import { PageHeader } from '../../components/PageHeader';
import { PageLoading } from '../../components/LoadingScreen';
import { LeaveGuard } from '../../components/LeaveGuard';
import { useDraft } from '../../components/drafts';
import { errorMessage, fieldErrors } from '../../components/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useSignedInUser } from '../../app/session';
import { NotFoundPage } from '../../app/StatusPages';
import { useFacilityKind } from './shared';
import { ClientFormFields } from './ClientFormFields';
import { EMPTY_CLIENT, checkClient, clientInput, formFromClient, type ClientForm } from './client-form';

const INVALIDATES = ['clients.list', 'clients.get', 'clients.timeline', 'waitingList.list', 'beds.board', 'home.summary'] as const;

function Form({ kind, client }: { kind: FacilityKind; client?: ClientDetail }) {
  const { t } = useTranslation(['clients', 'common']);
  const user = useSignedInUser();
  const navigate = useNavigate();
  const initial = useMemo(() => (client ? formFromClient(client) : EMPTY_CLIENT), [client]);
  const draft = useDraft<ClientForm>(`${user.id}.clients.${client ? client.id : 'new'}`, initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const create = useApiMutation('clients.create', { invalidates: [...INVALIDATES] });
  const update = useApiMutation('clients.update', { invalidates: [...INVALIDATES] });
  // Where to go once saved: navigating waits for the render that lifts the leave guard.
  const [savedTo, setSavedTo] = useState<string | null>(null);
  useEffect(() => {
    if (savedTo) void navigate(savedTo, { replace: !!client });
  }, [savedTo, navigate, client]);
  const f = draft.value;
  const change = (patch: Partial<ClientForm>) => {
    draft.set(patch);
    const keys = Object.keys(patch);
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !keys.some((key) => k === key || k.startsWith(`${key}.`)))));
  };

  const submit = async () => {
    const local = checkClient(f);
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length) return;
    try {
      const input = clientInput(f);
      const result = client ? await update.mutateAsync({ ...input, id: client.id }) : await create.mutateAsync(input);
      draft.reset();
      setSavedTo(`/clients/${result.id}`);
    } catch (e) {
      const fields = fieldErrors(e);
      // The form's field names for the backend's nested ones.
      if (fields['pmp.number']) fields.pmpNumber = fields['pmp.number'];
      setErrors(fields);
      setFormError(errorMessage(e));
      window.scrollTo({ top: 0, behavior: 'smooth' });
    }
  };
  const busy = create.isPending || update.isPending;

  return (
    <>
      <PageHeader
        title={client ? t('form.editTitle', { code: client.code }) : t('form.newTitle')}
        subtitle={client ? undefined : t('form.codeNote')}
      />
      {draft.restored && draft.dirty && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('form.restored')}
        </Alert>
      )}
      {formError && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {formError}
        </Alert>
      )}
      <Box component="form" noValidate onSubmit={(e) => (e.preventDefault(), void submit())}>
        <ClientFormFields f={f} change={change} errors={errors} kind={kind} selfId={client?.id} />
        <Box
          sx={{
            display: 'flex',
            gap: 1.5,
            justifyContent: 'flex-end',
            mt: 3,
            position: 'sticky',
            bottom: 0,
            py: 2,
            bgcolor: 'background.default',
            // Above the form's field labels (MUI lifts them with z-index 1), which otherwise showed through the bar.
            zIndex: 2,
            borderTop: 1,
            borderColor: 'divider',
          }}
        >
          <Button onClick={() => void navigate(client ? `/clients/${client.id}` : '/clients')}>{t('actions.cancel')}</Button>
          <Button type="submit" variant="contained" size="large" disabled={busy}>
            {t('actions.save')}
          </Button>
        </Box>
      </Box>
      <LeaveGuard when={draft.dirty && !savedTo} onLeave={() => draft.reset()} />
    </>
  );
}

/** Registers a client, or edits one (only the manager and the assigned worker edit identifying details). */
export function ClientFormPage() {
  const { id } = useParams();
  const kind = useFacilityKind();
  const editing = id !== undefined;
  const client = useApiQuery('clients.get', { id: Number(id) }, { enabled: editing && Number(id) > 0 });
  if (editing && client.error) return <NotFoundPage />;
  if (!kind || (editing && !client.data)) return <PageLoading />;
  return <Form kind={kind} client={client.data} />;
}
