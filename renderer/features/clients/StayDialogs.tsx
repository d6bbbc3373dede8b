import { useState } from 'react';
import { Alert, Box, MenuItem, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDate, tashkentToday } from '../../../electron/contract/format';
import {
  ABSENCE_REASONS,
  DISCHARGE_DESTINATIONS,
  type AbsenceReason,
  type DischargeDestination,
} from '../../../electron/contract/clients.codes';
import { useApiMutation } from '../../api/hooks';
import { FormDialog } from './FormDialog';
import { DateField, dateText } from './DateField';
import { PlaceSelect, type PlaceValue } from './PlaceSelect';
import { useFormErrors } from './useFormState';
import { STAY_QUERIES, who } from './AdmitDialog';

interface Base {
  open: boolean;
  client: { id: number; code: string; name: string | null };
  onClose(): void;
  onDone(): void;
}

const today = () => formatDate(tashkentToday());

/** Moves a client to another bed or group from a date (or gives a bed to someone without one). */
export function TransferDialog({
  open,
  client,
  residential,
  current,
  initial,
  onClose,
  onDone,
}: Base & { residential: boolean; current?: PlaceValue; initial?: PlaceValue }) {
  const { t } = useTranslation('clients');
  const [date, setDate] = useState(today);
  const [place, setPlace] = useState<PlaceValue>(initial ?? { bedId: null, groupId: null });
  const [note, setNote] = useState('');
  const [override, setOverride] = useState('');
  const errors = useFormErrors();
  const move = useApiMutation('stays.transfer', { invalidates: [...STAY_QUERIES] });
  const submit = async () => {
    const iso = dateText(date);
    if (!errors.set(iso ? {} : { date: t('v.date') })) return;
    try {
      await move.mutateAsync({
        clientId: client.id,
        date: iso as string,
        bedId: residential ? place.bedId : null,
        groupId: residential ? (current?.groupId ?? null) : place.groupId,
        note,
        capacityOverrideReason: override || null,
      });
      onDone();
    } catch (e) {
      errors.fromError(e);
    }
  };
  return (
    <FormDialog
      open={open}
      title={t('dialogs.transferTitle', { who: who(client) })}
      submitLabel={t('actions.transfer')}
      busy={move.isPending}
      error={errors.form}
      onSubmit={submit}
      onClose={onClose}
    >
      <DateField {...errors.props('date')} label={t('dialogs.date')} value={date} onChange={setDate} required autoFocus />
      <Box />
      <Box className="wide">
        <PlaceSelect
          residential={residential}
          value={place}
          onChange={setPlace}
          current={current}
          error={errors.fields.bedId ?? errors.fields.groupId}
        />
      </Box>
      <TextField className="wide" name="note" label={t('dialogs.note')} value={note} onChange={(e) => setNote(e.target.value)} />
      {('capacityOverrideReason' in errors.fields || override) && (
        <Box className="wide">
          <Alert severity="warning" sx={{ mb: 2 }}>
            {t('dialogs.overCapacity')}
          </Alert>
          <TextField
            name="capacityOverrideReason"
            label={t('dialogs.overrideReason')}
            value={override}
            onChange={(e) => setOverride(e.target.value)}
            required
          />
        </Box>
      )}
    </FormDialog>
  );
}

/** Temporary absence (hospital, home leave…): the bed stays held. */
export function AbsenceDialog({ open, client, onClose, onDone }: Base) {
  const { t } = useTranslation('clients');
  const [date, setDate] = useState(today);
  const [reason, setReason] = useState<AbsenceReason>('hospital');
  const [back, setBack] = useState('');
  const [note, setNote] = useState('');
  const errors = useFormErrors();
  const start = useApiMutation('stays.startAbsence', { invalidates: [...STAY_QUERIES] });
  const submit = async () => {
    const from = dateText(date);
    const expected = dateText(back);
    const local: Record<string, string> = {};
    if (!from) local.fromDate = t('v.date');
    if (expected === null) local.expectedReturn = t('v.date');
    if (!errors.set(local)) return;
    try {
      await start.mutateAsync({ clientId: client.id, fromDate: from as string, reason, expectedReturn: expected || null, note });
      onDone();
    } catch (e) {
      errors.fromError(e);
    }
  };
  return (
    <FormDialog
      open={open}
      title={t('dialogs.absenceTitle', { who: who(client) })}
      submitLabel={t('actions.save')}
      busy={start.isPending}
      error={errors.form}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextField
        select
        name="reason"
        label={t('dialogs.absenceReason')}
        value={reason}
        onChange={(e) => setReason(e.target.value as AbsenceReason)}
        autoFocus
      >
        {ABSENCE_REASONS.map((r) => (
          <MenuItem key={r} value={r}>
            {t(`absence.${r}`)}
          </MenuItem>
        ))}
      </TextField>
      <DateField {...errors.props('fromDate')} label={t('dialogs.fromDate')} value={date} onChange={setDate} required />
      <DateField {...errors.props('expectedReturn')} label={t('dialogs.expectedReturn')} value={back} onChange={setBack} />
      <Box />
      <TextField className="wide" name="note" label={t('dialogs.note')} value={note} onChange={(e) => setNote(e.target.value)} />
      <Typography className="wide" color="text.secondary">
        {t('dialogs.keepsBed')}
      </Typography>
    </FormDialog>
  );
}

export function ReturnDialog({ open, client, onClose, onDone }: Base) {
  const { t } = useTranslation('clients');
  const [date, setDate] = useState(today);
  const errors = useFormErrors();
  const end = useApiMutation('stays.endAbsence', { invalidates: [...STAY_QUERIES] });
  const submit = async () => {
    const iso = dateText(date);
    if (!errors.set(iso ? {} : { toDate: t('v.date') })) return;
    try {
      await end.mutateAsync({ clientId: client.id, toDate: iso as string });
      onDone();
    } catch (e) {
      errors.fromError(e);
    }
  };
  return (
    <FormDialog
      open={open}
      title={t('dialogs.returnTitle', { who: who(client) })}
      submitLabel={t('actions.returned')}
      busy={end.isPending}
      error={errors.form}
      onSubmit={submit}
      onClose={onClose}
      maxWidth="xs"
    >
      <DateField
        className="wide"
        {...errors.props('toDate')}
        label={t('dialogs.returnedOn')}
        value={date}
        onChange={setDate}
        required
        autoFocus
      />
    </FormDialog>
  );
}

/** Discharge with the destination from DOMAIN.md; the record becomes read-only. */
export function DischargeDialog({ open, client, hasChildren, onClose, onDone }: Base & { hasChildren: boolean }) {
  const { t } = useTranslation('clients');
  const [date, setDate] = useState(today);
  const [destination, setDestination] = useState<DischargeDestination | ''>('');
  const [followUp, setFollowUp] = useState('');
  const [note, setNote] = useState('');
  const errors = useFormErrors();
  const discharge = useApiMutation('stays.discharge', { invalidates: [...STAY_QUERIES] });
  const submit = async () => {
    const iso = dateText(date);
    const local: Record<string, string> = {};
    if (!iso) local.dischargedOn = t('v.date');
    if (!destination) local.destination = t('v.required');
    if (!errors.set(local)) return;
    try {
      await discharge.mutateAsync({
        clientId: client.id,
        dischargedOn: iso as string,
        destination: destination as DischargeDestination,
        followUpContact: followUp,
        note,
        withChildren: true,
      });
      onDone();
    } catch (e) {
      errors.fromError(e);
    }
  };
  return (
    <FormDialog
      open={open}
      title={t('dialogs.dischargeTitle', { who: who(client) })}
      submitLabel={t('actions.discharge')}
      busy={discharge.isPending}
      error={errors.form}
      onSubmit={submit}
      onClose={onClose}
    >
      <DateField {...errors.props('dischargedOn')} label={t('dialogs.dischargedOn')} value={date} onChange={setDate} required autoFocus />
      <TextField
        select
        {...errors.props('destination')}
        label={t('dialogs.destination')}
        value={destination}
        onChange={(e) => setDestination(e.target.value as DischargeDestination)}
        required
      >
        {DISCHARGE_DESTINATIONS.map((d) => (
          <MenuItem key={d} value={d}>
            {t(`destination.${d}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        className="wide"
        name="followUpContact"
        label={t('dialogs.followUp')}
        value={followUp}
        onChange={(e) => setFollowUp(e.target.value)}
      />
      <TextField
        className="wide"
        name="note"
        label={t('dialogs.note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        multiline
        minRows={2}
      />
      <Alert className="wide" severity="info">
        {hasChildren ? `${t('dialogs.withChildren')} ` : ''}
        {t('dialogs.dischargeNote')}
      </Alert>
    </FormDialog>
  );
}
