import { useState } from 'react';
import { Alert, Box, Button, LinearProgress, Paper, Typography } from '@mui/material';
import SchoolIcon from '@mui/icons-material/School';
import { useTranslation } from 'react-i18next';
import type { FacilityKind } from '../../../electron/contract/setup.contract';
import type { OpenTrainingOutput } from '../../../electron/contract/demo.contract';
import { tashkentToday } from '../../../electron/contract/format';
import { call } from '../../api/client';
import { errorMessage } from '../../components/errors';
import { currentLanguage } from '../../i18n/index';

/** A seed for the generator: any number; the same one would make the same records. */
function randomSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return a[0]! % 2_147_483_647;
}

/**
 * "Open a training facility": a small facility of the chosen kind, a year of invented records,
 * marked as training everywhere. The accounts and their passwords come back once.
 */
export function TrainingPanel({ kind, onCreated }: { kind: FacilityKind | ''; onCreated(out: OpenTrainingOutput): void }) {
  const { t } = useTranslation('setup');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const open = async () => {
    if (!kind) return;
    setBusy(true);
    setFailure(null);
    try {
      onCreated(
        await call('setup.openTraining', { kind, scale: 'small', seed: randomSeed(), endDate: tashkentToday(), lang: currentLanguage() }),
      );
    } catch (err) {
      setFailure(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper variant="outlined" sx={{ p: 2.5, mt: 3, display: 'flex', gap: 2, alignItems: 'flex-start', bgcolor: 'rgba(237,108,2,0.04)' }}>
      <SchoolIcon color="warning" sx={{ fontSize: 40, mt: 0.5 }} />
      <Box sx={{ flex: 1 }}>
        <Typography variant="h6" component="h2">
          {t('training.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 1.5 }}>
          {t('training.intro')}
        </Typography>
        {failure && (
          <Alert severity="error" sx={{ mb: 1.5 }} role="alert">
            {failure}
          </Alert>
        )}
        {busy && (
          <Box sx={{ mb: 1.5 }} role="status">
            <Typography variant="body2" sx={{ mb: 1 }}>
              {t('training.working')}
            </Typography>
            <LinearProgress color="warning" />
          </Box>
        )}
        <Button variant="outlined" color="warning" onClick={() => void open()} disabled={!kind || busy} data-testid="open-training">
          {t('training.open')}
        </Button>
        {!kind && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {t('training.chooseKind')}
          </Typography>
        )}
      </Box>
    </Paper>
  );
}
