import { useState, type DragEvent } from 'react';
import { Alert, Box, Button, Card, Chip, Typography } from '@mui/material';
import BedIcon from '@mui/icons-material/Bed';
import MeetingRoomIcon from '@mui/icons-material/MeetingRoom';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MeterBar } from '../../components/MeterBar';
import { formatDate } from '../../../electron/contract/format';
import { DayPicker, usePickedDay } from '../daily/DayPicker';
import type { Occupant } from '../../../electron/contract/stays.contract';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/EmptyState';
import { useApiQuery } from '../../api/hooks';
import { useSignedInUser } from '../../app/session';
import { isResidential, useFacilityKind } from './shared';
import { TransferDialog } from './StayDialogs';
import type { PlaceValue } from './PlaceSelect';
import { BedTile, BoardLegend, GroupColumn, OccupantChip } from './BoardTiles';

/** Rooms as columns of beds, like a hotel front desk: who is where, free and held beds at a glance; assign by picking or dragging. */
export function BedBoardPage() {
  const { t } = useTranslation('clients');
  const user = useSignedInUser();
  const kind = useFacilityKind();
  // A past day shows who slept where then (from the placement history); moves happen only today.
  const { date, setDate, day, past } = usePickedDay();
  const board = useApiQuery('beds.board', past ? { date: day } : {}).data;
  const [picked, setPicked] = useState<Occupant | null>(null);
  const [target, setTarget] = useState<{ who: Occupant; place: PlaceValue } | null>(null);
  const manager = user.role === 'manager' && !past;
  const residential = isResidential(kind);
  if (!board || !kind) return null;

  const place = (place: PlaceValue, who: Occupant | null = picked) => {
    if (!who) return;
    setTarget({ who, place });
    setPicked(null);
  };
  const dropped = (e: DragEvent, p: PlaceValue) => {
    const id = Number(e.dataTransfer.getData('text/komak-client'));
    const who = [
      ...board.unplaced,
      ...board.rooms.flatMap((r) => [...r.beds.flatMap((b) => b.occupants), ...r.sharing]),
      ...board.groups.flatMap((g) => g.members),
    ].find((o) => o.id === id);
    if (who) place(p, who);
  };
  const empty = residential ? board.rooms.length === 0 : board.groups.length === 0;

  return (
    <>
      <PageHeader
        title={residential ? t('board.title') : t('board.titleGroups')}
        subtitle={residential ? t('board.subtitle') : t('board.subtitleGroups')}
        actions={
          manager && (
            <Button component={RouterLink} to="/beds/rooms" startIcon={<MeetingRoomIcon />}>
              {t('board.manage')}
            </Button>
          )
        }
      />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '2fr 1fr 1fr' }, gap: 2, mb: 2.5 }}>
        <Card sx={{ p: 2 }}>
          <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1.5 }}>
            <Typography color="text.secondary">{`${t('board.occupancy')} · ${formatDate(board.date)}`}</Typography>
            <Typography variant="h5" component="p" data-testid="occupancy">
              {t('board.ofCapacity', { occupied: board.occupied, capacity: board.capacity })}
            </Typography>
            {board.overCapacity && <Chip size="small" color="error" label={t('board.overCapacity')} />}
          </Box>
          <MeterBar
            used={board.occupied}
            of={board.capacity}
            color={board.overCapacity ? 'error' : 'primary'}
            sx={{ height: 10, borderRadius: 5, mt: 1 }}
            label={t('board.occupancy')}
            valueText={t(residential ? 'home.ofCapacity' : 'home.ofPlaces', { occupied: board.occupied, capacity: board.capacity })}
          />
        </Card>
        {residential && (
          <Card sx={{ p: 2 }}>
            <Typography color="text.secondary">{t('board.freeBeds')}</Typography>
            <Typography variant="h5" component="p">
              {board.freeBeds}
            </Typography>
          </Card>
        )}
        <Card sx={{ p: 2 }}>
          <Typography color="text.secondary">{t('board.away')}</Typography>
          <Typography variant="h5" component="p">
            {board.away}
          </Typography>
        </Card>
      </Box>

      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2, flexWrap: 'wrap' }}>
        <DayPicker value={date} onChange={setDate} />
        {past && (
          <Typography color="text.secondary" data-testid="board-past">
            {t('board.pastDay', { date: formatDate(day) })}
          </Typography>
        )}
      </Box>
      {residential && !empty && <BoardLegend />}
      {board.unplaced.length > 0 && (
        <Alert severity="warning" icon={false} sx={{ mb: 2.5, '& .MuiAlert-message': { width: '100%' } }}>
          <Typography sx={{ fontWeight: 700 }}>{t('board.unplaced')}</Typography>
          {manager && <Typography variant="body2">{t('board.unplacedHint')}</Typography>}
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 1 }}>
            {board.unplaced.map((o) => (
              <OccupantChip
                key={o.id}
                who={o}
                draggable={manager}
                selected={picked?.id === o.id}
                onClick={manager ? () => setPicked(picked?.id === o.id ? null : o) : undefined}
              />
            ))}
          </Box>
        </Alert>
      )}
      {picked && (
        <Alert severity="info" sx={{ mb: 2.5 }} action={<Button onClick={() => setPicked(null)}>{t('board.cancelPick')}</Button>}>
          {t('board.picking', { who: picked.name ?? picked.code })}
        </Alert>
      )}

      {empty && (
        <EmptyState
          icon={BedIcon}
          title={residential ? t('board.noRooms') : t('board.noGroups')}
          text={residential ? t('board.noRoomsText') : t('board.noGroupsText')}
          actions={
            manager && (
              <Button variant="contained" component={RouterLink} to="/beds/rooms">
                {t('board.manage')}
              </Button>
            )
          }
        />
      )}

      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: `repeat(auto-fill, minmax(${residential ? 240 : 300}px, 1fr))`,
          gap: 2,
          alignItems: 'start',
          '& > *': { minWidth: 0 },
        }}
      >
        {residential &&
          board.rooms.map((room) => (
            <Card
              key={room.id}
              sx={{ p: 1.5, bgcolor: room.kind === 'mother_and_child' ? 'rgba(122,78,45,0.04)' : 'background.paper' }}
              data-testid="board-room"
              aria-label={room.name}
            >
              <Box sx={{ px: 0.5, mb: 1 }}>
                <Typography sx={{ fontWeight: 700 }}>{room.name}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {[t(`roomKind.${room.kind}`), room.floor !== null ? t('board.floor', { floor: room.floor }) : null]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography>
              </Box>
              <Box sx={{ display: 'grid', gap: 1 }}>
                {room.beds.map((bed) => (
                  <BedTile
                    key={bed.id}
                    bed={bed}
                    picking={!!picked}
                    canDrop={manager}
                    onPlace={() => place({ bedId: bed.id, groupId: null })}
                    onDrop={(e) => dropped(e, { bedId: bed.id, groupId: null })}
                    draggable={manager}
                  />
                ))}
              </Box>
              {room.sharing.length > 0 && (
                <Box sx={{ mt: 1, px: 0.5 }}>
                  <Typography variant="caption" color="text.secondary">
                    {t('board.sharing')}
                  </Typography>
                  <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
                    {room.sharing.map((o) => (
                      <OccupantChip key={o.id} who={o} small />
                    ))}
                  </Box>
                </Box>
              )}
            </Card>
          ))}
        {!residential &&
          board.groups.map((g) => (
            <GroupColumn
              key={g.id}
              group={g}
              picking={!!picked}
              onPlace={() => place({ bedId: null, groupId: g.id })}
              onDrop={(e) => dropped(e, { bedId: null, groupId: g.id })}
              draggable={manager}
            />
          ))}
      </Box>

      {target && (
        <TransferDialog
          open
          client={target.who}
          residential={residential}
          initial={target.place}
          onClose={() => setTarget(null)}
          onDone={() => setTarget(null)}
        />
      )}
    </>
  );
}
