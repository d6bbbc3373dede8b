// The manager's list of absence reasons: the five built in (translated) and the facility's own, each
// with the letter the month tabel shows; a reason no longer used is switched off, never deleted
// (old days keep it).
import { useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Paper, Switch, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import type { AbsenceReasonOut } from '../../../electron/contract/index';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useSignedInUser } from '../../app/session';
import { PageLoading } from '../../components/LoadingScreen';
import { errorMessage } from '../../components/errors';
import { useSubmit } from './useSubmit';
import { NoticeBar, useAbsenceLabel, type Notice } from './shared';

/** A stored code from the label people type ("Karantin" → karantin); codes appear in import files. */
export function codeFromLabel(label: string, taken: readonly string[]): string {
  const base = label
    .toLowerCase()
    .replace(/[ʻʼ'‘’`]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 24);
  let code = /^[a-z][a-z0-9_]{1,23}$/.test(base) ? base : `reason_${taken.length + 1}`;
  for (let i = 2; taken.includes(code); i++) code = `${code.replace(/_\d+$/, '')}_${i}`;
  return code;
}

export function AbsenceReasons() {
  const { t } = useTranslation(['daily', 'common']);
  const user = useSignedInUser();
  const queries = useQueryClient();
  const reasons = useApiQuery('attendance.reasons', {});
  const label = useAbsenceLabel(reasons.data);
  const [editing, setEditing] = useState<AbsenceReasonOut | 'new' | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  if (reasons.isError) return <Alert severity="error">{errorMessage(reasons.error)}</Alert>;
  if (!reasons.data) return <PageLoading />;
  const list = reasons.data;
  const manager = user.role === 'manager';
  const refresh = () =>
    Promise.all(['attendance.reasons', 'attendance.sheet', 'attendance.month'].map((m) => queries.invalidateQueries({ queryKey: [m] })));
  const toggle = async (r: AbsenceReasonOut) => {
    try {
      await call('attendance.saveReason', { code: r.code, label: r.label, short: r.short, active: !r.active });
      await refresh();
      setNotice({ text: t(r.active ? 'reasons.switchedOff' : 'reasons.switchedOn', { label: label(r.code) }) });
    } catch (e) {
      setNotice({ text: errorMessage(e), severity: 'error' });
    }
  };
  return (
    <Box sx={{ maxWidth: 760 }}>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('reasons.intro')}
      </Typography>
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1 }}>
        {list.map((r) => (
          <Paper
            component="li"
            key={r.code}
            variant="outlined"
            data-reason={r.code}
            sx={{ p: 1.5, display: 'flex', alignItems: 'center', gap: 2, bgcolor: r.active ? undefined : 'grey.50' }}
          >
            <Box
              aria-hidden
              sx={{
                width: 48,
                height: 48,
                borderRadius: 1,
                bgcolor: r.active ? 'primary.main' : 'grey.400',
                color: 'common.white',
                display: 'grid',
                placeItems: 'center',
                fontWeight: 800,
                fontSize: 20,
              }}
            >
              {r.short}
            </Box>
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <Typography sx={{ fontWeight: 700 }}>{label(r.code)}</Typography>
              <Typography variant="body2" color="text.secondary">
                {[r.label === null ? t('reasons.builtin') : t('reasons.own'), t('reasons.code', { code: r.code })].join(' · ')}
              </Typography>
            </Box>
            <Box component="label" sx={{ display: 'flex', alignItems: 'center', gap: 0.5, minHeight: 48 }}>
              <Switch
                checked={r.active}
                disabled={!manager}
                onChange={() => void toggle(r)}
                slotProps={{ input: { 'aria-label': `${t('reasons.inUse')}: ${label(r.code)}` } }}
              />
              <Typography variant="body2">{t(r.active ? 'reasons.inUse' : 'reasons.notInUse')}</Typography>
            </Box>
            {manager && (
              <Button variant="outlined" onClick={() => setEditing(r)} sx={{ minHeight: 48 }}>
                {t('sheet.edit')}
              </Button>
            )}
          </Paper>
        ))}
      </Box>
      {manager && (
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')} sx={{ mt: 2, minHeight: 48 }}>
          {t('reasons.add')}
        </Button>
      )}
      {editing && (
        <ReasonDialog
          reason={editing === 'new' ? null : editing}
          taken={list.map((r) => r.code)}
          shownLabel={editing === 'new' ? '' : label(editing.code)}
          onClose={() => setEditing(null)}
          onSaved={(text) => {
            setEditing(null);
            void refresh();
            setNotice({ text: t('reasons.saved', { label: text }) });
          }}
        />
      )}
      <NoticeBar notice={notice} onClose={() => setNotice(null)} />
    </Box>
  );
}

function ReasonDialog({
  reason,
  taken,
  shownLabel,
  onClose,
  onSaved,
}: {
  reason: AbsenceReasonOut | null;
  taken: readonly string[];
  shownLabel: string;
  onClose(): void;
  onSaved(label: string): void;
}) {
  const { t } = useTranslation(['daily', 'common']);
  const builtin = reason !== null && reason.label === null;
  const [text, setText] = useState(reason?.label ?? '');
  const [short, setShort] = useState(reason?.short ?? '');
  const { busy, errors, error, submit } = useSubmit();
  const save = () =>
    submit(async () => {
      await call('attendance.saveReason', {
        code: reason?.code ?? codeFromLabel(text, taken),
        label: builtin ? null : text.trim(),
        short: short.trim(),
        active: reason?.active ?? true,
      });
      onSaved(builtin ? shownLabel : text.trim());
    });
  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="xs" fullWidth aria-labelledby="reason-title">
      <DialogTitle id="reason-title">{reason ? t('reasons.editTitle', { label: shownLabel }) : t('reasons.add')}</DialogTitle>
      <DialogContent>
        {builtin ? (
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {t('reasons.builtinHelp')}
          </Typography>
        ) : (
          <TextField
            label={t('reasons.label')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoFocus
            required
            error={!!errors.label || !!errors.code}
            helperText={errors.label ?? errors.code ?? ' '}
            sx={{ mt: 1 }}
          />
        )}
        <TextField
          label={t('reasons.short')}
          value={short}
          onChange={(e) => setShort(e.target.value.slice(0, 2))}
          required
          autoFocus={builtin}
          error={!!errors.short}
          helperText={errors.short ?? t('reasons.shortHelp')}
          slotProps={{ htmlInput: { maxLength: 2, autoComplete: 'off' } }}
        />
        {error && <Alert severity="error">{error}</Alert>}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5, gap: 1 }}>
        <Button onClick={onClose} disabled={busy} sx={{ minHeight: 48 }}>
          {t('common:actions.cancel')}
        </Button>
        <Button variant="contained" onClick={() => void save()} disabled={busy} sx={{ minHeight: 48 }}>
          {t('common:actions.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
