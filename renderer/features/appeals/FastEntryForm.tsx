import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Alert, Box, Button, Paper, Snackbar } from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import KeyboardIcon from '@mui/icons-material/Keyboard';
import { useTranslation } from 'react-i18next';
import type { Facility } from '../../../electron/contract/setup.contract';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useSignedInUser } from '../../app/session';
import { useDraft } from '../../components/drafts';
import { LeaveGuard } from '../../components/LeaveGuard';
import { errorMessage, fieldErrors } from '../../components/errors';
import { PageLoading } from '../../components/LoadingScreen';
import { withoutFields, type FieldErrors } from '../../components/validation';
import { AppealFields, WhenFields } from './AppealFields';
import { apiNamed, blankForm, checkEntry, patchFor, toCreateInput, type EntryForm } from './entryForm';

export function FastEntryForm() {
  const facility = useApiQuery('facility.get', {}).data;
  if (!facility) return <PageLoading />;
  return <EntryEditor facility={facility} />;
}

/** The hotline operator's form: keyboard only, Enter saves, ready for the next call at once. */
function EntryEditor({ facility }: { facility: Facility }) {
  const { t } = useTranslation(['appeals', 'common']);
  const user = useSignedInUser();
  const assignees = useApiQuery('appeals.assignees', {}).data ?? [];
  const initial = useMemo(() => blankForm(facility.regionSoato), [facility.regionSoato]);
  const draft = useDraft<EntryForm>(`${user.id}.appeals.new`, initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [savedCode, setSavedCode] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const create = useApiMutation('appeals.create', { invalidates: ['appeals.list', 'appeals.stats', 'appeals.traffickingStats'] });
  const f = draft.value;

  const set = (patch: Partial<EntryForm>) => {
    const full = patchFor(f, patch);
    draft.set(full);
    setErrors((e) => withoutFields(e, apiNamed(full)));
  };

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (create.isPending) return;
    const found = checkEntry(f, facility.kind);
    setErrors(found);
    if (Object.keys(found).length) return focusFirstError(found);
    try {
      const saved = await create.mutateAsync(toCreateInput(f, facility.kind));
      draft.reset(initial);
      setErrors({});
      setSavedCode(saved.code);
      // Ready for the next call: back to the first choice.
      formRef.current?.querySelector<HTMLInputElement>('input[name="applicant"]')?.focus();
    } catch (err) {
      const fields = fieldErrors(err);
      setErrors(fields);
      focusFirstError(fields);
    }
  };

  // The operator starts typing the moment the form opens: the first choice has the focus. After a tick,
  // because the shell moves the focus to the page's main region when the address changes.
  useEffect(() => {
    const timer = setTimeout(() => {
      const form = formRef.current;
      (
        form?.querySelector<HTMLInputElement>('input[name="applicant"]:checked') ??
        form?.querySelector<HTMLInputElement>('input[name="applicant"]')
      )?.focus();
    }, 0);
    return () => clearTimeout(timer);
  }, []);

  const focusFirstError = (found: FieldErrors) => {
    const first = Object.keys(found)[0];
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  };

  // Enter saves from anywhere but a note (there Ctrl+Enter) or an open list; the browser alone would not
  // submit from a radio button or a checkbox.
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key !== 'Enter' || e.defaultPrevented || e.nativeEvent.isComposing) return;
    const target = e.target as HTMLElement;
    if (target.tagName === 'BUTTON') return;
    if (target.tagName === 'TEXTAREA' && !(e.ctrlKey || e.metaKey)) return;
    e.preventDefault();
    void submit();
  };

  return (
    <Paper
      variant="outlined"
      component="form"
      ref={formRef}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
      aria-label={t('tabs.new')}
      sx={{ p: { xs: 2, md: 3 }, maxWidth: 1180 }}
    >
      <LeaveGuard when={draft.dirty} onLeave={() => draft.reset()} />
      <Alert icon={<KeyboardIcon />} severity="info" sx={{ mb: 2 }}>
        {t('form.keys')}
      </Alert>
      {draft.restored && draft.dirty && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('common:draft.restored')}
        </Alert>
      )}
      {create.error && !Object.keys(errors).length && (
        <Alert severity="error" sx={{ mb: 2 }} role="alert">
          {errorMessage(create.error)}
        </Alert>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, columnGap: 4, rowGap: 2 }}>
        <AppealFields form={f} set={set} errors={errors} kind={facility.kind} assignees={assignees} />
        <Box sx={{ gridColumn: '1 / -1', display: 'flex', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap' }}>
          <WhenFields form={f} set={set} errors={errors} />
          <Box sx={{ flex: 1 }} />
          <Button
            onClick={() => {
              draft.reset(initial);
              setErrors({});
              create.reset();
            }}
            disabled={!draft.dirty || create.isPending}
          >
            {t('form.clear')}
          </Button>
          <Button type="submit" variant="contained" size="large" startIcon={<SaveIcon />} disabled={create.isPending}>
            {t('form.save')}
          </Button>
        </Box>
      </Box>
      <Snackbar
        open={!!savedCode}
        autoHideDuration={6000}
        onClose={() => setSavedCode(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity="success" variant="filled" onClose={() => setSavedCode(null)}>
          {t('form.saved', { code: savedCode ?? '' })}
        </Alert>
      </Snackbar>
    </Paper>
  );
}
