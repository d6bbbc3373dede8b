// The appeal's fields, shared by the hotline's fast entry and the correction dialog: the same
// choices, the same keyboard order, the same rules (a place drops relationships that do not fit).
import { Box, Checkbox, FormControlLabel, TextField, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { useTranslation } from 'react-i18next';
import {
  APPLICANTS,
  CHANNELS,
  EXPLOITATION_TYPES,
  HELP_KINDS,
  OUTCOMES,
  PLACES,
  REFERRERS,
  RELATIONSHIPS_BY_PLACE,
  VIOLENCE_TYPES,
} from '../../../electron/contract/appeals.codes';
import type { FacilityKind } from '../../../electron/contract/setup.contract';
import type { FieldErrors } from '../../components/validation';
import { ChoiceGroup, CheckGroup, NativeSelect } from './fields';
import type { EntryForm } from './entryForm';
import { COMMON_COUNTRIES, countryName, useCodeLabels, useRegions, useUiLang } from './labels';

export interface AppealFieldsProps {
  form: EntryForm;
  set(patch: Partial<EntryForm>): void;
  errors: FieldErrors;
  kind: FacilityKind;
  assignees: Array<{ id: number; fullName: string }>;
  /** The name is hidden from this role: it can be neither read nor written here. */
  nameHidden?: boolean;
  /** Only the manager reassigns an appeal that has an assignee. */
  assigneeLocked?: boolean;
  /** The fast entry's keys (Ctrl+Enter saves from a note) are named under the note. */
  entryKeys?: boolean;
}

/** Who, what, help and outcome, and the private part (name, assignee, notes): rendered inside a two-column grid. */
export function AppealFields({
  form: f,
  set,
  errors,
  kind,
  assignees,
  nameHidden = false,
  assigneeLocked = false,
  entryKeys = true,
}: AppealFieldsProps) {
  const { t } = useTranslation(['appeals', 'common']);
  const lang = useUiLang();
  const label = useCodeLabels();
  const regions = useRegions();
  const shelter = kind === 'trafficking_shelter';
  const opts = (group: Parameters<typeof label>[0], codes: readonly string[]) => codes.map((c) => ({ value: c, label: label(group, c) }));
  const relationships = f.place ? RELATIONSHIPS_BY_PLACE[f.place] : [];
  const section = (title: string) => (
    <Typography variant="overline" color="text.secondary" component="h2" sx={{ display: 'block', mb: 1 }}>
      {title}
    </Typography>
  );
  return (
    <>
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
            value={nameHidden ? '' : f.name}
            onChange={(e) => set({ name: e.target.value })}
            error={!!errors.name}
            helperText={errors.name ?? (nameHidden ? t('details.nameHidden') : t('form.nameHelp'))}
            size="small"
            autoComplete="off"
            disabled={nameHidden}
          />
          <NativeSelect
            name="assignedUserId"
            label={t('form.assignee')}
            value={f.assignedUserId}
            empty={t('form.assigneeNone')}
            options={assignees.map((a) => ({ value: String(a.id), label: a.fullName }))}
            onChange={(v) => set({ assignedUserId: v })}
            error={errors.assignedUserId}
            disabled={assigneeLocked}
          />
          <TextField
            name="notes"
            label={t('form.notes')}
            value={f.notes}
            onChange={(e) => set({ notes: e.target.value })}
            error={!!errors.notes}
            helperText={errors.notes ?? (entryKeys ? t('form.notesHelp') : undefined)}
            size="small"
            multiline
            minRows={1}
            maxRows={4}
          />
        </Box>
      </Box>
    </>
  );
}

/** The appeal's date and time as typed (DD.MM.YYYY, HH:MM). */
export function WhenFields({
  form: f,
  set,
  errors,
  required = false,
}: Pick<AppealFieldsProps, 'form' | 'set' | 'errors'> & { required?: boolean }) {
  const { t } = useTranslation(['appeals', 'common']);
  return (
    <>
      <TextField
        name="appealDate"
        label={t('form.date')}
        value={f.date}
        placeholder={t('form.datePlaceholder')}
        onChange={(e) => set({ date: e.target.value.replace(/[^\d.]/g, '').slice(0, 10) })}
        error={!!errors.appealDate}
        helperText={errors.appealDate ?? (required ? undefined : t('form.whenHelp'))}
        required={required}
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
    </>
  );
}
