import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import LoginIcon from '@mui/icons-material/Login';
import PrintIcon from '@mui/icons-material/Print';
import { useTranslation } from 'react-i18next';
import type { OpenTrainingOutput } from '../../../electron/contract/demo.contract';

const ORDER = ['manager', 'social_worker', 'caregiver', 'accountant', 'inspector'];
const mono = { fontFamily: 'monospace', fontSize: 16, userSelect: 'all' } as const;

/** The training facility's accounts, shown once: nobody can show these passwords again. */
export function TrainingDone({ out, onContinue }: { out: OpenTrainingOutput; onContinue(): void }) {
  const { t } = useTranslation(['setup', 'common']);
  const [kept, setKept] = useState(false);
  const staff = [...out.staff].sort((a, b) => ORDER.indexOf(a.role) - ORDER.indexOf(b.role));
  return (
    <Paper variant="outlined" sx={{ p: { xs: 3, md: 4 } }}>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('training.doneTitle')}
      </Typography>
      <Typography color="text.secondary" gutterBottom>
        {out.facility.name}
      </Typography>
      <Alert severity="warning" sx={{ my: 2 }}>
        {t('training.doneText')}
      </Alert>
      <Table size="small" aria-label={t('training.doneTitle')} data-testid="training-accounts">
        <TableHead>
          <TableRow>
            <TableCell>{t('training.role')}</TableCell>
            <TableCell>{t('training.username')}</TableCell>
            <TableCell>{t('training.password')}</TableCell>
            <TableCell>{t('training.name')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {staff.map((s) => (
            <TableRow key={s.username}>
              <TableCell>{t(`common:roles.${s.role}`)}</TableCell>
              <TableCell sx={mono}>{s.username}</TableCell>
              <TableCell sx={mono}>{s.password}</TableCell>
              <TableCell>{s.fullName}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Box sx={{ mt: 2, display: 'grid', gap: 0.5 }}>
        {out.signingPassword && (
          <Typography>
            {t('training.signingPassword')}:{' '}
            <Box component="span" sx={mono}>
              {out.signingPassword}
            </Box>
          </Typography>
        )}
        {out.recoveryKey && (
          <Typography>
            {t('training.recoveryKey')}:{' '}
            <Box component="span" sx={mono}>
              {out.recoveryKey}
            </Box>
          </Typography>
        )}
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mt: 2, flexWrap: 'wrap', gap: 1 }}>
        <FormControlLabel control={<Checkbox checked={kept} onChange={(e) => setKept(e.target.checked)} />} label={t('training.kept')} />
        <Button startIcon={<PrintIcon />} onClick={() => window.print()}>
          {t('done.print')}
        </Button>
      </Box>
      <Box sx={{ mt: 3, textAlign: 'center' }}>
        <Button variant="contained" size="large" startIcon={<LoginIcon />} onClick={onContinue} disabled={!kept}>
          {t('done.signIn')}
        </Button>
      </Box>
    </Paper>
  );
}
