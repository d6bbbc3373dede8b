// A dose not simply given (refused, missed, not available, away) or a correction of one recorded,
// and an as-needed dose with its reason.
import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { TimeField } from './fields';
import { useSubmit } from './useSubmit';
import { DOSE_STATUSES, type DoseStatus } from '../../../electron/contract/daily.lists';
import type { RoundDose, Output } from '../../../electron/contract/index';
import { call } from '../../api/client';
import { shortName, useClock } from './shared';

export type PrnItem = Output<'medication.round'>['prn'][number];

export function DoseDialog({
  dose,
  date,
  onClose,
  onSaved,
}: {
  dose: RoundDose;
  /** An earlier day's dose, recorded late by the manager. */
  date?: string;
  onClose(): void;
  onSaved(r: RoundDose): void;
}) {
  const { t } = useTranslation(['daily', 'common']);
  const clock = useClock();
  const correcting = !!dose.record;
  const [status, setStatus] = useState<DoseStatus>(
    dose.absence ? 'absent' : correcting ? (dose.record!.status === 'given' ? 'refused' : 'given') : 'refused',
  );
  const [reason, setReason] = useState('');
  const [time, setTime] = useState('');
  const [correctionReason, setCorrectionReason] = useState('');
  const { busy, errors, error, submit } = useSubmit();
  const save = () =>
    submit(async () => {
      const r = await call('medication.record', {
        prescriptionId: dose.prescriptionId,
        ...(date ? { date } : {}),
        scheduledTime: dose.scheduledTime,
        status,
        reason: reason.trim() || null,
        ...(time ? { time } : {}),
        ...(correcting ? { correctionReason: correctionReason.trim() } : {}),
      });
      onSaved(r);
    });
  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="dose-title">
      <DialogTitle id="dose-title">
        {t('mar.doseTitle', { medicine: dose.medicine, name: shortName(dose.client), time: dose.scheduledTime })}
      </DialogTitle>
      <DialogContent>
        {correcting && (
          <Alert severity="info" sx={{ mb: 2 }}>
            {t('mar.correctionHelp')} {t('mar.history', { status: t(`mar.status.${dose.record!.status}`), by: dose.record!.by })}
          </Alert>
        )}
        <Typography sx={{ fontWeight: 600, mb: 1 }}>{t('mar.statusLabel')}</Typography>
        <ToggleButtonGroup
          exclusive
          value={status}
          onChange={(_, v: DoseStatus | null) => v && setStatus(v)}
          sx={{ flexWrap: 'wrap', mb: 2 }}
          aria-label={t('mar.statusLabel')}
        >
          {DOSE_STATUSES.map((s) => (
            <ToggleButton key={s} value={s} sx={{ minHeight: 48, px: 2 }}>
              {t(`mar.status.${s}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 160px', gap: 2 }}>
          <TextField
            label={t('mar.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={!!errors.reason}
            helperText={errors.reason ?? ' '}
            required={status !== 'given' && !(status === 'absent' && dose.absence)}
          />
          <TimeField
            label={t('mar.time')}
            value={time || (date ? dose.scheduledTime : clock.time)}
            onChange={setTime}
            error={!!errors.time}
            helperText={errors.time ?? ' '}
          />
        </Box>
        {correcting && (
          <TextField
            label={t('mar.correctionReason')}
            value={correctionReason}
            onChange={(e) => setCorrectionReason(e.target.value)}
            required
            error={!!errors.correctionReason}
            helperText={errors.correctionReason ?? ' '}
          />
        )}
        {error && <Alert severity="error">{error}</Alert>}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5, gap: 1 }}>
        <Button onClick={onClose} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
        <Button variant="contained" onClick={() => void save()} disabled={busy || (correcting && !correctionReason.trim())}>
          {t('common:actions.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

export function PrnDialog({ item, onClose, onSaved }: { item: PrnItem; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation(['daily', 'common']);
  const [reason, setReason] = useState('');
  const { busy, errors, error, submit } = useSubmit();
  const save = () =>
    submit(async () => {
      await call('medication.givePrn', { prescriptionId: item.prescriptionId, reason: reason.trim() });
      onSaved();
    });
  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="xs" fullWidth aria-labelledby="prn-title">
      <DialogTitle id="prn-title">{t('mar.prnTitle', { medicine: item.medicine, name: shortName(item.client) })}</DialogTitle>
      <DialogContent>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {item.dose}
          {item.maxPerDay !== null ? ` · ${t('mar.prnGiven', { count: item.givenToday, max: item.maxPerDay })}` : ''}
        </Typography>
        <TextField
          label={t('mar.prnReason')}
          placeholder={item.reasonHint ?? undefined}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          autoFocus
          required
          error={!!errors.reason}
          helperText={errors.reason ?? ' '}
        />
        {error && <Alert severity="error">{error}</Alert>}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5, gap: 1 }}>
        <Button onClick={onClose} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
        <Button variant="contained" onClick={() => void save()} disabled={busy || !reason.trim()}>
          {t('mar.prnGive')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

type PrnDose = PrnItem['doses'][number];

/** An as-needed dose written wrongly: not given after all, or given at another time. The record stays, struck out. */
export function PrnCorrectDialog({ item, dose, onClose, onSaved }: { item: PrnItem; dose: PrnDose; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation(['daily', 'common']);
  const [given, setGiven] = useState<'no' | 'otherTime'>('no');
  const [time, setTime] = useState(dose.time);
  const [reason, setReason] = useState('');
  const { busy, errors, error, submit } = useSubmit();
  const save = () =>
    submit(async () => {
      await call('medication.correctPrn', { administrationId: dose.id, time: given === 'no' ? null : time, reason: reason.trim() });
      onSaved();
    });
  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="prn-correct-title">
      <DialogTitle id="prn-correct-title">
        {t('mar.prnCorrectTitle', { medicine: item.medicine, name: shortName(item.client), time: dose.time })}
      </DialogTitle>
      <DialogContent>
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('mar.prnCorrectHelp')}
        </Alert>
        <ToggleButtonGroup
          exclusive
          value={given}
          onChange={(_, v: 'no' | 'otherTime' | null) => v && setGiven(v)}
          sx={{ flexWrap: 'wrap', mb: 2 }}
          aria-label={t('mar.statusLabel')}
        >
          <ToggleButton value="no" sx={{ minHeight: 48, px: 2 }}>
            {t('mar.prnNotGiven')}
          </ToggleButton>
          <ToggleButton value="otherTime" sx={{ minHeight: 48, px: 2 }}>
            {t('mar.prnOtherTime')}
          </ToggleButton>
        </ToggleButtonGroup>
        <Box sx={{ display: 'grid', gridTemplateColumns: given === 'otherTime' ? '1fr 160px' : '1fr', gap: 2 }}>
          <TextField
            label={t('mar.correctionReason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            autoFocus
            required
            error={!!errors.reason}
            helperText={errors.reason ?? ' '}
          />
          {given === 'otherTime' && (
            <TimeField label={t('mar.time')} value={time} onChange={setTime} error={!!errors.time} helperText={errors.time ?? ' '} />
          )}
        </Box>
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
