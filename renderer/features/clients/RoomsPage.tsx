import { useState } from 'react';
import { Box, Button, Chip, MenuItem, Paper, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ROOM_KINDS, type RoomKind } from '../../../electron/contract/clients.codes';
import type { GroupOut, RoomOut } from '../../../electron/contract/rooms.contract';
import { PageHeader } from '../../components/PageHeader';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { FormDialog } from './FormDialog';
import { useFormErrors } from './useFormState';
import { isResidential, useFacilityKind } from './shared';

const QUERIES = ['rooms.list', 'groups.list', 'beds.board', 'home.summary'] as const;
type Editing =
  { type: 'room' } | { type: 'bed'; room: RoomOut } | { type: 'group' } | { type: 'staff'; room?: RoomOut; group?: GroupOut } | null;

function RoomDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('clients');
  const [v, setV] = useState({ name: '', floor: '1', kind: 'bedroom' as RoomKind, beds: '1, 2' });
  const errors = useFormErrors();
  const create = useApiMutation('rooms.create', { invalidates: [...QUERIES] });
  const submit = async () => {
    try {
      const beds = v.beds
        .split(',')
        .map((b) => b.trim())
        .filter(Boolean);
      await create.mutateAsync({ name: v.name, floor: v.floor.trim() === '' ? null : Number(v.floor), kind: v.kind, beds });
      onClose();
    } catch (e) {
      errors.fromError(e);
    }
  };
  return (
    <FormDialog
      open
      title={t('rooms.addRoom')}
      submitLabel={t('actions.add')}
      busy={create.isPending}
      error={errors.form}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextField
        {...errors.props('name')}
        label={t('rooms.name')}
        value={v.name}
        onChange={(e) => setV({ ...v, name: e.target.value })}
        required
        autoFocus
      />
      <TextField
        {...errors.props('floor')}
        label={t('rooms.floor')}
        value={v.floor}
        onChange={(e) => setV({ ...v, floor: e.target.value })}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      />
      <TextField
        select
        name="kind"
        label={t('rooms.kind')}
        value={v.kind}
        onChange={(e) => setV({ ...v, kind: e.target.value as RoomKind })}
      >
        {ROOM_KINDS.map((k) => (
          <MenuItem key={k} value={k}>
            {t(`roomKind.${k}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        name="beds"
        label={t('rooms.beds')}
        value={v.beds}
        onChange={(e) => setV({ ...v, beds: e.target.value })}
        helperText={Object.entries(errors.fields).find(([k]) => k.startsWith('beds'))?.[1] ?? t('rooms.bedsHelp')}
        error={Object.keys(errors.fields).some((k) => k.startsWith('beds'))}
      />
    </FormDialog>
  );
}

function SmallDialog({
  title,
  label,
  onSave,
  onClose,
  numeric,
}: {
  title: string;
  label: string;
  numeric?: boolean;
  onSave(value: string): Promise<unknown>;
  onClose(): void;
}) {
  const { t } = useTranslation('clients');
  const [value, setValue] = useState('');
  const errors = useFormErrors();
  const [busy, setBusy] = useState(false);
  return (
    <FormDialog
      open
      title={title}
      submitLabel={t('actions.add')}
      busy={busy}
      error={errors.form}
      maxWidth="xs"
      onClose={onClose}
      onSubmit={async () => {
        setBusy(true);
        try {
          await onSave(value);
          onClose();
        } catch (e) {
          errors.fromError(e);
        } finally {
          setBusy(false);
        }
      }}
    >
      <TextField
        className="wide"
        label={label}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        error={Object.keys(errors.fields).length > 0}
        helperText={Object.values(errors.fields)[0]}
        slotProps={{ htmlInput: numeric ? { inputMode: 'numeric' } : {} }}
        autoFocus
        required
      />
    </FormDialog>
  );
}

function GroupDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('clients');
  const [v, setV] = useState({ name: '', places: '9' });
  const errors = useFormErrors();
  const create = useApiMutation('groups.create', { invalidates: [...QUERIES] });
  return (
    <FormDialog
      open
      title={t('rooms.addGroup')}
      submitLabel={t('actions.add')}
      busy={create.isPending}
      error={errors.form}
      onClose={onClose}
      onSubmit={async () => {
        try {
          await create.mutateAsync({ name: v.name, places: Number(v.places) });
          onClose();
        } catch (e) {
          errors.fromError(e);
        }
      }}
    >
      <TextField
        {...errors.props('name')}
        label={t('rooms.name')}
        value={v.name}
        onChange={(e) => setV({ ...v, name: e.target.value })}
        required
        autoFocus
      />
      <TextField
        {...errors.props('places')}
        label={t('rooms.places')}
        value={v.places}
        onChange={(e) => setV({ ...v, places: e.target.value })}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        required
      />
    </FormDialog>
  );
}

function StaffDialog({ room, group, onClose }: { room?: RoomOut; group?: GroupOut; onClose(): void }) {
  const { t } = useTranslation(['clients', 'common']);
  const users = (useApiQuery('users.list', {}).data ?? []).filter(
    (u) => u.active && (u.role === 'caregiver' || u.role === 'social_worker'),
  );
  const [ids, setIds] = useState<number[]>((room ?? group)!.staffIds);
  const errors = useFormErrors();
  const setRoom = useApiMutation('rooms.setStaff', { invalidates: [...QUERIES] });
  const setGroup = useApiMutation('groups.setStaff', { invalidates: [...QUERIES] });
  return (
    <FormDialog
      open
      title={`${t('rooms.staff')}: ${(room ?? group)!.name}`}
      submitLabel={t('actions.save')}
      error={errors.form}
      onClose={onClose}
      onSubmit={async () => {
        try {
          if (room) await setRoom.mutateAsync({ roomId: room.id, userIds: ids });
          else await setGroup.mutateAsync({ groupId: group!.id, userIds: ids });
          onClose();
        } catch (e) {
          errors.fromError(e);
        }
      }}
    >
      <TextField
        select
        className="wide"
        label={t('rooms.staff')}
        value={ids}
        onChange={(e) => setIds(e.target.value as unknown as number[])}
        helperText={t('rooms.staffHelp')}
        slotProps={{
          select: {
            multiple: true,
            renderValue: (v) =>
              users
                .filter((u) => (v as number[]).includes(u.id))
                .map((u) => u.fullName)
                .join(', '),
          },
        }}
      >
        {users.map((u) => (
          <MenuItem key={u.id} value={u.id}>
            {u.fullName} — {t(`common:roles.${u.role}`)}
          </MenuItem>
        ))}
      </TextField>
    </FormDialog>
  );
}

/** The manager sets up rooms with beds and day-care groups with places, and who looks after each. */
export function RoomsPage() {
  const { t } = useTranslation('clients');
  const kind = useFacilityKind();
  const rooms = useApiQuery('rooms.list', {}).data ?? [];
  const groups = useApiQuery('groups.list', {}).data ?? [];
  const users = useApiQuery('users.list', {}).data ?? [];
  const [editing, setEditing] = useState<Editing>(null);
  const addBed = useApiMutation('rooms.addBed', { invalidates: [...QUERIES] });
  const updateRoom = useApiMutation('rooms.update', { invalidates: [...QUERIES] });
  const staffNames = (ids: number[]) =>
    users
      .filter((u) => ids.includes(u.id))
      .map((u) => u.fullName)
      .join(', ');
  const close = () => setEditing(null);
  return (
    <>
      <Button component={RouterLink} to="/beds" startIcon={<ArrowBackIcon />} sx={{ mb: 1, ml: -1 }}>
        {t('rooms.backToBoard')}
      </Button>
      <PageHeader title={t('rooms.title')} />
      {isResidential(kind) && (
        <Paper variant="outlined" sx={{ mb: 3 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', p: 2 }}>
            <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
              {t('rooms.rooms')}
            </Typography>
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing({ type: 'room' })}>
              {t('rooms.addRoom')}
            </Button>
          </Box>
          <Table size="small" aria-label={t('rooms.rooms')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('rooms.name')}</TableCell>
                <TableCell>{t('rooms.floor')}</TableCell>
                <TableCell>{t('rooms.kind')}</TableCell>
                <TableCell>{t('rooms.beds')}</TableCell>
                <TableCell>{t('rooms.staff')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {rooms.map((r) => (
                <TableRow key={r.id} sx={{ opacity: r.active ? 1 : 0.55 }}>
                  <TableCell sx={{ fontWeight: 700 }}>
                    {r.name} {!r.active && <Chip size="small" label={t('rooms.closed')} />}
                  </TableCell>
                  <TableCell>{r.floor ?? '—'}</TableCell>
                  <TableCell>{t(`roomKind.${r.kind}`)}</TableCell>
                  <TableCell>
                    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', alignItems: 'center' }}>
                      {r.beds
                        .filter((b) => b.active)
                        .map((b) => (
                          <Chip key={b.id} size="small" label={b.label} />
                        ))}
                      <Button size="small" startIcon={<AddIcon />} onClick={() => setEditing({ type: 'bed', room: r })}>
                        {t('rooms.addBed')}
                      </Button>
                    </Box>
                  </TableCell>
                  <TableCell>
                    <Button size="small" onClick={() => setEditing({ type: 'staff', room: r })}>
                      {staffNames(r.staffIds) || t('rooms.assign')}
                    </Button>
                  </TableCell>
                  <TableCell align="right">
                    <Button
                      size="small"
                      onClick={() =>
                        void updateRoom
                          .mutateAsync({ id: r.id, name: r.name, floor: r.floor, kind: r.kind, note: r.note, active: !r.active })
                          .catch(() => undefined)
                      }
                    >
                      {r.active ? t('rooms.close') : t('rooms.reopen')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
      <Paper variant="outlined">
        <Box sx={{ display: 'flex', alignItems: 'center', p: 2 }}>
          <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
            {t('rooms.groups')}
          </Typography>
          <Button
            variant={isResidential(kind) ? 'outlined' : 'contained'}
            startIcon={<AddIcon />}
            onClick={() => setEditing({ type: 'group' })}
          >
            {t('rooms.addGroup')}
          </Button>
        </Box>
        <Table size="small" aria-label={t('rooms.groups')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('rooms.name')}</TableCell>
              <TableCell>{t('rooms.places')}</TableCell>
              <TableCell>{t('rooms.staff')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {groups.map((g) => (
              <TableRow key={g.id}>
                <TableCell sx={{ fontWeight: 700 }}>{g.name}</TableCell>
                <TableCell>{t('rooms.enrolled', { count: g.enrolled, places: g.places })}</TableCell>
                <TableCell>
                  <Button size="small" onClick={() => setEditing({ type: 'staff', group: g })}>
                    {staffNames(g.staffIds) || t('rooms.assign')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
      {editing?.type === 'room' && <RoomDialog onClose={close} />}
      {editing?.type === 'group' && <GroupDialog onClose={close} />}
      {editing?.type === 'bed' && (
        <SmallDialog
          title={`${t('rooms.addBed')}: ${editing.room.name}`}
          label={t('rooms.bedLabel')}
          onClose={close}
          onSave={(label) => addBed.mutateAsync({ roomId: editing.room.id, label })}
        />
      )}
      {editing?.type === 'staff' && <StaffDialog room={editing.room} group={editing.group} onClose={close} />}
    </>
  );
}
