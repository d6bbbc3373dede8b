import { useState } from 'react';
import { Alert, Box, Checkbox, FormControlLabel, FormLabel, MenuItem, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDate, tashkentToday } from '../../../electron/contract/format';
import { REFERRAL_SOURCES, type ReferralSource } from '../../../electron/contract/clients.codes';
import type { ClientSummary } from '../../../electron/contract/clients.schemas';
import { useApiMutation } from '../../api/hooks';
import { FormDialog } from './FormDialog';
import { DateField, dateText } from './DateField';
import { PlaceSelect, type PlaceValue } from './PlaceSelect';
import { useFormErrors } from './useFormState';

export const STAY_QUERIES = [
  'clients.list',
  'clients.get',
  'stays.history',
  'clients.timeline',
  'beds.board',
  'home.summary',
  'groups.list',
  'waitingList.list',
] as const;

interface Props {
  open: boolean;
  client: ClientSummary & { children?: ClientSummary[] };
  residential: boolean;
  waitingId?: number;
  /** A bed picked on the bed board. */
  initialBedId?: number | null;
  onClose(): void;
  onDone(): void;
}

export const who = (c: { code: string; name: string | null }) => c.name ?? c.code;

/** Admission (or readmission, or day-care enrolment): date, who referred, why, where; beyond capacity only with a reason. */
export function AdmitDialog({ open, client, residential, waitingId, initialBedId, onClose, onDone }: Props) {
  const { t } = useTranslation('clients');
  const [date, setDate] = useState(formatDate(tashkentToday()));
  const [source, setSource] = useState<ReferralSource>('inson_center');
  const [doc, setDoc] = useState('');
  const [reason, setReason] = useState('');
  const [place, setPlace] = useState<PlaceValue>({ bedId: initialBedId ?? null, groupId: null });
  const [days, setDays] = useState<number[]>([1, 2, 3, 4, 5]);
  const [from, setFrom] = useState('09:00');
  const [to, setTo] = useState('18:00');
  const [override, setOverride] = useState('');
  const waitingChildren = (client.children ?? []).filter((c) => c.status === 'new' || c.status === 'discharged');
  const [children, setChildren] = useState<number[]>(waitingChildren.map((c) => c.id));
  const errors = useFormErrors();
  const admit = useApiMutation('stays.admit', { invalidates: [...STAY_QUERIES] });
  const needsOverride = 'capacityOverrideReason' in errors.fields || override !== '';

  const submit = async () => {
    const admittedOn = dateText(date);
    if (!errors.set(admittedOn ? {} : { admittedOn: t('v.date') })) return;
    try {
      await admit.mutateAsync({
        clientId: client.id,
        admittedOn: admittedOn as string,
        referralSource: source,
        referralDocument: doc,
        reason,
        bedId: residential ? place.bedId : null,
        groupId: residential ? null : place.groupId,
        ...(residential ? {} : { weekdays: days, plannedFrom: from, plannedTo: to }),
        children: children.map((id) => ({ clientId: id, bedId: null })),
        waitingId: waitingId ?? null,
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
      title={t('dialogs.admitTitle', { who: who(client) })}
      submitLabel={client.status === 'discharged' ? t('actions.readmit') : t('actions.admit')}
      busy={admit.isPending}
      error={errors.form}
      onSubmit={submit}
      onClose={onClose}
    >
      <DateField {...errors.props('admittedOn')} label={t('dialogs.admittedOn')} value={date} onChange={setDate} required autoFocus />
      <TextField
        select
        name="referralSource"
        label={t('dialogs.referralSource')}
        value={source}
        onChange={(e) => setSource(e.target.value as ReferralSource)}
        required
      >
        {REFERRAL_SOURCES.map((s) => (
          <MenuItem key={s} value={s}>
            {t(`referral.${s}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        className="wide"
        {...errors.props('referralDocument')}
        label={t('dialogs.referralDocument')}
        value={doc}
        onChange={(e) => setDoc(e.target.value)}
      />
      <TextField
        className="wide"
        name="reason"
        label={t('dialogs.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        multiline
        minRows={2}
      />
      <Box className="wide">
        <PlaceSelect
          residential={residential}
          value={place}
          onChange={(v) => {
            setPlace(v);
            errors.clear('bedId', 'groupId');
          }}
          allowNone={residential}
          error={errors.fields.bedId ?? errors.fields.groupId}
        />
      </Box>
      {!residential && (
        <>
          <Box className="wide">
            <FormLabel sx={{ display: 'block', mb: 1 }}>{t('dialogs.weekdays')}</FormLabel>
            <ToggleButtonGroup value={days} onChange={(_, v: number[]) => setDays(v)} aria-label={t('dialogs.weekdays')}>
              {[1, 2, 3, 4, 5, 6, 7].map((d) => (
                <ToggleButton key={d} value={d} sx={{ minWidth: 52 }}>
                  {t(`weekday.d${d as 1}`)}
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
            {errors.fields.weekdays && (
              <Alert severity="error" sx={{ mt: 1 }}>
                {errors.fields.weekdays}
              </Alert>
            )}
          </Box>
          <TextField
            name="plannedFrom"
            label={t('dialogs.plannedFrom')}
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            error={!!errors.fields.plannedFrom}
            helperText={errors.fields.plannedFrom ?? 'SS:DD'}
          />
          <TextField
            name="plannedTo"
            label={t('dialogs.plannedTo')}
            value={to}
            onChange={(e) => setTo(e.target.value)}
            error={!!errors.fields.plannedTo}
            helperText={errors.fields.plannedTo ?? 'SS:DD'}
          />
        </>
      )}
      {waitingChildren.length > 0 && (
        <Box className="wide">
          <FormLabel sx={{ display: 'block' }}>{t('dialogs.children')}</FormLabel>
          {waitingChildren.map((c) => (
            <FormControlLabel
              key={c.id}
              control={
                <Checkbox
                  checked={children.includes(c.id)}
                  onChange={(e) => setChildren(e.target.checked ? [...children, c.id] : children.filter((x) => x !== c.id))}
                />
              }
              label={`${c.code} ${c.name ?? ''} — ${t('dialogs.childShares')}`}
            />
          ))}
        </Box>
      )}
      {needsOverride && (
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
            multiline
          />
        </Box>
      )}
    </FormDialog>
  );
}
