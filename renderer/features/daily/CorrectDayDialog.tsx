// The manager's correction of one past day: present with times, absent with a reason, or no record.
import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { TimeField } from './fields';
import type { AbsenceReasonOut, AttendanceMonth, ClientSummary } from '../../../electron/contract/index';
import { formatDate } from '../../../electron/contract/format';
import { call, isApiError } from '../../api/client';
import { errorMessage, fieldErrors } from '../../components/errors';

export interface Target {
  client: ClientSummary;
  cell: AttendanceMonth['rows'][number]['cells'][number];
}

type Kind = 'present' | 'absent' | 'none';

interface Props {
  target: Target;
  reasons: AbsenceReasonOut[];
  reasonLabel(code: string): string;
  onClose(): void;
  onSaved(): void;
}

export function CorrectDayDialog({ target, reasons, reasonLabel, onClose, onSaved }: Props) {
  const { t } = useTranslation(['daily', 'common']);
  const c = target.cell;
  const [kind, setKind] = useState<Kind>(c.absenceReason ? 'absent' : c.checkIn ? 'present' : 'none');
  const [checkIn, setCheckIn] = useState(c.checkIn ?? '');
  const [checkOut, setCheckOut] = useState(c.checkOut ?? '');
  const [absence, setAbsence] = useState(c.absenceReason ?? reasons.find((r) => r.active)?.code ?? '');
  const [overtimeReason, setOvertimeReason] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    setErrors({});
    setError(null);
    try {
      await call('attendance.correctDay', {
        clientId: target.client.id,
        date: c.date,
        reason,
        ...(kind === 'present' ? { checkIn: checkIn || null, checkOut: checkOut || null, overtimeReason: overtimeReason || null } : {}),
        ...(kind === 'absent' ? { absenceReason: absence } : {}),
      });
      onSaved();
    } catch (e) {
      const f = fieldErrors(e);
      setErrors(f);
      if (!isApiError(e) || e.code !== 'validation' || !Object.keys(f).length) setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="correct-title">
      <DialogTitle id="correct-title">
        {t('month.correctTitle', { name: target.client.name ?? target.client.code, date: formatDate(c.date) })}
      </DialogTitle>
      <DialogContent>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t('month.correctHelp')}
        </Typography>
        <ToggleButtonGroup
          exclusive
          value={kind}
          onChange={(_, v: Kind | null) => v && setKind(v)}
          aria-label={t('month.kind')}
          sx={{ mb: 2.5 }}
        >
          <ToggleButton value="present" sx={{ minHeight: 44, px: 2 }}>
            {t('month.kindPresent')}
          </ToggleButton>
          <ToggleButton value="absent" sx={{ minHeight: 44, px: 2 }}>
            {t('month.kindAbsent')}
          </ToggleButton>
          <ToggleButton value="none" sx={{ minHeight: 44, px: 2 }}>
            {t('month.kindNone')}
          </ToggleButton>
        </ToggleButtonGroup>
        {kind === 'present' && (
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
            <TimeField
              label={t('dayDialog.checkIn')}
              value={checkIn}
              onChange={setCheckIn}
              error={!!errors.checkIn}
              helperText={errors.checkIn ?? ' '}
            />
            <TimeField
              label={t('dayDialog.checkOut')}
              value={checkOut}
              onChange={setCheckOut}
              error={!!errors.checkOut}
              helperText={errors.checkOut ?? ' '}
            />
            <TextField
              label={t('dayDialog.overtimeReason')}
              value={overtimeReason}
              onChange={(e) => setOvertimeReason(e.target.value)}
              error={!!errors.overtimeReason}
              helperText={errors.overtimeReason ?? ' '}
              sx={{ gridColumn: '1 / -1' }}
            />
          </Box>
        )}
        {kind === 'absent' && (
          <TextField
            select
            label={t('absentDialog.reason')}
            value={absence}
            onChange={(e) => setAbsence(e.target.value)}
            error={!!errors.absenceReason}
            helperText={errors.absenceReason ?? ' '}
          >
            {reasons.map((r) => (
              <MenuItem key={r.code} value={r.code} disabled={!r.active}>
                {r.short} — {reasonLabel(r.code)}
              </MenuItem>
            ))}
          </TextField>
        )}
        <TextField
          label={t('month.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
          error={!!errors.reason}
          helperText={errors.reason ?? ' '}
          sx={{ mt: 1 }}
        />
        {error && <Alert severity="error">{error}</Alert>}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5, gap: 1 }}>
        <Button onClick={onClose} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
        <Button variant="contained" onClick={() => void save()} disabled={busy || !reason.trim()}>
          {t('common:actions.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
