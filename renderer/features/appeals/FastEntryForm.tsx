import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Alert, Box, Button, Checkbox, FormControlLabel, Paper, Snackbar, TextField, Typography } from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import LockIcon from '@mui/icons-material/Lock';
import KeyboardIcon from '@mui/icons-material/Keyboard';
import { useTranslation } from 'react-i18next';
import {
  APPLICANTS,
  CHANNELS,
  HELP_KINDS,
  OUTCOMES,
  PLACES,
  REFERRERS,
  RELATIONSHIPS_BY_PLACE,
  VIOLENCE_TYPES,
} from '../../../electron/contract/appeals.codes';
import { APPEAL_LABELS } from '../../../electron/contract/appeals.labels';
import type { Facility } from '../../../electron/contract/setup.contract';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useSignedInUser } from '../../app/session';
import { useDraft } from '../../components/drafts';
import { LeaveGuard } from '../../components/LeaveGuard';
import { errorMessage, fieldErrors } from '../../components/errors';
import { PageLoading } from '../../components/LoadingScreen';
import { withoutFields, type FieldErrors } from '../../components/validation';
import { ChoiceGroup, CheckGroup, NativeSelect } from './fields';
import { blankForm, checkEntry, patchFor, toCreateInput, type EntryForm } from './entryForm';
import { COMMON_COUNTRIES, countryName, useCodeLabels, useRegions, useUiLang } from './labels';

// The forms of exploitation, from the labels: clients.schemas holds the list but pulls zod into the bundle.
const EXPLOITATION_TYPES = Object.keys(APPEAL_LABELS.uz.exploitation).filter((k) => k !== 'none');

export function FastEntryForm() {
  const facility = useApiQuery('facility.get', {}).data;
  if (!facility) return <PageLoading />;
  return <EntryEditor facility={facility} />;
}

/** The hotline operator's form: keyboard only, Enter saves, ready for the next call at once. */
function EntryEditor({ facility }: { facility: Facility }) {
  const { t } = useTranslation(['appeals', 'common']);
  const user = useSignedInUser();
  const lang = useUiLang();
  const label = useCodeLabels();
  const regions = useRegions();
  const assignees = useApiQuery('appeals.assignees', {}).data ?? [];
  const initial = useMemo(() => blankForm(facility.regionSoato), [facility.regionSoato]);
  const draft = useDraft<EntryForm>(`${user.id}.appeals.new`, initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [savedCode, setSavedCode] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const create = useApiMutation('appeals.create', { invalidates: ['appeals.list', 'appeals.stats', 'appeals.traffickingStats'] });
  const f = draft.value;
  const shelter = facility.kind === 'trafficking_shelter';

  const set = (patch: Partial<EntryForm>) => {
    const full = patchFor(f, patch);
    draft.set(full);
    // The date and time fields are named as the API names them.
    const named = { ...full, ...('date' in full ? { appealDate: full.date } : {}), ...('time' in full ? { appealTime: full.time } : {}) };
    setErrors((e) => withoutFields(e, named));
  };
  const opts = (group: Parameters<typeof label>[0], codes: readonly string[]) => codes.map((c) => ({ value: c, label: label(group, c) }));

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

  const relationships = f.place ? RELATIONSHIPS_BY_PLACE[f.place] : [];
  const section = (title: string) => (
    <Typography variant="overline" color="text.secondary" component="h2" sx={{ display: 'block', mb: 1 }}>
      {title}
    </Typography>
  );

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
        <Box sx={{ display: 'grid', gap: 1.5, alignContent: 'start' }}>
          {section(t('form.who'))}
          <ChoiceGroup
            name="applicant"
            label={t('form.applicant')}
            value={f.applicant}
            options={opts('applicantOne', APPLICANTS)}
            onChange={(v) => set({ applicant: v as EntryForm['applicant'] })}
            error={errors.applicant}
          />
          <Box sx={{ display: 'grid', gridTemplateColumns: '110px 1fr', gap: 2 }}>
            <TextField
              name="age"
              label={t('form.age')}
              value={f.age}
              onChange={(e) => set({ age: e.target.value.replace(/\D/g, '').slice(0, 3) })}
              error={!!errors.age}
              helperText={errors.age ?? t('form.ageHelp')}
              size="small"
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            />
            <NativeSelect
              name="regionSoato"
              label={t('form.region')}
              value={f.regionSoato}
              options={regions.map((r) => ({ value: r.soato, label: r.name }))}
              onChange={(v) => set({ regionSoato: v })}
              error={errors.regionSoato}
              required
            />
          </Box>
          <ChoiceGroup
            name="channel"
            label={t('form.channel')}
            value={f.channel}
            options={opts('channel', CHANNELS)}
            onChange={(v) => set({ channel: v as EntryForm['channel'] })}
          />
          {f.channel === 'referral' && (
            <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
              <NativeSelect
                name="referredBy"
                label={t('form.referredBy')}
                value={f.referredBy}
                empty=""
                options={opts('referrer', REFERRERS)}
                onChange={(v) => set({ referredBy: v as EntryForm['referredBy'] })}
                error={errors.referredBy}
                required
              />
              <TextField
                name="referrerNote"
                label={t('form.referrerNote')}
                value={f.referrerNote}
                onChange={(e) => set({ referrerNote: e.target.value })}
                error={!!errors.referrerNote}
                helperText={errors.referrerNote}
                size="small"
              />
            </Box>
          )}
        </Box>

        <Box sx={{ display: 'grid', gap: 1.5, alignContent: 'start' }}>
          {section(t('form.what'))}
          {shelter && (
            <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
              <NativeSelect
                name="exploitationType"
                label={t('form.exploitationType')}
                value={f.exploitationType}
                empty={t('form.countryNone')}
                options={opts('exploitation', EXPLOITATION_TYPES)}
                onChange={(v) => set({ exploitationType: v })}
                error={errors.exploitationType}
              />
              <NativeSelect
                name="country"
                label={t('form.country')}
                value={f.country}
                empty={t('form.countryNone')}
                options={COMMON_COUNTRIES.map((c) => ({ value: c, label: countryName(lang, c) }))}
                onChange={(v) => set({ country: v })}
                error={errors.country}
              />
            </Box>
          )}
          <ChoiceGroup
            name="violenceType"
            label={t('form.violenceType')}
            value={f.violenceType}
            options={opts('violenceType', VIOLENCE_TYPES)}
            onChange={(v) => set({ violenceType: v as EntryForm['violenceType'] })}
            error={errors.violenceType}
          />
          <ChoiceGroup
            name="place"
            label={t('form.place')}
            value={f.place}
            options={[{ value: '', label: t('form.placeUnknown') }, ...opts('place', PLACES)]}
            onChange={(v) => set({ place: v as EntryForm['place'] })}
            error={errors.place}
          />
          {relationships.length > 0 ? (
            <ChoiceGroup
              name="relationship"
              label={t('form.relationship')}
              value={f.relationship}
              options={[{ value: '', label: t('form.relationshipNone') }, ...opts('relationship', relationships)]}
              onChange={(v) => set({ relationship: v as EntryForm['relationship'] })}
              error={errors.relationship}
            />
          ) : (
            f.place === 'elsewhere' && (
              <Typography variant="body2" color="text.secondary">
                {t('form.noRelationships')}
              </Typography>
            )
          )}
          <FormControlLabel
            control={
              <Checkbox name="suicideRisk" checked={f.suicideRisk} onChange={(e) => set({ suicideRisk: e.target.checked })} color="error" />
            }
            label={t('form.suicideRisk')}
          />
        </Box>

        <Box sx={{ gridColumn: '1 / -1', display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '3fr 1fr' }, gap: 3 }}>
          <CheckGroup
            name="help"
            label={t('form.help')}
            value={f.help}
            options={opts('help', HELP_KINDS)}
            onChange={(v) => set({ help: v as EntryForm['help'] })}
          />
          <NativeSelect
            name="outcome"
            label={t('form.outcome')}
            value={f.outcome}
            empty={t('form.outcomeNone')}
            options={opts('outcome', OUTCOMES)}
            onChange={(v) => set({ outcome: v as EntryForm['outcome'] })}
            error={errors.outcome}
          />
        </Box>

        <Box sx={{ gridColumn: '1 / -1', borderTop: 1, borderColor: 'divider', pt: 2 }}>
          <Typography
            variant="overline"
            color="text.secondary"
            component="h2"
            sx={{ display: 'flex', alignItems: 'center', gap: 0.75, mb: 1 }}
          >
            <LockIcon fontSize="inherit" /> {t('form.privacy')}
          </Typography>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr 2fr' }, gap: 2 }}>
            <TextField
              name="name"
              label={t('form.name')}
              value={f.name}
              onChange={(e) => set({ name: e.target.value })}
              error={!!errors.name}
              helperText={errors.name ?? t('form.nameHelp')}
              size="small"
              autoComplete="off"
            />
            <NativeSelect
              name="assignedUserId"
              label={t('form.assignee')}
              value={f.assignedUserId}
              empty={t('form.assigneeNone')}
              options={assignees.map((a) => ({ value: String(a.id), label: a.fullName }))}
              onChange={(v) => set({ assignedUserId: v })}
              error={errors.assignedUserId}
            />
            <TextField
              name="notes"
              label={t('form.notes')}
              value={f.notes}
              onChange={(e) => set({ notes: e.target.value })}
              error={!!errors.notes}
              helperText={errors.notes ?? t('form.notesHelp')}
              size="small"
              multiline
              minRows={1}
              maxRows={4}
            />
          </Box>
        </Box>

        <Box sx={{ gridColumn: '1 / -1', display: 'flex', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap' }}>
          <TextField
            name="appealDate"
            label={t('form.date')}
            value={f.date}
            placeholder={t('form.datePlaceholder')}
            onChange={(e) => set({ date: e.target.value.replace(/[^\d.]/g, '').slice(0, 10) })}
            error={!!errors.appealDate}
            helperText={errors.appealDate ?? t('form.whenHelp')}
            size="small"
            sx={{ width: 260 }}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
          />
          <TextField
            name="appealTime"
            label={t('form.time')}
            value={f.time}
            placeholder={t('form.timePlaceholder')}
            onChange={(e) => set({ time: e.target.value.replace(/[^\d:]/g, '').slice(0, 5) })}
            error={!!errors.appealTime}
            helperText={errors.appealTime}
            size="small"
            sx={{ width: 120 }}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
          />
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
