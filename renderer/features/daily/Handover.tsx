// The handover screen: what the previous shift left for this one, until someone acknowledges it.
import { useState } from 'react';
import { Alert, Box, Button, Typography } from '@mui/material';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import ForwardIcon from '@mui/icons-material/Forward';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../components/EmptyState';
import { PageLoading } from '../../components/LoadingScreen';
import { errorMessage } from '../../components/errors';
import { EntryList } from './EntryList';
import { NoticeBar, type Notice } from './shared';

export function Handover() {
  const { t } = useTranslation('daily');
  const list = useApiQuery('careLog.handover', {});
  const ack = useApiMutation('careLog.acknowledge', { invalidates: ['careLog.handover', 'careLog.list', 'daily.today'] });
  const [notice, setNotice] = useState<Notice | null>(null);

  if (list.isError) return <Alert severity="error">{errorMessage(list.error)}</Alert>;
  if (!list.data) return <PageLoading />;
  if (!list.data.length) return <EmptyState icon={ForwardIcon} title={t('handover.empty')} text={t('handover.emptyText')} />;
  const acknowledge = async (ids: number[]) => {
    try {
      await ack.mutateAsync({ entryIds: ids });
      setNotice({ text: t('handover.done') });
    } catch (e) {
      setNotice({ text: errorMessage(e), severity: 'error' });
    }
  };
  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flex: 1, minWidth: 260 }}>
          <Typography variant="h6" component="h2">
            {t('handover.title')}
          </Typography>
          <Typography color="text.secondary">{t('handover.intro')}</Typography>
        </Box>
        <Button
          variant="contained"
          size="large"
          startIcon={<DoneAllIcon />}
          disabled={ack.isPending}
          onClick={() => void acknowledge(list.data.map((e) => e.id))}
        >
          {t('handover.ackAll', { count: list.data.length })}
        </Button>
      </Box>
      <EntryList entries={list.data} showClient showDate />
      <NoticeBar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
