import { useState } from 'react';
import { Alert, Box, Button, Chip, Divider, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import AddTaskIcon from '@mui/icons-material/AddTask';
import StrikethroughSIcon from '@mui/icons-material/StrikethroughS';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../electron/contract/format';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useSignedInUser } from '../../app/session';
import { errorMessage } from '../../components/errors';
import { ReasonDialog } from './components/ReasonDialog';
import { RecordDeliveryDialog } from './RecordDeliveryDialog';

/** What was actually done for the client (planned activities and other services), newest first; mistakes struck out. */
export function DeliveriesPanel({ clientId, canRecord }: { clientId: number; canRecord: boolean }) {
  const { t } = useTranslation('plans');
  const user = useSignedInUser();
  const list = useApiQuery('plans.deliveries', { clientId, limit: 50 });
  const [recording, setRecording] = useState(false);
  // A year of twice-weekly sessions is a hundred rows: the newest ten first, the rest on request.
  const [shown, setShown] = useState(10);
  const [voiding, setVoiding] = useState<number | null>(null);
  const voidIt = useApiMutation('plans.voidActivity', { invalidates: ['plans.deliveries', 'plans.get'] });
  return (
    <>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1.5 }}>
        <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
          {t('client.activities')}
        </Typography>
        {canRecord && (
          <Button variant="outlined" startIcon={<AddTaskIcon />} onClick={() => setRecording(true)}>
            {t('delivery.record')}
          </Button>
        )}
      </Stack>
      {list.isError && <Alert severity="error">{errorMessage(list.error)}</Alert>}
      {list.data && list.data.length === 0 && <Typography color="text.secondary">{t('delivery.empty')}</Typography>}
      <Stack divider={<Divider flexItem />}>
        {list.data?.slice(0, shown).map((d) => (
          <Stack key={d.id} direction="row" spacing={2} sx={{ alignItems: 'center', py: 1, opacity: d.voided ? 0.6 : 1 }}>
            <Typography sx={{ width: 100, flex: 'none', fontWeight: 600 }}>{formatDate(d.doneOn)}</Typography>
            <Box sx={{ flex: 1, minWidth: 0, textDecoration: d.voided ? 'line-through' : 'none' }}>
              <Typography>{d.activity ?? d.service?.name ?? '—'}</Typography>
              <Typography variant="body2" color="text.secondary">
                {[d.staff?.name, d.minutes ? t('plan.minutes', { count: d.minutes }) : null, d.note].filter(Boolean).join(' · ')}
              </Typography>
            </Box>
            {d.source === 'care_log' && <Chip size="small" variant="outlined" label={t('delivery.fromCareLog')} />}
            {d.voided ? (
              <Typography variant="body2" color="text.secondary">
                {t('delivery.voided', { reason: d.voidReason })}
              </Typography>
            ) : (
              canRecord &&
              (user.role === 'manager' || d.recordedById === user.id) && (
                <Tooltip title={t('delivery.void')}>
                  <IconButton aria-label={t('delivery.void')} onClick={() => setVoiding(d.id)}>
                    <StrikethroughSIcon />
                  </IconButton>
                </Tooltip>
              )
            )}
          </Stack>
        ))}
      </Stack>
      {list.data && list.data.length > shown && (
        <Button sx={{ mt: 1 }} onClick={() => setShown(list.data.length)}>
          {t('delivery.showAll', { count: list.data.length - shown })}
        </Button>
      )}
      {recording && <RecordDeliveryDialog clientId={clientId} onClose={() => setRecording(false)} />}
      <ReasonDialog
        open={voiding !== null}
        title={t('delivery.void')}
        label={t('delivery.voidReason')}
        confirmLabel={t('delivery.void')}
        destructive
        onClose={() => setVoiding(null)}
        onConfirm={async (reason) => {
          await voidIt.mutateAsync({ id: voiding!, reason });
          setVoiding(null);
        }}
      />
    </>
  );
}
