import { ListSubheader, MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';

export interface PlaceValue {
  bedId: number | null;
  groupId: number | null;
}

interface Props {
  residential: boolean;
  value: PlaceValue;
  onChange(v: PlaceValue): void;
  /** Residential: a bed may be left for later (the resident shows as "without a place"). */
  allowNone?: boolean;
  /** The bed or group the client is in now, shown but not offered. */
  current?: PlaceValue;
  error?: string;
  label?: string;
}

/** Picks a bed (rooms as groups of the list; taken beds shown but disabled, except in mother-and-child rooms) or a group. */
export function PlaceSelect({ residential, value, onChange, allowNone, current, error, label }: Props) {
  const { t } = useTranslation('clients');
  const board = useApiQuery('beds.board', {}).data;
  const groups = useApiQuery('groups.list', {}).data ?? [];
  if (!residential) {
    return (
      <TextField
        select
        name="groupId"
        label={label ?? t('dialogs.group')}
        value={value.groupId ?? ''}
        onChange={(e) => onChange({ bedId: null, groupId: Number(e.target.value) || null })}
        error={!!error}
        helperText={error}
        required
      >
        {groups
          .filter((g) => g.active)
          .map((g) => (
            <MenuItem key={g.id} value={g.id} disabled={g.id === current?.groupId}>
              {g.name} — {t('board.places', { count: g.enrolled, places: g.places })}
            </MenuItem>
          ))}
      </TextField>
    );
  }
  const items = [];
  if (allowNone)
    items.push(
      <MenuItem key="none" value="">
        {t('dialogs.noBed')}
      </MenuItem>,
    );
  for (const room of board?.rooms ?? []) {
    items.push(<ListSubheader key={`r${room.id}`}>{`${room.name} · ${t(`roomKind.${room.kind}`)}`}</ListSubheader>);
    for (const bed of room.beds) {
      const shared = room.kind === 'mother_and_child';
      const who = bed.occupants.map((o) => o.code).join(', ');
      items.push(
        <MenuItem key={bed.id} value={bed.id} disabled={bed.id === current?.bedId || (bed.state !== 'free' && !shared)} sx={{ pl: 4 }}>
          {`${room.name} / ${bed.label} — ${bed.state === 'free' ? t('board.free') : `${t(`board.${bed.state}`)} (${who})`}`}
        </MenuItem>,
      );
    }
  }
  return (
    <TextField
      select
      name="bedId"
      label={label ?? t('dialogs.bed')}
      value={value.bedId ?? ''}
      onChange={(e) => onChange({ bedId: Number(e.target.value) || null, groupId: value.groupId })}
      error={!!error}
      helperText={error}
      slotProps={{ select: { displayEmpty: !!allowNone }, inputLabel: { shrink: true } }}
    >
      {items}
    </TextField>
  );
}
