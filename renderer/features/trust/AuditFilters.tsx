import { useState, type FormEvent } from 'react';
import { Autocomplete, Box, Button, MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
// The DD.MM.YYYY field of the appeals area: a native date input shows mm/dd/yyyy on many office PCs.
import { DateField } from '../appeals/DateField';

export interface AuditFilter {
  userId?: number;
  objectId?: string;
  action?: string;
  from?: string;
  to?: string;
}

// Areas of the trail (an action prefix ends with a dot), offered while typing; any exact action works too.
const ACTION_AREAS = [
  'auth.',
  'users.',
  'clients.',
  'stays.',
  'documents.',
  'appeals.',
  'plans.',
  'assessments.',
  'attendance.',
  'careLog.',
  'medication.',
  'incidents.',
  'billing.',
  'reports.',
  'backup.',
  'audit.',
  'facility.',
  'security.',
];

/** Person, client code, action and period; applied together with "Show". */
export function AuditFilters({
  value,
  fields,
  onApply,
}: {
  value: AuditFilter;
  fields: Record<string, string>;
  onApply(f: AuditFilter): void;
}) {
  const { t } = useTranslation(['trust', 'common']);
  const users = useApiQuery('users.list', {});
  const [form, setForm] = useState({
    userId: value.userId ? String(value.userId) : '',
    objectId: value.objectId ?? '',
    action: value.action ?? '',
    from: value.from ?? '',
    to: value.to ?? '',
  });
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply({
      userId: form.userId ? Number(form.userId) : undefined,
      objectId: form.objectId.trim() || undefined,
      action: form.action.trim() || undefined,
      from: form.from || undefined,
      to: form.to || undefined,
    });
  };
  const clear = () => {
    setForm({ userId: '', objectId: '', action: '', from: '', to: '' });
    onApply({});
  };

  return (
    <Box
      component="form"
      onSubmit={submit}
      noValidate
      sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', md: '1fr 1fr 1fr' }, mb: 2 }}
    >
      <TextField select label={t('audit.person')} value={form.userId} onChange={(e) => set({ userId: e.target.value })} size="small">
        <MenuItem value="">{t('audit.anyone')}</MenuItem>
        {(users.data ?? []).map((u) => (
          <MenuItem key={u.id} value={String(u.id)}>
            {u.fullName} ({u.username})
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={t('audit.client')}
        value={form.objectId}
        onChange={(e) => set({ objectId: e.target.value })}
        size="small"
        error={!!fields.objectId}
        helperText={fields.objectId}
      />
      <Autocomplete
        freeSolo
        options={ACTION_AREAS}
        inputValue={form.action}
        onInputChange={(_, v) => set({ action: v })}
        renderInput={(params) => (
          <TextField
            {...params}
            label={t('audit.action')}
            size="small"
            error={!!fields.action}
            helperText={fields.action ?? t('audit.actionHelp')}
          />
        )}
      />
      {(['from', 'to'] as const).map((k) => (
        <DateField key={k} name={k} label={t(`audit.${k}`)} value={form[k]} onChange={(iso) => set({ [k]: iso })} error={fields[k]} />
      ))}
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', justifyContent: { md: 'flex-end' } }}>
        <Button type="submit" variant="contained">
          {t('audit.apply')}
        </Button>
        <Button onClick={clear}>{t('audit.clear')}</Button>
      </Box>
    </Box>
  );
}
