// The care log's front page: everyone the caregiver works with, what has been written about each
// today, and the quick-entry chips of the one she taps.
import { useState } from 'react';
import { Alert, Box, Card, CardActionArea, Chip, Typography } from '@mui/material';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import TouchAppIcon from '@mui/icons-material/TouchApp';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../electron/contract/format';
import { useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../components/EmptyState';
import { PageLoading } from '../../components/LoadingScreen';
import { errorMessage } from '../../components/errors';
import { QuickEntry } from './QuickEntry';
import { NoticeBar, PersonName, type Notice } from './shared';

export function ResidentsToday() {
  const { t } = useTranslation('daily');
  const residents = useApiQuery('careLog.residents', {});
  const [chosen, setChosen] = useState<number | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  if (residents.isError) return <Alert severity="error">{errorMessage(residents.error)}</Alert>;
  if (!residents.data) return <PageLoading />;
  if (!residents.data.length) return <EmptyState icon={MenuBookIcon} title={t('care.nobody')} text={t('care.nobodyText')} />;
  const current = residents.data.find((r) => r.client.id === chosen);

  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '300px 1fr' }, gap: 2, alignItems: 'start' }}>
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1 }} aria-label={t('care.choose')}>
        {residents.data.map((r) => {
          const total = Object.values(r.counts).reduce((s, n) => s + n, 0);
          const selected = r.client.id === chosen;
          return (
            <Card
              component="li"
              key={r.client.id}
              data-client={r.client.code}
              sx={{
                borderWidth: 2,
                borderColor: selected ? 'primary.main' : 'divider',
                bgcolor: selected ? 'rgba(29,92,122,0.06)' : undefined,
              }}
            >
              <CardActionArea
                onClick={() => setChosen(r.client.id)}
                aria-pressed={selected}
                sx={{ p: 1.5, display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 1, minHeight: 64 }}
              >
                <Box sx={{ minWidth: 0 }}>
                  <PersonName client={r.client} />
                  <Typography variant="body2" color="text.secondary" noWrap>
                    {[r.client.code, r.room ?? r.group].filter(Boolean).join(' · ')}
                  </Typography>
                </Box>
                {r.away ? (
                  <Chip
                    size="small"
                    color="warning"
                    variant="outlined"
                    label={t('care.away', { reason: t(`rollCall.status.${r.away}` as 'rollCall.status.away', { defaultValue: r.away }) })}
                  />
                ) : (
                  <Chip
                    size="small"
                    color={total ? 'success' : 'default'}
                    variant={total ? 'filled' : 'outlined'}
                    label={total}
                    title={r.lastAt ? formatDateTime(r.lastAt) : t('care.noEntries')}
                    aria-label={total ? t('care.entriesToday', { count: total }) : t('care.noEntries')}
                  />
                )}
              </CardActionArea>
            </Card>
          );
        })}
      </Box>
      {current ? (
        <QuickEntry key={current.client.id} client={current.client} onNotice={setNotice} />
      ) : (
        <EmptyState icon={TouchAppIcon} title={t('care.choose')} text={t('care.chooseText')} />
      )}
      <NoticeBar notice={notice} onClose={() => setNotice(null)} />
    </Box>
  );
}
