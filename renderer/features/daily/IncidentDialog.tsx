// The incident report: when and where, what kind and how serious, who was involved (by name or
// code), what happened and what was done, who was informed.
import { useMemo, useState } from 'react';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  FormGroup,
  MenuItem,
  TextField,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { DateField, TimeField } from './fields';
import { INCIDENT_PARTIES, INCIDENT_SEVERITIES, INCIDENT_TYPES, type IncidentType } from '../../../electron/contract/daily.lists';
import type { IncidentOut } from '../../../electron/contract/index';
import { tashkentToday } from '../../../electron/contract/format';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { useSubmit } from './useSubmit';
import { useDraft } from '../../components/drafts';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useUnloadGuard } from '../../components/LeaveGuard';
import { useSignedInUser } from '../../app/session';
import { useClock } from './shared';

type Party = (typeof INCIDENT_PARTIES)[number];

interface Props {
  preset: { type?: IncidentType; clientIds?: number[] };
  onClose(): void;
  onSaved(i: IncidentOut): void;
}

export function IncidentDialog({ preset, onClose, onSaved }: Props) {
  const { t } = useTranslation(['daily', 'common']);
  const clock = useClock();
  const residents = useApiQuery('careLog.residents', {});
  const user = useSignedInUser();
  // A report is written in a hurry and often interrupted: it is kept as a draft (an idle lock, a
  // reload or a crash gives it back) until it is sent or deliberately thrown away.
  const initial = useMemo(
    () => ({
      date: tashkentToday(),
      time: clock.time,
      place: '',
      type: preset.type ?? ('' as IncidentType | ''),
      severity: 'moderate',
      description: '',
      actionsTaken: '',
      people: preset.clientIds ?? ([] as number[]),
      informed: [] as Party[],
    }),
    // The dialog's opening values: fixed while it is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const draft = useDraft(`${user.id}.daily.incident`, initial);
  const v = draft.value;
  const { people, informed } = v;
  const setPeople = (ids: number[]) => draft.set({ people: ids });
  const setInformed = (list: Party[]) => draft.set({ informed: list });
  const [discard, setDiscard] = useState(false);
  useUnloadGuard(draft.dirty);
  const close = () => (draft.dirty ? setDiscard(true) : onClose());
  const { busy, errors, error, submit } = useSubmit();
  const options = (residents.data ?? []).map((r) => r.client);
  const set = draft.set;
  const text = (k: 'date' | 'time' | 'place' | 'type' | 'severity' | 'description' | 'actionsTaken', label: string, extra: object = {}) => (
    <TextField
      label={label}
      value={v[k]}
      onChange={(e) => set({ [k]: e.target.value })}
      error={!!errors[k]}
      helperText={errors[k] ?? ' '}
      {...extra}
    />
  );
  const save = () =>
    submit(async () => {
      const r = await call('incidents.report', {
        date: v.date,
        time: v.time,
        place: v.place,
        type: v.type as IncidentType,
        severity: v.severity as (typeof INCIDENT_SEVERITIES)[number],
        clientIds: people,
        description: v.description,
        actionsTaken: v.actionsTaken,
        informed: informed.map((party) => ({ party, at: null })),
      });
      draft.reset();
      onSaved(r);
    });
  return (
    <Dialog open onClose={busy ? undefined : close} maxWidth="md" fullWidth aria-labelledby="incident-title">
      <DialogTitle id="incident-title">{t('incidents.reportTitle')}</DialogTitle>
      <DialogContent>
        {draft.restored && draft.dirty && (
          <Alert severity="info" sx={{ mb: 1 }}>
            {t('common:draft.restored')}
          </Alert>
        )}
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr 2fr', columnGap: 2, pt: 1 }}>
          <DateField
            label={t('incidents.date')}
            value={v.date}
            onChange={(date) => set({ date })}
            error={!!errors.date}
            helperText={errors.date ?? ' '}
          />
          <TimeField
            label={t('incidents.time')}
            value={v.time}
            onChange={(time) => set({ time })}
            error={!!errors.time}
            helperText={errors.time ?? ' '}
          />
          {text('place', t('incidents.place'))}
          {text('type', t('incidents.type'), {
            select: true,
            children: INCIDENT_TYPES.map((x) => (
              <MenuItem key={x} value={x}>
                {t(`incidents.types.${x}`)}
              </MenuItem>
            )),
          })}
          {text('severity', t('incidents.severity'), {
            select: true,
            children: INCIDENT_SEVERITIES.map((x) => (
              <MenuItem key={x} value={x}>
                {t(`incidents.severities.${x}`)}
              </MenuItem>
            )),
          })}
          <Autocomplete
            multiple
            options={options}
            value={options.filter((o) => people.includes(o.id))}
            onChange={(_, list) => setPeople(list.map((c) => c.id))}
            getOptionLabel={(c) => (c.name ? `${c.name} (${c.code})` : c.code)}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            renderInput={(params) => (
              <TextField {...params} label={t('incidents.people')} error={!!errors.clientIds} helperText={errors.clientIds ?? ' '} />
            )}
          />
        </Box>
        {text('description', t('incidents.description'), { multiline: true, minRows: 3 })}
        {text('actionsTaken', t('incidents.actions'), { multiline: true, minRows: 2 })}
        <Typography sx={{ fontWeight: 600 }}>{t('incidents.informed')}</Typography>
        <FormGroup row>
          {INCIDENT_PARTIES.map((p) => (
            <FormControlLabel
              key={p}
              control={
                <Checkbox
                  checked={informed.includes(p)}
                  onChange={(e) => setInformed(e.target.checked ? [...informed, p] : informed.filter((x) => x !== p))}
                />
              }
              label={t(`incidents.parties.${p}`)}
              sx={{ minHeight: 44, mr: 3 }}
            />
          ))}
        </FormGroup>
        {error && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5, gap: 1 }}>
        <Button onClick={close} disabled={busy} sx={{ minHeight: 48 }}>
          {t('common:actions.cancel')}
        </Button>
        <Button variant="contained" color="error" onClick={() => void save()} disabled={busy || !v.type} sx={{ minHeight: 48 }}>
          {t('incidents.report')}
        </Button>
      </DialogActions>
      <ConfirmDialog
        open={discard}
        title={t('common:leave.title')}
        confirmLabel={t('common:leave.leave')}
        cancelLabel={t('common:leave.stay')}
        destructive
        onConfirm={() => {
          draft.reset();
          setDiscard(false);
          onClose();
        }}
        onCancel={() => setDiscard(false)}
      >
        {t('common:leave.text')}
      </ConfirmDialog>
    </Dialog>
  );
}

/** The manager's review or closure note. */
export function IncidentNoteDialog({
  incident,
  step,
  onClose,
  onSaved,
}: {
  incident: IncidentOut;
  step: 'review' | 'close';
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useTranslation(['daily', 'common']);
  const [note, setNote] = useState('');
  const { busy, errors, error, submit } = useSubmit();
  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="incident-note-title">
      <DialogTitle id="incident-note-title">
        {t(step === 'review' ? 'incidents.reviewTitle' : 'incidents.closeTitle', { number: incident.number })}
      </DialogTitle>
      <DialogContent>
        <TextField
          label={t('incidents.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          multiline
          minRows={3}
          autoFocus
          error={!!errors.note}
          helperText={errors.note ?? ' '}
          sx={{ mt: 1 }}
        />
        {error && <Alert severity="error">{error}</Alert>}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5, gap: 1 }}>
        <Button onClick={onClose} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
        <Button
          variant="contained"
          disabled={busy || !note.trim()}
          onClick={() =>
            void submit(async () => {
              await call(step === 'review' ? 'incidents.review' : 'incidents.close', { id: incident.id, note });
              onSaved();
            })
          }
        >
          {t(step === 'review' ? 'incidents.review' : 'incidents.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
