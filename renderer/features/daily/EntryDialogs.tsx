// The care log's rare cases: a measurement (temperature, weight, pain, seizure), a free note,
// and a correction that strikes the old entry through.
import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  TextField,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { TimeField } from './fields';
import { useSubmit } from './useSubmit';
import type { CareLogEntry, ClientSummary, Input } from '../../../electron/contract/index';
import { call } from '../../api/client';
import { shortName, useClock } from './shared';
import { useEntryText } from './EntryList';

type AddInput = Omit<Input<'careLog.add'>, 'clientId'>;

const number = (s: string) => (s.trim() === '' ? undefined : Number(s.replace(',', '.')));

/** What a measured chip asks for. */
const MEASURES: Record<string, ('temperature' | 'weight' | 'pain' | 'durationMinutes')[]> = {
  temperature: ['temperature'],
  weight: ['weight'],
  pain: ['pain'],
  seizure: ['durationMinutes'],
};
export const needsDialog = (value: string) => value in MEASURES;

interface MeasureProps {
  client: ClientSummary | null;
  value: string | null;
  forHandover: boolean;
  onClose(): void;
  onSave(input: AddInput): Promise<void>;
}

export function MeasureDialog({ client, value, forHandover, onClose, onSave }: MeasureProps) {
  const { t } = useTranslation(['daily', 'common']);
  const clock = useClock();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [text, setText] = useState('');
  const [time, setTime] = useState('');
  const { busy, errors, error, submit } = useSubmit();
  if (!client || !value) return null;
  const wanted = MEASURES[value] ?? [];
  const label = {
    temperature: t('care.temperature'),
    weight: t('care.weight'),
    pain: t('care.painScore'),
    durationMinutes: t('care.duration'),
  };
  const save = () =>
    submit(async () => {
      const details = Object.fromEntries(wanted.map((k) => [k, number(fields[k] ?? '')]).filter(([, v]) => v !== undefined));
      await onSave({ category: 'health', value, details, text: text.trim() || null, forHandover, ...(time ? { eventTime: time } : {}) });
      setFields({});
      setText('');
      setTime('');
    });
  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="xs" fullWidth aria-labelledby="measure-title">
      <DialogTitle id="measure-title">
        {t('care.measureTitle', { name: shortName(client), what: t(`care.chip.${value}` as 'care.chip.temperature') })}
      </DialogTitle>
      <DialogContent>
        <Box sx={{ display: 'grid', gap: 2, pt: 1 }}>
          {wanted.map((k, i) => (
            <TextField
              key={k}
              label={label[k]}
              value={fields[k] ?? ''}
              onChange={(e) => setFields({ ...fields, [k]: e.target.value })}
              autoFocus={i === 0}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
              error={!!errors[`details.${k}`]}
              helperText={errors[`details.${k}`] ?? ' '}
            />
          ))}
          <TextField label={t('care.comment')} value={text} onChange={(e) => setText(e.target.value)} multiline minRows={2} />
          <TimeField
            label={t('care.eventTime')}
            value={time || clock.time}
            onChange={setTime}
            error={!!errors.eventTime}
            helperText={errors.eventTime ?? ' '}
          />
        </Box>
        {error && <Alert severity="error">{error}</Alert>}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5, gap: 1 }}>
        <Button onClick={onClose} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
        <Button variant="contained" onClick={() => void save()} disabled={busy}>
          {t('common:actions.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

interface NoteProps {
  client: ClientSummary | null;
  forHandover: boolean;
  onClose(): void;
  onSave(input: AddInput): Promise<void>;
}

export function NoteDialog({ client, forHandover, onClose, onSave }: NoteProps) {
  const { t } = useTranslation(['daily', 'common']);
  const clock = useClock();
  const [text, setText] = useState('');
  const [time, setTime] = useState('');
  const [handover, setHandover] = useState(forHandover);
  const { busy, errors, error, submit } = useSubmit();
  if (!client) return null;
  const save = () =>
    submit(async () => {
      await onSave({ category: 'note', text: text.trim(), forHandover: handover, ...(time ? { eventTime: time } : {}) });
      setText('');
      setTime('');
    });
  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="note-title">
      <DialogTitle id="note-title">{t('care.noteTitle', { name: shortName(client) })}</DialogTitle>
      <DialogContent>
        <TextField
          label={t('care.text')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          multiline
          minRows={4}
          autoFocus
          error={!!errors.text}
          helperText={errors.text ?? ' '}
          sx={{ mt: 1 }}
        />
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <TimeField
            label={t('care.eventTime')}
            value={time || clock.time}
            onChange={setTime}
            error={!!errors.eventTime}
            helperText={errors.eventTime ?? ' '}
            sx={{ width: 180 }}
          />
          <FormControlLabel
            control={<Checkbox checked={handover} onChange={(e) => setHandover(e.target.checked)} />}
            label={t('care.forHandover')}
            sx={{ mb: 2.5 }}
          />
        </Box>
        {error && <Alert severity="error">{error}</Alert>}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5, gap: 1 }}>
        <Button onClick={onClose} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
        <Button variant="contained" onClick={() => void save()} disabled={busy || !text.trim()}>
          {t('common:actions.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

interface CorrectProps {
  entry: CareLogEntry | null;
  onClose(): void;
  onDone(): void;
}

/** Strikes an entry through with a reason; optionally writes the right text in its place. */
export function CorrectEntryDialog({ entry, onClose, onDone }: CorrectProps) {
  const { t } = useTranslation(['daily', 'common']);
  const text = useEntryText();
  const [reason, setReason] = useState('');
  const [replace, setReplace] = useState(false);
  const [note, setNote] = useState('');
  const { busy, errors, error, submit } = useSubmit();
  if (!entry) return null;
  const save = () =>
    submit(async () => {
      await call('careLog.correct', {
        entryId: entry.id,
        reason: reason.trim(),
        replacement: replace ? { category: 'note', text: note.trim(), forHandover: entry.forHandover } : null,
      });
      setReason('');
      setNote('');
      setReplace(false);
      onDone();
    });
  const shown = text(entry);
  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="correct-entry-title">
      <DialogTitle id="correct-entry-title">{t('care.correctTitle')}</DialogTitle>
      <DialogContent>
        <Typography sx={{ textDecoration: 'line-through', color: 'text.secondary', mb: 1 }}>
          {entry.eventTime} · {[shown.title, shown.text].filter(Boolean).join(' — ')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('care.correctHelp')}
        </Typography>
        <TextField
          label={t('care.correctReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          autoFocus
          required
          error={!!errors.reason}
          helperText={errors.reason ?? ' '}
        />
        <FormControlLabel
          control={<Checkbox checked={replace} onChange={(e) => setReplace(e.target.checked)} />}
          label={t('care.replace')}
        />
        {replace && (
          <TextField
            label={t('care.text')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            multiline
            minRows={3}
            error={!!errors['replacement.text']}
            helperText={errors['replacement.text'] ?? ' '}
            sx={{ mt: 1 }}
          />
        )}
        {error && <Alert severity="error">{error}</Alert>}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5, gap: 1 }}>
        <Button onClick={onClose} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
        <Button
          variant="contained"
          color="warning"
          onClick={() => void save()}
          disabled={busy || !reason.trim() || (replace && !note.trim())}
        >
          {t('care.correct')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
