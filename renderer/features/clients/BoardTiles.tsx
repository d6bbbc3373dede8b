import type { DragEvent } from 'react';
import { Box, Card, Chip, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import PersonIcon from '@mui/icons-material/Person';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BedBoard, Occupant } from '../../../electron/contract/stays.contract';

type Bed = BedBoard['rooms'][number]['beds'][number];
type Group = BedBoard['groups'][number];

const startDrag = (e: DragEvent, who: Occupant) => {
  e.dataTransfer.setData('text/komak-client', String(who.id));
  e.dataTransfer.effectAllowed = 'move';
};

/** A person on the board: code, and the name or a lock. Never colour alone: held beds also say why. */
export function OccupantChip({
  who,
  onClick,
  selected,
  draggable,
  small,
}: {
  who: Occupant;
  onClick?: () => void;
  selected?: boolean;
  draggable?: boolean;
  small?: boolean;
}) {
  const { t } = useTranslation('clients');
  return (
    <Chip
      size={small ? 'small' : 'medium'}
      icon={who.nameHidden ? <LockIcon /> : <PersonIcon />}
      label={who.nameHidden ? who.code : `${who.code} · ${who.name}`}
      title={who.nameHidden ? t('hidden.tooltip') : undefined}
      onClick={onClick}
      color={selected ? 'primary' : 'default'}
      variant={selected ? 'filled' : 'outlined'}
      draggable={draggable}
      onDragStart={draggable ? (e) => startDrag(e, who) : undefined}
      sx={{ bgcolor: selected ? undefined : 'background.paper', maxWidth: '100%', justifyContent: 'flex-start' }}
      data-testid="occupant"
    />
  );
}

const HATCH = 'repeating-linear-gradient(135deg, rgba(161,92,0,0.10) 0 8px, rgba(161,92,0,0.03) 8px 16px)';

/** One bed: free (dashed, a drop target), occupied (the person), or held for someone away (hatched, with the reason). */
export function BedTile({
  bed,
  picking,
  canDrop,
  onPlace,
  onDrop,
  draggable,
}: {
  bed: Bed;
  picking: boolean;
  canDrop: boolean;
  onPlace(): void;
  onDrop(e: DragEvent): void;
  draggable: boolean;
}) {
  const { t } = useTranslation('clients');
  const navigate = useNavigate();
  const free = bed.state === 'free';
  const target = free && canDrop;
  return (
    <Box
      role={free && picking ? 'button' : undefined}
      tabIndex={free && picking ? 0 : undefined}
      aria-label={`${t('dialogs.bed')} ${bed.label}: ${t(`board.${bed.state}`)}`}
      onClick={free && picking ? onPlace : undefined}
      onKeyDown={free && picking ? (e) => (e.key === 'Enter' || e.key === ' ') && onPlace() : undefined}
      onDragOver={target ? (e) => e.preventDefault() : undefined}
      onDrop={target ? onDrop : undefined}
      data-testid="bed"
      data-state={bed.state}
      data-bed={bed.label}
      sx={{
        minHeight: 64,
        minWidth: 0,
        overflow: 'hidden',
        borderRadius: 2,
        p: 1,
        display: 'flex',
        gap: 1,
        alignItems: 'flex-start',
        border: 2,
        borderStyle: free ? 'dashed' : 'solid',
        borderColor: free ? (picking ? 'primary.main' : 'divider') : bed.state === 'held' ? 'warning.main' : 'primary.light',
        bgcolor: free ? (picking ? 'rgba(29,92,122,0.06)' : 'transparent') : bed.state === 'held' ? undefined : 'rgba(29,92,122,0.08)',
        backgroundImage: bed.state === 'held' ? HATCH : undefined,
        cursor: free && picking ? 'pointer' : 'default',
        transition: 'background-color .15s',
        '&:hover': free && picking ? { bgcolor: 'rgba(29,92,122,0.14)' } : undefined,
      }}
    >
      <Box
        sx={{
          minWidth: 28,
          height: 28,
          borderRadius: 1,
          bgcolor: free ? 'action.hover' : bed.state === 'held' ? 'warning.main' : 'primary.main',
          color: free ? 'text.secondary' : '#fff',
          display: 'grid',
          placeItems: 'center',
          fontWeight: 700,
          fontSize: 14,
        }}
      >
        {bed.label}
      </Box>
      <Box sx={{ minWidth: 0, flex: 1 }}>
        {free && (
          <Typography color={picking ? 'primary' : 'text.secondary'} sx={{ fontWeight: picking ? 700 : 400, pt: 0.25 }}>
            {picking ? t('board.placeHere') : t('board.free')}
          </Typography>
        )}
        {bed.occupants.map((o) => (
          <Box
            key={o.id}
            onClick={() => void navigate(`/clients/${o.id}`)}
            draggable={draggable}
            onDragStart={draggable ? (e) => startDrag(e, o) : undefined}
            sx={{ cursor: 'pointer', minWidth: 0, '&:hover .name': { textDecoration: 'underline' } }}
          >
            <Typography variant="body2" sx={{ fontFamily: 'monospace', fontWeight: 700 }}>
              {o.code}
            </Typography>
            <Typography
              variant="body2"
              className="name"
              noWrap
              sx={{
                display: 'flex',
                alignItems: 'center',
                gap: 0.5,
                color: o.nameHidden ? 'text.secondary' : 'text.primary',
                fontStyle: o.nameHidden ? 'italic' : 'normal',
              }}
            >
              {o.nameHidden && <LockIcon sx={{ fontSize: 15 }} aria-hidden />}
              {o.nameHidden ? t('hidden.name') : o.name}
            </Typography>
            {o.absenceReason && (
              <Typography variant="caption" sx={{ color: 'warning.dark', fontWeight: 700 }}>
                {t(`absence.${o.absenceReason}`)}
              </Typography>
            )}
          </Box>
        ))}
      </Box>
    </Box>
  );
}

/** A day-care group: its members and free places; a drop target while places remain. */
export function GroupColumn({
  group,
  picking,
  onPlace,
  onDrop,
  draggable,
}: {
  group: Group;
  picking: boolean;
  onPlace(): void;
  onDrop(e: DragEvent): void;
  draggable: boolean;
}) {
  const { t } = useTranslation('clients');
  const free = Math.max(0, group.places - group.members.length);
  return (
    <Card
      sx={{ p: 1.5 }}
      onDragOver={draggable ? (e) => e.preventDefault() : undefined}
      onDrop={draggable ? onDrop : undefined}
      data-testid="board-group"
    >
      <Typography sx={{ fontWeight: 700 }}>{group.name}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('board.places', { count: group.members.length, places: group.places })}
      </Typography>
      <Box sx={{ display: 'grid', gap: 0.75, '& > *': { minWidth: 0 } }}>
        {group.members.map((o) => (
          <OccupantChip key={o.id} who={o} draggable={draggable} />
        ))}
        {free > 0 && (
          <Box
            role={picking ? 'button' : undefined}
            tabIndex={picking ? 0 : undefined}
            onClick={picking ? onPlace : undefined}
            onKeyDown={picking ? (e) => (e.key === 'Enter' || e.key === ' ') && onPlace() : undefined}
            data-testid="group-free"
            sx={{
              minHeight: 44,
              borderRadius: 2,
              border: 2,
              borderStyle: 'dashed',
              borderColor: picking ? 'primary.main' : 'divider',
              cursor: picking ? 'pointer' : 'default',
              display: 'grid',
              placeItems: 'center',
              color: picking ? 'primary.main' : 'text.secondary',
              fontWeight: picking ? 700 : 400,
            }}
          >
            {picking ? t('board.placeHere') : t('board.freePlaces', { count: free })}
          </Box>
        )}
      </Box>
    </Card>
  );
}

/** What the tiles mean, so colour is never the only signal. */
export function BoardLegend() {
  const { t } = useTranslation('clients');
  const swatch = (state: 'free' | 'occupied' | 'held') => (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Box
        sx={{
          width: 28,
          height: 18,
          borderRadius: 1,
          border: 2,
          borderStyle: state === 'free' ? 'dashed' : 'solid',
          borderColor: state === 'free' ? 'divider' : state === 'held' ? 'warning.main' : 'primary.light',
          bgcolor: state === 'occupied' ? 'rgba(29,92,122,0.08)' : 'transparent',
          backgroundImage: state === 'held' ? HATCH : undefined,
        }}
      />
      <Typography variant="body2">{t(`board.${state}`)}</Typography>
    </Box>
  );
  return (
    <Box sx={{ display: 'flex', gap: 3, mb: 2, color: 'text.secondary' }} aria-hidden>
      {swatch('free')}
      {swatch('occupied')}
      {swatch('held')}
    </Box>
  );
}
