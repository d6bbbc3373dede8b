// A resident's journal at a glance: a day or a week, filtered by kind, corrections in place.
import { useState } from 'react';
import { Alert, Box, Button, Chip, IconButton, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CARE_CATEGORIES, type CareCategory } from '../../../electron/contract/daily.lists';
import type { CareLogEntry } from '../../../electron/contract/index';
import { formatDate, tashkentToday } from '../../../electron/contract/format';
import { useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../components/EmptyState';
import { PageLoading } from '../../components/LoadingScreen';
import { errorMessage } from '../../components/errors';
import { EntryList } from './EntryList';
import { CorrectEntryDialog } from './EntryDialogs';
import { PersonName } from './shared';

const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function ResidentDay() {
  const { t } = useTranslation('daily');
  const clientId = Number(useParams().clientId);
  const today = tashkentToday();
  const [period, setPeriod] = useState<'day' | 'week'>('day');
  const [to, setTo] = useState(today);
  const [kinds, setKinds] = useState<CareCategory[]>([]);
  const [correcting, setCorrecting] = useState<CareLogEntry | null>(null);
  const from = period === 'day' ? to : shift(to, -6);
  const list = useApiQuery('careLog.list', { clientId, from, to, ...(kinds.length ? { categories: kinds } : {}) });
  const residents = useApiQuery('careLog.residents', {});
  const client = residents.data?.find((r) => r.client.id === clientId)?.client ?? list.data?.items[0]?.client;
  const step = period === 'day' ? 1 : 7;

  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mb: 2, flexWrap: 'wrap' }}>
        <Button component={RouterLink} to="/care-log" startIcon={<ArrowBackIcon />}>
          {t('care.back')}
        </Button>
        {client && <PersonName client={client} variant="h6" />}
        <Box sx={{ flex: 1 }} />
        <ToggleButtonGroup
          exclusive
          value={period}
          onChange={(_, v: 'day' | 'week' | null) => v && setPeriod(v)}
          aria-label={t('care.day')}
        >
          <ToggleButton value="day" sx={{ minHeight: 44, px: 2 }}>
            {t('care.period.day')}
          </ToggleButton>
          <ToggleButton value="week" sx={{ minHeight: 44, px: 2 }}>
            {t('care.period.week')}
          </ToggleButton>
        </ToggleButtonGroup>
        <IconButton onClick={() => setTo(shift(to, -step))} aria-label={t('care.earlier')}>
          <ChevronLeftIcon />
        </IconButton>
        <Typography sx={{ fontWeight: 700, minWidth: 110, textAlign: 'center' }}>
          {period === 'day' ? formatDate(to) : `${formatDate(from)} – ${formatDate(to)}`}
        </Typography>
        <IconButton
          onClick={() => setTo(shift(to, step) > today ? today : shift(to, step))}
          disabled={to >= today}
          aria-label={t('care.later')}
        >
          <ChevronRightIcon />
        </IconButton>
      </Box>
      <Stack direction="row" spacing={1} sx={{ mb: 2, flexWrap: 'wrap', rowGap: 1 }} role="group" aria-label={t('care.filters')}>
        {CARE_CATEGORIES.map((c) => {
          const on = kinds.includes(c);
          return (
            <Chip
              key={c}
              label={t(`care.category.${c}`)}
              color={on ? 'primary' : 'default'}
              variant={on ? 'filled' : 'outlined'}
              onClick={() => setKinds(on ? kinds.filter((k) => k !== c) : [...kinds, c])}
              aria-pressed={on}
              sx={{ minHeight: 40 }}
            />
          );
        })}
      </Stack>
      {list.isError ? (
        <Alert severity="error">{errorMessage(list.error)}</Alert>
      ) : !list.data ? (
        <PageLoading />
      ) : list.data.items.length ? (
        <EntryList entries={list.data.items} showDate={period === 'week'} onCorrect={setCorrecting} />
      ) : (
        <EmptyState icon={MenuBookIcon} title={t('care.empty')} text={t('care.emptyText')} />
      )}
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
