import { Box, Card, Chip, Typography } from '@mui/material';
import LoginIcon from '@mui/icons-material/Login';
import LogoutIcon from '@mui/icons-material/Logout';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import LocalHospitalIcon from '@mui/icons-material/LocalHospital';
import KeyboardReturnIcon from '@mui/icons-material/KeyboardReturn';
import DescriptionIcon from '@mui/icons-material/Description';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import EventNoteIcon from '@mui/icons-material/EventNote';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../electron/contract/format';
import type { TimelineItem } from '../../../electron/contract/clients.contract';
import { useApiQuery } from '../../api/hooks';
import { Fields } from './ClientDetails';

/** Every stay, newest first, with where the client slept (or which group) and the absences. */
export function StaysTab({ clientId }: { clientId: number }) {
  const { t } = useTranslation('clients');
  const stays = useApiQuery('stays.history', { clientId }).data;
  if (!stays) return null;
  if (!stays.length) return <Typography color="text.secondary">{t('stays.empty')}</Typography>;
  return (
    <Box sx={{ display: 'grid', gap: 2.5 }}>
      {stays.map((s) => (
        <Card key={s.id} sx={{ p: 2.5, borderLeft: 4, borderLeftColor: s.status === 'active' ? 'success.main' : 'divider' }}>
          <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', mb: 1.5, flexWrap: 'wrap' }}>
            <Typography variant="h6" component="h2">
              {t('stays.period', { from: formatDate(s.admittedOn), to: s.dischargedOn ? formatDate(s.dischargedOn) : t('stays.now') })}
            </Typography>
            <Chip
              size="small"
              color={s.status === 'active' ? 'success' : 'default'}
              label={s.status === 'active' ? t('stays.active') : t('stays.closed')}
            />
            {s.capacityOverride && (
              <Chip
                size="small"
                color="warning"
                icon={<WarningAmberIcon />}
                label={t('stays.override', { reason: s.capacityOverride.reason })}
              />
            )}
          </Box>
          <Fields
            rows={[
              [t('stays.referral'), s.referralSource ? t(`referral.${s.referralSource}`) : null],
              [t('stays.document'), s.referralDocument],
              [t('stays.reason'), s.reason],
              ...(s.weekdays
                ? [
                    [
                      t('stays.schedule'),
                      `${s.weekdays.map((d) => t(`weekday.d${d as 1}`)).join(', ')} · ${s.plannedFrom}–${s.plannedTo}`,
                    ] as [string, string],
                  ]
                : []),
              ...(s.destination ? [[t('dialogs.destination'), t(`destination.${s.destination}`)] as [string, string]] : []),
              ...(s.dischargedOn ? [[t('stays.followUp'), s.followUpContact] as [string, string | null]] : []),
            ]}
          />
          {s.placements.length > 0 && (
            <>
              <Typography variant="subtitle1" sx={{ mt: 2, mb: 0.5 }}>
                {t('stays.moves')}
              </Typography>
              {s.placements.map((p) => (
                <Typography key={p.id} variant="body2">
                  {formatDate(p.fromDate)} — {p.toDate ? formatDate(p.toDate) : t('stays.now')}:{' '}
                  <b>
                    {[
                      p.room && p.bed ? t('page.placedIn', { room: p.room.name, bed: p.bed.label }) : p.room?.name,
                      p.group ? t('page.inGroup', { group: p.group.name }) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </b>
                  {p.note ? ` — ${p.note}` : ''}
                </Typography>
              ))}
            </>
          )}
          {s.absences.length > 0 && (
            <>
              <Typography variant="subtitle1" sx={{ mt: 2, mb: 0.5 }}>
                {t('stays.absences')}
              </Typography>
              {s.absences.map((a) => (
                <Typography key={a.id} variant="body2">
                  {formatDate(a.fromDate)} — {a.toDate ? formatDate(a.toDate) : t('stays.now')}: <b>{t(`absence.${a.reason}`)}</b>
                  {a.note ? ` — ${a.note}` : ''}
                </Typography>
              ))}
            </>
          )}
        </Card>
      ))}
    </Box>
  );
}

const ICONS: Record<string, typeof LoginIcon> = {
  registered: HowToRegIcon,
  waitingAdded: HourglassTopIcon,
  waitingWithdrawn: HourglassTopIcon,
  admitted: LoginIcon,
  enrolled: LoginIcon,
  placed: SwapHorizIcon,
  absenceStarted: LocalHospitalIcon,
  absenceEnded: KeyboardReturnIcon,
  discharged: LogoutIcon,
  document: DescriptionIcon,
  capacityOverride: WarningAmberIcon,
};

/** Lists translate: a code from a list becomes its label, in the user's language. */
function useTimelineText() {
  const { t } = useTranslation('clients');
  return (item: TimelineItem): string => {
    const d = item.data;
    const vars: Record<string, string> = Object.fromEntries(Object.entries(d).map(([k, v]) => [k, v === null ? '' : String(v)]));
    if (d.reason) vars.reason = t(`absence.${d.reason as 'hospital'}`);
    if (d.destination) vars.destination = t(`destination.${d.destination as 'died'}`);
    if (d.docType) vars.docType = t(`attachment.${d.docType as 'other'}`);
    if (item.type === 'placed') {
      vars.place = [
        d.room && d.bed ? t('page.placedIn', { room: String(d.room), bed: String(d.bed) }) : (d.room ?? ''),
        d.group ? t('page.inGroup', { group: String(d.group) }) : '',
      ]
        .filter(Boolean)
        .join(' · ');
    }
    const text = t(`timeline.${item.type as 'admitted'}`, { ...vars, defaultValue: item.type });
    // Who referred, as a label after the event (imported stays may not know it).
    return d.referralSource ? `${text} — ${t(`referral.${d.referralSource as 'self'}`)}` : text;
  };
}

/** Stays, moves, absences, documents — and what other areas add — in date order, newest at the bottom. */
export function TimelineTab({ clientId }: { clientId: number }) {
  const { t } = useTranslation('clients');
  const items = useApiQuery('clients.timeline', { clientId }).data;
  const text = useTimelineText();
  if (!items) return null;
  if (!items.length) return <Typography color="text.secondary">{t('timeline.empty')}</Typography>;
  return (
    <Box
      component="ol"
      sx={{
        listStyle: 'none',
        m: 0,
        p: 0,
        position: 'relative',
        '&::before': { content: '""', position: 'absolute', left: 19, top: 8, bottom: 8, width: 2, bgcolor: 'divider' },
      }}
    >
      {items.map((item, i) => {
        const Icon = ICONS[item.type] ?? EventNoteIcon;
        return (
          <Box
            component="li"
            key={`${item.ref.type}${item.ref.id}${item.type}${i}`}
            sx={{ display: 'flex', gap: 2, alignItems: 'center', py: 1, position: 'relative' }}
          >
            <Box
              sx={{
                width: 40,
                height: 40,
                borderRadius: '50%',
                bgcolor: 'background.paper',
                border: 2,
                borderColor: 'primary.light',
                color: 'primary.main',
                display: 'grid',
                placeItems: 'center',
                flex: 'none',
                zIndex: 1,
              }}
            >
              <Icon fontSize="small" />
            </Box>
            <Typography variant="body2" color="text.secondary" sx={{ width: 96, flex: 'none' }}>
              {formatDate(item.date)}
            </Typography>
            <Typography>{text(item)}</Typography>
          </Box>
        );
      })}
    </Box>
  );
}
