// A caregiver's own shift at a glance: what she wrote since yesterday morning (a night shift
// crosses midnight), about whom, with a count per kind of entry; corrections from the same list.
import { useState } from 'react';
import { Alert, Box, Chip, Typography } from '@mui/material';
import BadgeIcon from '@mui/icons-material/Badge';
import { useTranslation } from 'react-i18next';
import type { CareLogEntry } from '../../../electron/contract/index';
import { tashkentToday } from '../../../electron/contract/format';
import { useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../components/EmptyState';
import { PageLoading } from '../../components/LoadingScreen';
import { errorMessage } from '../../components/errors';
import { EntryList } from './EntryList';
import { CorrectEntryDialog } from './EntryDialogs';

const yesterdayOf = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

export function MyShift() {
  const { t } = useTranslation('daily');
  const today = tashkentToday();
  const list = useApiQuery('careLog.list', { mine: true, from: yesterdayOf(today), to: today });
  const [correcting, setCorrecting] = useState<CareLogEntry | null>(null);
  if (list.isError) return <Alert severity="error">{errorMessage(list.error)}</Alert>;
  if (!list.data) return <PageLoading />;
  const items = list.data.items;
  if (!items.length) return <EmptyState icon={BadgeIcon} title={t('shift.empty')} text={t('shift.emptyText')} />;
  const byCategory = Object.entries(
    items.filter((e) => !e.correction).reduce<Record<string, number>>((n, e) => ({ ...n, [e.category]: (n[e.category] ?? 0) + 1 }), {}),
  );
  const people = new Set(items.map((e) => e.client.id)).size;
  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 2, flexWrap: 'wrap' }} data-testid="shift-summary">
        <Typography variant="h6" component="h2" sx={{ mr: 1 }}>
          {t('shift.title', { count: items.length, people })}
        </Typography>
        {byCategory.map(([category, n]) => (
          <Chip key={category} variant="outlined" label={`${t(`care.category.${category}` as 'care.category.meal')}: ${n}`} />
        ))}
      </Box>
      <EntryList entries={items} showClient showDate onCorrect={setCorrecting} />
      <CorrectEntryDialog
        entry={correcting}
        onClose={() => setCorrecting(null)}
        onDone={() => {
          setCorrecting(null);
          void list.refetch();
        }}
      />
    </>
  );
}
