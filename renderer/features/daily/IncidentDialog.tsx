// The incident report: when and where, what kind and how serious, who was involved (by name or
// code), what happened and what was done, who was informed.
import { useState } from 'react';
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
  const [v, setV] = useState({
    date: tashkentToday(),
    time: clock.time,
    place: '',
    type: preset.type ?? ('' as IncidentType | ''),
    severity: 'moderate',
    description: '',
    actionsTaken: '',
  });
  const [people, setPeople] = useState<number[]>(preset.clientIds ?? []);
  const [informed, setInformed] = useState<Party[]>([]);
  const { busy, errors, error, submit } = useSubmit();
  const options = (residents.data ?? []).map((r) => r.client);
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  const text = (k: keyof typeof v, label: string, extra: object = {}) => (
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
      onSaved(r);
    });
  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="md" fullWidth aria-labelledby="incident-title">
      <DialogTitle id="incident-title">{t('incidents.reportTitle')}</DialogTitle>
      <DialogContent>
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
        <Button onClick={onClose} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
        <Button variant="contained" color="error" onClick={() => void save()} disabled={busy || !v.type}>
          {t('incidents.report')}
        </Button>
      </DialogActions>
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
