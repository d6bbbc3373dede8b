// Care-log entries as a journal: event time first, the author and time of writing under it;
// a corrected entry stays, struck through, with the reason and who corrected it.
import { Box, Button, Chip, Paper, Typography } from '@mui/material';
import ForwardIcon from '@mui/icons-material/Forward';
import ReportIcon from '@mui/icons-material/Report';
import LockIcon from '@mui/icons-material/Lock';
import { useTranslation } from 'react-i18next';
import type { CareLogEntry } from '../../../electron/contract/index';
import { formatDate, formatDateTime } from '../../../electron/contract/format';
import { useSignedInUser } from '../../app/session';

/** What an entry says, in the reader's language: the chip, its measurement, and the meal. */
export function useEntryText() {
  const { t, i18n } = useTranslation('daily');
  const num = (n: number) => (i18n.language === 'en' ? String(n) : String(n).replace('.', ','));
  return (e: Pick<CareLogEntry, 'category' | 'value' | 'details' | 'text'>) => {
    const parts: string[] = [];
    if (e.category === 'incident') parts.push(t('care.incidentType', { type: t(`incidents.types.${e.value}` as 'incidents.types.fall') }));
    else if (e.value) parts.push(t(`care.chip.${e.value}` as 'care.chip.ate_all'));
    if (e.details.meal) parts.push(t(`care.meal.${e.details.meal}`));
    if (e.details.temperature !== undefined) parts.push(`${num(e.details.temperature)} °C`);
    if (e.details.weight !== undefined) parts.push(`${num(e.details.weight)} kg`);
    if (e.details.pain !== undefined) parts.push(`${e.details.pain}/10`);
    if (e.details.durationMinutes !== undefined) parts.push(`${e.details.durationMinutes} min`);
    return { title: parts.join(' · '), text: e.text };
  };
}

interface Props {
  entries: CareLogEntry[];
  /** Show whom each entry is about (lists of several residents). */
  showClient?: boolean;
  showDate?: boolean;
  onCorrect?(e: CareLogEntry): void;
  dense?: boolean;
}

export function EntryList({ entries, showClient, showDate, onCorrect, dense }: Props) {
  const { t } = useTranslation('daily');
  const me = useSignedInUser();
  const text = useEntryText();
  return (
    <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: dense ? 0.75 : 1 }}>
      {entries.map((e) => {
        const { title, text: body } = text(e);
        const struck = !!e.correction;
        const late = Date.parse(e.enteredAt) - Date.parse(e.eventAt) > 60 * 60_000;
        const mayCorrect = !!onCorrect && !struck && e.category !== 'incident' && (e.author.id === me.id || me.role === 'manager');
        return (
          <Paper
            component="li"
            key={e.id}
            variant="outlined"
            data-entry={e.id}
            data-struck={struck}
            sx={{ p: dense ? 1.25 : 1.5, display: 'flex', gap: 1.5, alignItems: 'flex-start', bgcolor: struck ? '#f6f6f6' : undefined }}
          >
            <Box sx={{ minWidth: showDate ? 96 : 52, textAlign: 'right' }}>
              {showDate && (
                <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                  {formatDate(e.eventDate)}
                </Typography>
              )}
              <Typography sx={{ fontWeight: 800 }}>{e.eventTime}</Typography>
            </Box>
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                {e.category === 'incident' && <ReportIcon color="error" fontSize="small" />}
                <Chip size="small" label={t(`care.category.${e.category}` as 'care.category.meal')} variant="outlined" />
                {showClient && <Typography sx={{ fontWeight: 700 }}>{e.client.name ?? e.client.code}</Typography>}
                <Typography
                  sx={{
                    fontWeight: 600,
                    textDecoration: struck ? 'line-through' : 'none',
                    color: struck ? 'text.secondary' : 'text.primary',
                  }}
                >
                  {title}
                </Typography>
                {e.forHandover && (
                  <Chip size="small" icon={<ForwardIcon />} color={e.acknowledged ? 'default' : 'info'} label={t('care.handoverFlag')} />
                )}
              </Box>
              {body && (
                <Typography
                  sx={{
                    mt: 0.5,
                    whiteSpace: 'pre-wrap',
                    textDecoration: struck ? 'line-through' : 'none',
                    color: struck ? 'text.secondary' : 'text.primary',
                  }}
                >
                  {body}
                </Typography>
              )}
              {e.withheld && (
                <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, display: 'flex', gap: 0.5, alignItems: 'center' }}>
                  <LockIcon sx={{ fontSize: 16 }} aria-hidden />
                  {t('care.withheld')}
                </Typography>
              )}
              <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                {t('care.written', { at: formatDateTime(e.enteredAt), by: e.author.name })}
                {late && ` · ${t('care.late')}`}
                {e.replacesId && ` · ${t('care.replaces')}`}
              </Typography>
              {e.correction && (
                <Typography variant="body2" sx={{ mt: 0.5, color: 'warning.dark', fontWeight: 600 }}>
                  {t(e.correction.reason ? 'care.struck' : 'care.struckNoReason', {
                    reason: e.correction.reason,
                    by: e.correction.by,
                    at: formatDateTime(e.correction.at),
                  })}
                </Typography>
              )}
              {e.acknowledged && (
                <Typography variant="body2" color="success.main" sx={{ mt: 0.5 }}>
                  {t('care.acknowledged', { by: e.acknowledged.by, at: formatDateTime(e.acknowledged.at) })}
                </Typography>
              )}
            </Box>
            {mayCorrect && (
              <Button size="small" onClick={() => onCorrect!(e)} sx={{ minHeight: 44 }}>
                {t('care.correct')}
              </Button>
            )}
          </Paper>
        );
      })}
    </Box>
  );
}
