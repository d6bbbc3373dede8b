// The manager's list of prescriptions: add one (scheduled times, or as needed with a daily
// maximum), stop one with the reason. Caregivers see the round only.
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
  MenuItem,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { DateField } from './fields';
import { useSubmit } from './useSubmit';
import { MEDICATION_ROUTES } from '../../../electron/contract/daily.lists';
import type { PrescriptionOut, Input } from '../../../electron/contract/index';
import { formatDate, tashkentToday } from '../../../electron/contract/format';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';

export function Prescriptions({ onChanged }: { onChanged(): void }) {
  const { t } = useTranslation('daily');
  const list = useApiQuery('medication.prescriptions', {});
  const [adding, setAdding] = useState(false);
  const [stopping, setStopping] = useState<PrescriptionOut | null>(null);
  const done = () => {
    void list.refetch();
    onChanged();
  };
  return (
    <Box sx={{ mt: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
        <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
          {t('mar.prescriptions')}
        </Typography>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setAdding(true)}>
          {t('mar.prescribe')}
        </Button>
      </Box>
      {list.data && list.data.length > 0 && (
        <Paper variant="outlined">
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('mar.client')}</TableCell>
                <TableCell>{t('mar.medicine')}</TableCell>
                <TableCell>{t('mar.times')}</TableCell>
                <TableCell>{t('mar.startDate')}</TableCell>
                <TableCell>{t('mar.prescriber')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {list.data.map((p) => (
                <TableRow key={p.id}>
                  <TableCell>{p.client.name ?? p.client.code}</TableCell>
                  <TableCell>
                    <b>{p.medicine}</b> · {p.dose} · {t(`mar.route.${p.route}`)}
                  </TableCell>
                  <TableCell>{p.prn ? `${t('mar.prn')}${p.prnMaxPerDay ? ` (≤ ${p.prnMaxPerDay})` : ''}` : p.times.join(', ')}</TableCell>
                  <TableCell>
                    {formatDate(p.startDate)}
                    {p.endDate ? ` – ${formatDate(p.endDate)}` : ''}
                  </TableCell>
                  <TableCell>{p.prescriber}</TableCell>
                  <TableCell align="right">
                    <Button color="error" onClick={() => setStopping(p)}>
                      {t('mar.stop')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
      {adding && (
        <PrescribeDialog
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            done();
          }}
        />
      )}
      {stopping && (
        <StopDialog
          p={stopping}
          onClose={() => setStopping(null)}
          onSaved={() => {
            setStopping(null);
            done();
          }}
        />
      )}
    </Box>
  );
}

function PrescribeDialog({ onClose, onSaved }: { onClose(): void; onSaved(): void }) {
  const { t } = useTranslation(['daily', 'common']);
  const residents = useApiQuery('careLog.residents', {});
  const [v, setV] = useState({
    clientId: '',
    medicine: '',
    dose: '',
    route: 'oral',
    times: '08:00',
    startDate: tashkentToday(),
    endDate: '',
    prescriber: '',
    instructions: '',
    prn: false,
    prnReasonHint: '',
    prnMaxPerDay: '',
  });
  const { busy, errors, error, submit } = useSubmit();
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  const save = () =>
    submit(async () => {
      const input: Input<'medication.prescribe'> = {
        clientId: Number(v.clientId),
        medicine: v.medicine,
        dose: v.dose,
        route: v.route as Input<'medication.prescribe'>['route'],
        times: v.prn ? [] : v.times.split(/[,\s]+/).filter(Boolean),
        startDate: v.startDate,
        endDate: v.endDate || null,
        prescriber: v.prescriber,
        instructions: v.instructions || null,
        prn: v.prn,
        prnReasonHint: v.prn ? v.prnReasonHint || null : null,
        prnMaxPerDay: v.prn && v.prnMaxPerDay ? Number(v.prnMaxPerDay) : null,
      };
      await call('medication.prescribe', input);
      onSaved();
    });
  const field = (k: keyof typeof v, label: string, extra: object = {}) => (
    <TextField
      label={label}
      value={v[k] as string}
      onChange={(e) => set({ [k]: e.target.value })}
      error={!!errors[k]}
      helperText={errors[k] ?? ' '}
      {...extra}
    />
  );
  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="prescribe-title">
      <DialogTitle id="prescribe-title">{t('mar.prescribeTitle')}</DialogTitle>
      <DialogContent>
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 2, pt: 1 }}>
          {field('clientId', t('mar.client'), {
            select: true,
            sx: { gridColumn: '1 / -1' },
            children: (residents.data ?? []).map((r) => (
              <MenuItem key={r.client.id} value={String(r.client.id)}>
                {r.client.name ?? r.client.code}
              </MenuItem>
            )),
          })}
          {field('medicine', t('mar.medicine'))}
          {field('dose', t('mar.dose'))}
          {field('route', t('mar.routeLabel'), {
            select: true,
            children: MEDICATION_ROUTES.map((r) => (
              <MenuItem key={r} value={r}>
                {t(`mar.route.${r}`)}
              </MenuItem>
            )),
          })}
          {field('prescriber', t('mar.prescriber'))}
          <FormControlLabel
            sx={{ gridColumn: '1 / -1', mb: 1 }}
            control={<Checkbox checked={v.prn} onChange={(e) => set({ prn: e.target.checked })} />}
            label={t('mar.prnSwitch')}
          />
          {v.prn ? (
            <>
              {field('prnReasonHint', t('mar.prnHint'))}
              {field('prnMaxPerDay', t('mar.prnMax'), { slotProps: { htmlInput: { inputMode: 'numeric' } } })}
            </>
          ) : (
            <Box sx={{ gridColumn: '1 / -1' }}>{field('times', t('mar.times'))}</Box>
          )}
          <DateField
            label={t('mar.startDate')}
            value={v.startDate}
            onChange={(startDate) => set({ startDate })}
            error={!!errors.startDate}
            helperText={errors.startDate ?? ' '}
          />
          <DateField
            label={t('mar.endDate')}
            value={v.endDate}
            onChange={(endDate) => set({ endDate })}
            error={!!errors.endDate}
            helperText={errors.endDate ?? ' '}
          />
          <Box sx={{ gridColumn: '1 / -1' }}>{field('instructions', t('mar.instructions'))}</Box>
        </Box>
        {error && <Alert severity="error">{error}</Alert>}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5, gap: 1 }}>
        <Button onClick={onClose} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
        <Button variant="contained" onClick={() => void save()} disabled={busy || !v.clientId}>
          {t('common:actions.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function StopDialog({ p, onClose, onSaved }: { p: PrescriptionOut; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation(['daily', 'common']);
  const [endDate, setEndDate] = useState(tashkentToday());
  const [reason, setReason] = useState('');
  const { busy, errors, error, submit } = useSubmit();
  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="xs" fullWidth aria-labelledby="stop-title">
      <DialogTitle id="stop-title">{t('mar.stopTitle', { medicine: p.medicine })}</DialogTitle>
      <DialogContent>
        <DateField
          label={t('mar.stopDate')}
          value={endDate}
          onChange={setEndDate}
          error={!!errors.endDate}
          helperText={errors.endDate ?? ' '}
          sx={{ mt: 1 }}
        />
        <TextField
          label={t('mar.stopReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
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
        <Button
          variant="contained"
          color="error"
          disabled={busy || !reason.trim()}
          onClick={() =>
            void submit(async () => {
              await call('medication.stop', { id: p.id, endDate, reason });
              onSaved();
            })
          }
        >
          {t('mar.stop')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
