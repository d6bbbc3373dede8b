// One child on the kiosk sheet: tap = arrived (time stamped), tap again = left.
import { Box, Button, Card, CardActionArea, Chip, IconButton, Tooltip, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import LogoutIcon from '@mui/icons-material/Logout';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import EditIcon from '@mui/icons-material/Edit';
import LockIcon from '@mui/icons-material/Lock';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import PersonIcon from '@mui/icons-material/Person';
import { useTranslation } from 'react-i18next';
import type { SheetRow } from '../../../electron/contract/index';
import { ClientAvatar, PersonName, hhmmOf, hoursText, minutesOf } from './shared';
import { formatDateTime } from '../../../electron/contract/format';

export type CardState = 'waiting' | 'here' | 'gone' | 'absent';

export function stateOf(row: SheetRow): CardState {
  const r = row.record;
  if (r?.absenceReason) return 'absent';
  if (r?.checkOut) return 'gone';
  if (r?.checkIn) return 'here';
  return 'waiting';
}

const TONE: Record<CardState, { border: string; bg: string; fg: string }> = {
  waiting: { border: '#c5ced6', bg: '#ffffff', fg: '#4a5866' },
  here: { border: '#2e7d4f', bg: '#eaf5ee', fg: '#1f5e3a' },
  gone: { border: '#7b8a97', bg: '#f1f3f5', fg: '#3d4a56' },
  absent: { border: '#a15c00', bg: '#fdf3e4', fg: '#7a4500' },
};

/** The limit warning of a child who is here: neutral until half an hour before, then amber, then red. */
export function limitWarning(row: SheetRow, now: string): { level: 'info' | 'warning' | 'error'; key: string; time: string } | null {
  const r = row.record;
  if (!r?.checkIn || r.checkOut) return null;
  const leaveAt = minutesOf(r.checkIn) + row.limitMinutes;
  const left = leaveAt - minutesOf(now);
  const time = hhmmOf(leaveAt);
  if (left < 0) return { level: 'error', key: row.hasAgreement ? 'sheet.overTwelve' : 'sheet.overNine', time };
  if (left <= 30) return { level: 'warning', key: row.hasAgreement ? 'sheet.leaveBy' : 'sheet.leaveSoon', time };
  return { level: 'info', key: 'sheet.leaveBy', time };
}

interface Props {
  row: SheetRow;
  now: string;
  canMark: boolean;
  reasonLabel(code: string): string;
  onTap(): void;
  onAbsent(): void;
  onEdit(): void;
  /** A past day the manager may correct (with a reason). */
  onCorrect?(): void;
  /** The sheet of an earlier day: no "not here yet". */
  past?: boolean;
  /** The centre is closed (a public holiday): nobody is due, so "not scheduled" would mislead. */
  holiday?: boolean;
}

export function ChildCard({ row, now, canMark, reasonLabel, onTap, onAbsent, onEdit, onCorrect, past, holiday }: Props) {
  const { t, i18n } = useTranslation('daily');
  const state = stateOf(row);
  const tone = TONE[state];
  const r = row.record;
  const warning = canMark ? limitWarning(row, now) : null;
  const Icon = { waiting: RadioButtonUncheckedIcon, here: CheckCircleIcon, gone: LogoutIcon, absent: EventBusyIcon }[state];
  const status =
    state === 'here'
      ? t('sheet.arrived', { time: r!.checkIn })
      : state === 'gone'
        ? t('sheet.stayed', {
            in: r!.checkIn,
            out: r!.checkOut,
            hours: hoursText(minutesOf(r!.checkOut!) - minutesOf(r!.checkIn!), i18n.language),
          })
        : state === 'absent'
          ? t('sheet.absentReason', { reason: reasonLabel(r!.absenceReason!) })
          : past
            ? t('sheet.noRecord')
            : row.scheduled
              ? t('sheet.notArrived')
              : holiday
                ? t('sheet.holidayCard')
                : t('sheet.notScheduled');
  const person = (state === 'gone' ? r?.collectedBy : null) ?? r?.broughtBy ?? null;
  const tappable = canMark && !row.locked && state !== 'gone';
  const action = t(state === 'here' ? 'sheet.tapOut' : 'sheet.tapIn');

  return (
    <Card
      data-testid="child-card"
      data-client={row.client.code}
      data-state={state}
      sx={{
        borderWidth: 2,
        borderColor: tone.border,
        bgcolor: tone.bg,
        display: 'flex',
        flexDirection: 'column',
        opacity: row.scheduled || r ? 1 : 0.75,
      }}
    >
      <CardActionArea
        onClick={onTap}
        disabled={!tappable}
        aria-label={`${row.client.name ?? row.client.code}: ${status}${tappable ? ` — ${action}` : ''}`}
        sx={{
          p: 1.5,
          flex: 1,
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'stretch',
          justifyContent: 'flex-start',
          gap: 1,
          minHeight: 116,
        }}
      >
        <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center' }}>
          <ClientAvatar client={row.client} initials={row.initials} hasPhoto={row.hasPhoto} size={48} />
          <Box sx={{ minWidth: 0 }}>
            {row.client.name ? (
              <>
                {/* Children are called by their first name; the surname and code tell two Azizes apart. */}
                <Typography sx={{ fontWeight: 800, fontSize: '1.125rem', lineHeight: 1.2 }} noWrap>
                  {row.client.name.split(/\s+/)[1] ?? row.client.name}
                </Typography>
                {/* The code is what tells two children apart, so it never shortens; a long surname does. */}
                <Typography variant="body2" color="text.secondary" sx={{ display: 'flex', whiteSpace: 'nowrap' }}>
                  <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
                    {row.client.name.split(/\s+/)[0]}
                  </Box>
                  <Box component="span" sx={{ flexShrink: 0 }}>
                    &nbsp;· {row.client.code}
                  </Box>
                </Typography>
              </>
            ) : (
              <PersonName client={row.client} />
            )}
          </Box>
        </Box>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, color: tone.fg }}>
          <Icon sx={{ fontSize: 22 }} />
          <Typography sx={{ fontWeight: 700, fontSize: state === 'waiting' ? '0.95rem' : '1.05rem' }} data-testid="card-status">
            {status}
          </Typography>
        </Box>
        {(warning || row.hasAgreement) && (
          <Box sx={{ display: 'flex', gap: 0.75, flexWrap: 'wrap' }}>
            {warning && (
              <Chip
                size="small"
                icon={warning.level === 'info' ? undefined : <WarningAmberIcon />}
                color={warning.level === 'info' ? 'default' : warning.level}
                variant={warning.level === 'info' ? 'outlined' : 'filled'}
                label={t(warning.key as 'sheet.leaveBy', { time: warning.time })}
                sx={{ fontWeight: 600 }}
              />
            )}
            {row.hasAgreement && state === 'here' && <Chip size="small" variant="outlined" label={t('sheet.extended')} />}
          </Box>
        )}
        {row.correction && (
          <Typography variant="body2" color="warning.dark" sx={{ fontWeight: 600 }} data-testid="card-correction">
            {t('sheet.correctedBy', { by: row.correction.by, at: formatDateTime(row.correction.at) })}
            {row.correction.reason ? ` — ${row.correction.reason}` : ''}
          </Typography>
        )}
      </CardActionArea>
      {onCorrect && (
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', alignItems: 'center', px: 1, pb: 0.5, minHeight: 46 }}>
          {row.locked ? (
            <Tooltip title={t('sheet.locked')}>
              <LockIcon sx={{ color: 'text.secondary', mr: 1 }} aria-label={t('sheet.locked')} />
            </Tooltip>
          ) : (
            <Button size="small" startIcon={<EditIcon />} onClick={onCorrect} sx={{ minHeight: 44 }}>
              {t('sheet.correct')}
            </Button>
          )}
        </Box>
      )}
      {canMark && (
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', px: 1, pb: 0.5, minHeight: 46 }}>
          {row.locked ? (
            <Tooltip title={t('sheet.locked')}>
              <LockIcon sx={{ color: 'text.secondary', ml: 1 }} aria-label={t('sheet.locked')} />
            </Tooltip>
          ) : state === 'waiting' ? (
            <Button size="small" color="warning" startIcon={<EventBusyIcon />} onClick={onAbsent} sx={{ minHeight: 44 }}>
              {t('sheet.markAbsent')}
            </Button>
          ) : (
            <Box
              sx={{ display: 'flex', alignItems: 'center', gap: 0.5, px: 1, minWidth: 0, color: 'text.secondary' }}
              title={person ? t(state === 'gone' && r?.collectedBy ? 'sheet.collectedBy' : 'sheet.broughtBy', { name: person }) : undefined}
            >
              {person && <PersonIcon sx={{ fontSize: 18 }} />}
              <Typography variant="body2" noWrap>
                {person}
              </Typography>
            </Box>
          )}
          {!row.locked && state !== 'waiting' && (
            <IconButton onClick={onEdit} aria-label={t('sheet.edit')}>
              <EditIcon />
            </IconButton>
          )}
        </Box>
      )}
    </Card>
  );
}
