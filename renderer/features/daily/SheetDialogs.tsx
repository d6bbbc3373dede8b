// The rare cases of the sheet, each a small dialog: absent with a reason, beyond the hours with a
// reason, and editing the day (times, who brought and collected).
import { useState } from 'react';
import { Alert, Autocomplete, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { TimeField } from './fields';
import type { SheetRow, AbsenceReasonOut } from '../../../electron/contract/index';
import { errorMessage, fieldErrors } from '../../components/errors';
import { isApiError } from '../../api/client';
import { shortName } from './shared';

interface AbsentProps {
  row: SheetRow | null;
  reasons: AbsenceReasonOut[];
  reasonLabel(code: string): string;
  onClose(): void;
  onSave(reason: string, note: string | null): Promise<void>;
}

/** One tap on a reason records the absence; the note is optional and written first. */
export function AbsentDialog({ row, reasons, reasonLabel, onClose, onSave }: AbsentProps) {
  const { t } = useTranslation(['daily', 'common']);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async (code: string) => {
    setBusy(true);
    setError(null);
    try {
      await onSave(code, note.trim() || null);
      setNote('');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={!!row} onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="absent-title">
      <DialogTitle id="absent-title">{row ? t('absentDialog.title', { name: shortName(row.client) }) : ''}</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 1.5, fontWeight: 600 }}>{t('absentDialog.reason')}</Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: 1.25, mb: 2.5 }}>
          {reasons
            .filter((r) => r.active)
            .map((r) => (
              <Button
                key={r.code}
                variant="outlined"
                size="large"
                disabled={busy}
                onClick={() => void save(r.code)}
                sx={{ justifyContent: 'flex-start', minHeight: 56 }}
              >
                <Box component="span" sx={{ fontWeight: 800, mr: 1.5, minWidth: 18 }}>
                  {r.short}
                </Box>
                {reasonLabel(r.code)}
              </Button>
            ))}
        </Box>
        <TextField label={t('absentDialog.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline minRows={1} />
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5 }}>
        <Button onClick={onClose} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

interface OvertimeProps {
  row: SheetRow | null;
  hours: string;
  onClose(): void;
  onSave(reason: string): Promise<void>;
}

export function OvertimeDialog({ row, hours, onClose, onSave }: OvertimeProps) {
  const { t } = useTranslation(['daily', 'common']);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await onSave(reason.trim());
      setReason('');
    } catch (e) {
      setError(fieldErrors(e).overtimeReason ?? errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={!!row} onClose={busy ? undefined : onClose} maxWidth="xs" fullWidth aria-labelledby="overtime-title">
      <DialogTitle id="overtime-title">{row ? t('overtime.title', { name: shortName(row.client) }) : ''}</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 2 }}>{t('overtime.text', { hours })}</Typography>
        <TextField
          label={t('overtime.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          autoFocus
          multiline
          minRows={2}
          error={!!error}
          helperText={error ?? ' '}
        />
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5, gap: 1 }}>
        <Button onClick={onClose} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
        <Button variant="contained" onClick={() => void save()} disabled={busy || !reason.trim()}>
          {t('overtime.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

export interface DayValues {
  checkIn: string;
  checkOut: string;
  broughtBy: string;
  collectedBy: string;
  note: string;
  overtimeReason: string;
}

interface DayProps {
  row: SheetRow | null;
  onClose(): void;
  onSave(v: DayValues): Promise<void>;
  onClear(): Promise<void>;
}

const valuesOf = (row: SheetRow): DayValues => ({
  checkIn: row.record?.checkIn ?? '',
  checkOut: row.record?.checkOut ?? '',
  broughtBy: row.record?.broughtBy ?? '',
  collectedBy: row.record?.collectedBy ?? '',
  note: row.record?.note ?? '',
  overtimeReason: row.record?.overtimeReason ?? '',
});

/** Today's record of one child, every field; the backend checks the rules again. */
export function DayDialog({ row, onClose, onSave, onClear }: DayProps) {
  return row ? <DayForm key={row.client.id} row={row} onClose={onClose} onSave={onSave} onClear={onClear} /> : null;
}

function DayForm({ row, onClose, onSave, onClear }: DayProps & { row: SheetRow }) {
  const { t } = useTranslation(['daily', 'common']);
  const [v, setV] = useState<DayValues>(() => valuesOf(row));
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const people = (row.authorisedPeople ?? []).map((p) => p.name);
  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setErrors({});
    try {
      await fn();
    } catch (e) {
      const f = fieldErrors(e);
      setErrors(f);
      if (!isApiError(e) || e.code !== 'validation' || !Object.keys(f).length) setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const person = (field: 'broughtBy' | 'collectedBy') => (
    <Autocomplete
      freeSolo
      options={people}
      value={v[field]}
      onInputChange={(_, value) => setV((x) => ({ ...x, [field]: value }))}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t(`dayDialog.${field}`)}
          error={!!errors[field]}
          helperText={errors[field] ?? (people.length ? t('dayDialog.people') + ': ' + people.join(', ') : ' ')}
        />
      )}
    />
  );
  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="day-title">
      <DialogTitle id="day-title">{t('dayDialog.title', { name: shortName(row.client) })}</DialogTitle>
      <DialogContent>
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2, pt: 1 }}>
          <TimeField
            label={t('dayDialog.checkIn')}
            value={v.checkIn}
            onChange={(checkIn) => setV((x) => ({ ...x, checkIn }))}
            error={!!errors.checkIn}
            helperText={errors.checkIn ?? ' '}
          />
          <TimeField
            label={t('dayDialog.checkOut')}
            value={v.checkOut}
            onChange={(checkOut) => setV((x) => ({ ...x, checkOut }))}
            error={!!errors.checkOut}
            helperText={errors.checkOut ?? ' '}
          />
          {person('broughtBy')}
          {person('collectedBy')}
        </Box>
        <TextField label={t('dayDialog.note')} value={v.note} onChange={(e) => setV({ ...v, note: e.target.value })} sx={{ mt: 1 }} />
        <TextField
          label={t('dayDialog.overtimeReason')}
          value={v.overtimeReason}
          onChange={(e) => setV({ ...v, overtimeReason: e.target.value })}
          error={!!errors.overtimeReason}
          helperText={errors.overtimeReason ?? ' '}
          sx={{ mt: 2 }}
        />
        {error && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5, gap: 1, justifyContent: 'space-between' }}>
        <Button color="error" onClick={() => void run(onClear)} disabled={busy} title={t('dayDialog.clearHelp')}>
          {t('dayDialog.clear')}
        </Button>
        <Box sx={{ display: 'flex', gap: 1 }}>
          <Button onClick={onClose} disabled={busy}>
            {t('common:actions.cancel')}
          </Button>
          <Button variant="contained" onClick={() => void run(() => onSave(v))} disabled={busy}>
            {t('common:actions.save')}
          </Button>
        </Box>
      </DialogActions>
    </Dialog>
  );
}
