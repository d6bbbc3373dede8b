// Residential roll call per room, morning and evening. Everyone starts as the register says
// (present, or away for the reason recorded), so a normal evening is one tap per room.
import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Paper,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import MeetingRoomIcon from '@mui/icons-material/MeetingRoom';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RollCallSheet, ClientSummary } from '../../../electron/contract/index';
import { ROLL_CALL_STATUSES, type RollCallStatus } from '../../../electron/contract/daily.lists';
import { formatDate, formatDateTime } from '../../../electron/contract/format';
import { useSignedInUser } from '../../app/session';
import { DayPicker, usePickedDay } from './DayPicker';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../components/EmptyState';
import { PageLoading } from '../../components/LoadingScreen';
import { errorMessage } from '../../components/errors';
import { NoticeBar, PersonName, useClock, type Notice } from './shared';

type Session = 'morning' | 'evening';
type Room = RollCallSheet['rooms'][number];

export function RollCall() {
  const { t } = useTranslation(['daily', 'common']);
  const clock = useClock();
  const [session, setSession] = useState<Session>(clock.time < '14:00' ? 'morning' : 'evening');
  const user = useSignedInUser();
  // An earlier day is read back; only the manager records it late (the register is not moved by it).
  const { date, setDate, day, past } = usePickedDay();
  const editable = !past || user.role === 'manager';
  const sheet = useApiQuery('rollCall.sheet', { session, ...(past ? { date: day } : {}) });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [absconded, setAbsconded] = useState<ClientSummary[]>([]);
  const navigate = useNavigate();

  if (sheet.isError) return <Alert severity="error">{errorMessage(sheet.error)}</Alert>;
  const data = sheet.data;
  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2.5, flexWrap: 'wrap' }}>
        <ToggleButtonGroup
          exclusive
          value={session}
          onChange={(_, v: Session | null) => v && setSession(v)}
          aria-label={t('tabs.rollCall')}
        >
          {(['morning', 'evening'] as const).map((s) => (
            <ToggleButton key={s} value={s} sx={{ minHeight: 48, px: 3, fontWeight: 700 }}>
              {t(`rollCall.${s}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <DayPicker value={date} onChange={setDate} />
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          {data &&
            Object.entries(data.counts)
              .filter(([, n]) => n > 0)
              .map(([k, n]) => (
                <Chip
                  key={k}
                  label={`${t(`rollCall.count.${k}` as 'rollCall.count.present')}: ${n}`}
                  color={k === 'absconded' ? 'error' : k === 'present' ? 'success' : 'default'}
                  variant="outlined"
                  sx={{ fontWeight: 700 }}
                />
              ))}
        </Box>
      </Box>
      {past && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t(editable ? 'rollCall.pastManager' : 'rollCall.pastReadOnly', { date: formatDate(day) })}
        </Alert>
      )}
      {!data ? (
        <PageLoading />
      ) : !data.rooms.length ? (
        <EmptyState icon={MeetingRoomIcon} title={t('rollCall.empty')} text={t('rollCall.emptyText')} />
      ) : (
        <Box sx={{ display: 'grid', gap: 2 }}>
          {data.rooms.map((room) => (
            <RoomCall
              key={`${day}-${session}-${room.room.id}-${room.takenAt ?? ''}`}
              room={room}
              session={session}
              date={past ? day : undefined}
              editable={editable}
              onSaved={(abs) => {
                setNotice({ text: t('rollCall.saved', { room: room.room.name }) });
                if (abs.length) setAbsconded(abs);
              }}
            />
          ))}
        </Box>
      )}
      <Dialog open={absconded.length > 0} onClose={() => setAbsconded([])} maxWidth="sm" fullWidth aria-labelledby="absconded-title">
        <DialogTitle id="absconded-title">{t('rollCall.abscondedTitle')}</DialogTitle>
        <DialogContent>{t('rollCall.abscondedText', { names: absconded.map((c) => c.name ?? c.code).join(', ') })}</DialogContent>
        <DialogActions sx={{ px: 3, pb: 2.5, gap: 1 }}>
          <Button onClick={() => setAbsconded([])}>{t('rollCall.later')}</Button>
          <Button
            variant="contained"
            color="error"
            onClick={() => navigate(`/care-log/incidents?report=absconding&clients=${absconded.map((c) => c.id).join(',')}`)}
          >
            {t('rollCall.report')}
          </Button>
        </DialogActions>
      </Dialog>
      <NoticeBar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}

function RoomCall({
  room,
  session,
  date,
  editable,
  onSaved,
}: {
  room: Room;
  session: Session;
  /** An earlier day (the manager's late record); today when left out. */
  date?: string;
  editable: boolean;
  onSaved(absconded: ClientSummary[]): void;
}) {
  const { t } = useTranslation(['daily', 'common']);
  const [marks, setMarks] = useState<Record<number, RollCallStatus>>(() =>
    Object.fromEntries(room.rows.map((r) => [r.client.id, r.status ?? r.registerStatus])),
  );
  const [error, setError] = useState<string | null>(null);
  const record = useApiMutation('rollCall.record', { invalidates: ['rollCall.sheet', 'daily.today'] });
  const save = async () => {
    setError(null);
    try {
      const r = await record.mutateAsync({
        ...(date ? { date } : {}),
        session,
        roomId: room.room.id,
        entries: room.rows.map((row) => ({ clientId: row.client.id, status: marks[row.client.id]! })),
      });
      onSaved(r.absconded);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-room={room.room.name}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2">
          {room.room.name}
        </Typography>
        <Typography variant="body2" color={room.takenAt ? 'success.main' : 'text.secondary'} sx={{ fontWeight: 600 }}>
          {room.takenAt
            ? t('rollCall.taken', {
                time: date ? formatDateTime(room.takenAt) : formatDateTime(room.takenAt).slice(11),
                name: room.takenBy,
              })
            : t('rollCall.notTaken')}
        </Typography>
        <Box sx={{ flex: 1 }} />
        {editable && (
          <>
            <Button onClick={() => setMarks(Object.fromEntries(room.rows.map((r) => [r.client.id, 'present'])))} sx={{ minHeight: 48 }}>
              {t('rollCall.allPresent')}
            </Button>
            <Button variant="contained" onClick={() => void save()} disabled={record.isPending} sx={{ minHeight: 48 }}>
              {t('rollCall.save')}
            </Button>
          </>
        )}
      </Box>
      {room.rows.map((row) => (
        <Box
          key={row.client.id}
          sx={{ display: 'flex', alignItems: 'center', gap: 2, py: 1, borderTop: 1, borderColor: 'divider', flexWrap: 'wrap' }}
        >
          <Box sx={{ width: 230, minWidth: 0 }}>
            <PersonName client={row.client} />
            {/* When the name is hidden the code is already the line above: say it once. */}
            <Typography variant="body2" color="text.secondary">
              {[row.client.name ? row.client.code : null, row.bed ? t('rollCall.bed', { bed: row.bed }) : null].filter(Boolean).join(' · ')}
            </Typography>
          </Box>
          <ToggleButtonGroup
            exclusive
            size="small"
            value={marks[row.client.id]}
            onChange={(_, v: RollCallStatus | null) => v && setMarks({ ...marks, [row.client.id]: v })}
            disabled={!editable}
            aria-label={row.client.name ?? row.client.code}
          >
            {ROLL_CALL_STATUSES.map((s) => (
              <ToggleButton
                key={s}
                value={s}
                color={s === 'present' ? 'success' : s === 'absconded' ? 'error' : 'warning'}
                sx={{ minHeight: 44, px: 1.5 }}
              >
                {t(`rollCall.status.${s}`)}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
        </Box>
      ))}
      {error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {error}
        </Alert>
      )}
    </Paper>
  );
}
