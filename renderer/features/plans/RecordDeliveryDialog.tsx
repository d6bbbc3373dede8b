import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, ListSubheader, MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { tashkentToday } from '../../../electron/contract/format';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useSignedInUser } from '../../app/session';
import { errorMessage, fieldErrors } from '../../components/errors';
import { DateField } from './components/DateField';

/** "It happened": a planned activity (or another catalogue service), the day, how long, who, a short note. */
export function RecordDeliveryDialog({ clientId, onClose, activityId }: { clientId: number; onClose(): void; activityId?: number }) {
  const { t } = useTranslation(['plans', 'common']);
  const user = useSignedInUser();
  const activities = useApiQuery('plans.activitiesOf', { clientId });
  const services = useApiQuery('plans.services', {});
  const staff = useApiQuery('plans.staff', {});
  const [what, setWhat] = useState(activityId ? `a${activityId}` : '');
  const [doneOn, setDoneOn] = useState<string | null>(tashkentToday());
  const [minutes, setMinutes] = useState('');
  const [who, setWho] = useState(user.id);
  const [note, setNote] = useState('');
  const record = useApiMutation('plans.logActivity', { invalidates: ['plans.deliveries', 'plans.get'] });
  const errors = fieldErrors(record.error);
  const save = async () => {
    try {
      await record.mutateAsync({
        clientId,
        activityId: what.startsWith('a') ? Number(what.slice(1)) : null,
        serviceId: what.startsWith('s') ? Number(what.slice(1)) : null,
        doneOn: doneOn ?? '',
        minutes: minutes.trim() ? Number(minutes) : null,
        staffUserId: who,
        note: note.trim() || null,
      });
      onClose();
    } catch {
      /* shown below */
    }
  };
  const goals = [...new Map((activities.data ?? []).map((a) => [a.goalNo, a.goalTitle])).entries()];
  return (
    <Dialog open onClose={record.isPending ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="record-title">
      <DialogTitle id="record-title">{t('delivery.record')}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
        <TextField
          select
          label={t('delivery.activity')}
          value={what}
          onChange={(e) => setWhat(e.target.value)}
          error={!!errors.activityId || !!errors.serviceId}
          helperText={errors.activityId ?? errors.serviceId}
        >
          {goals.flatMap(([no, title]) => [
            <ListSubheader key={`g${no}`}>{`${no}. ${title}`}</ListSubheader>,
            ...(activities.data ?? [])
              .filter((a) => a.goalNo === no)
              .map((a) => (
                <MenuItem key={`a${a.id}`} value={`a${a.id}`}>
                  {a.what}
                </MenuItem>
              )),
          ])}
          <ListSubheader>{t('delivery.orService')}</ListSubheader>
          {(services.data ?? []).map((s) => (
            <MenuItem key={`s${s.id}`} value={`s${s.id}`}>
              {s.name}
            </MenuItem>
          ))}
        </TextField>
        <DateField label={t('delivery.date')} value={doneOn} onChange={setDoneOn} error={errors.doneOn} required />
        <TextField
          label={t('delivery.minutes')}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value.replace(/\D/g, ''))}
          error={!!errors.minutes}
          helperText={errors.minutes}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        />
        <TextField
          select
          label={t('delivery.who')}
          value={who}
          onChange={(e) => setWho(Number(e.target.value))}
          error={!!errors.staffUserId}
          helperText={errors.staffUserId}
        >
          {(staff.data ?? []).map((s) => (
            <MenuItem key={s.id} value={s.id}>
              {s.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField label={t('delivery.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline minRows={2} />
        {record.error && !Object.keys(errors).length && <Alert severity="error">{errorMessage(record.error)}</Alert>}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5, gap: 1 }}>
        <Button onClick={onClose} disabled={record.isPending}>
          {t('common:actions.cancel')}
        </Button>
        <Button variant="contained" onClick={() => void save()} disabled={record.isPending || !what || !doneOn}>
          {t('delivery.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
