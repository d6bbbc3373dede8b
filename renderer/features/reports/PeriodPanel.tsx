import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  Collapse,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  Paper,
  TextField,
  Typography,
} from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import HistoryIcon from '@mui/icons-material/History';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import PlaylistAddCheckIcon from '@mui/icons-material/PlaylistAddCheck';
import DrawIcon from '@mui/icons-material/Draw';
import { useTranslation } from 'react-i18next';
import type { ReportKind, ReportPeriod } from '../../../electron/contract/reports.contract';
import { formatDateTime } from '../../../electron/contract/format';
import type { Role } from '../../../electron/contract/core';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { errorMessage, fieldErrors } from '../../components/errors';

const REFRESH = ['reports.view', 'reports.periods', 'reports.periodHistory', 'reports.packages'] as const;
const PREPARERS: Role[] = ['manager', 'accountant', 'social_worker'];
const CHECKERS: Role[] = ['manager', 'accountant'];

interface Props {
  kind: ReportKind;
  from: string;
  to: string;
  period: ReportPeriod | null;
  role: Role;
  onSign(): void;
}

/** Where a period stands (prepared → checked → closed, who and when), and the next step for this role. */
export function PeriodPanel({ kind, from, to, period, role, onSign }: Props) {
  const { t } = useTranslation('reports');
  const [closing, setClosing] = useState(false);
  const [reopening, setReopening] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const prepare = useApiMutation('reports.prepare', { invalidates: [...REFRESH] });
  const check = useApiMutation('reports.check', { invalidates: [...REFRESH] });
  const close = useApiMutation('reports.close', { invalidates: [...REFRESH] });
  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const status = period?.status ?? 'none';
  const who = (key: 'preparedBy' | 'checkedBy' | 'closedBy', name: string | null, at: string | null) =>
    at ? <Typography variant="body2">{t(`status.${key}`, { name: name ?? '—', at: formatDateTime(at) })}</Typography> : null;

  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2.5 }} aria-label={t('picker.mode')}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip
          icon={status === 'closed' ? <LockIcon /> : undefined}
          label={t(`status.${status}`)}
          color={status === 'closed' ? 'success' : status === 'none' ? 'default' : 'info'}
          variant={status === 'closed' ? 'filled' : 'outlined'}
          data-testid="period-status"
        />
        <Box sx={{ flex: 1, minWidth: 220 }}>
          {period && who('preparedBy', period.preparedBy, period.preparedAt)}
          {period && who('checkedBy', period.checkedBy, period.checkedAt)}
          {period && who('closedBy', period.closedBy, period.closedAt)}
        </Box>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          {!period && PREPARERS.includes(role) && (
            <Button
              variant="contained"
              startIcon={<PlaylistAddCheckIcon />}
              onClick={() => void run(() => prepare.mutateAsync({ kind, from, to }))}
            >
              {t('actions.prepare')}
            </Button>
          )}
          {period?.status === 'prepared' && CHECKERS.includes(role) && (
            <Button
              variant="contained"
              startIcon={<FactCheckIcon />}
              onClick={() => void run(() => check.mutateAsync({ periodId: period.id }))}
            >
              {t('actions.check')}
            </Button>
          )}
          {period?.status === 'checked' && role === 'manager' && (
            <Button variant="contained" startIcon={<LockIcon />} onClick={() => setClosing(true)}>
              {t('actions.close')}
            </Button>
          )}
          {period?.status === 'closed' && role === 'manager' && (
            <>
              <Button variant="contained" color="secondary" startIcon={<DrawIcon />} onClick={onSign}>
                {t('actions.sign')}
              </Button>
              <Button startIcon={<LockOpenIcon />} onClick={() => setReopening(true)}>
                {t('actions.reopen')}
              </Button>
            </>
          )}
          {period && (
            <Button startIcon={<HistoryIcon />} onClick={() => setHistoryOpen((o) => !o)} aria-expanded={historyOpen}>
              {t('actions.history')}
            </Button>
          )}
        </Box>
      </Box>
      {error && (
        <Alert severity="error" sx={{ mt: 1.5 }}>
          {error}
        </Alert>
      )}
      {period && (
        <Collapse in={historyOpen} unmountOnExit>
          <History periodId={period.id} />
        </Collapse>
      )}
      <ConfirmDialog
        open={closing}
        title={t('close.title')}
        confirmLabel={t('actions.close')}
        onCancel={() => setClosing(false)}
        onConfirm={async () => {
          await close.mutateAsync({ periodId: period!.id });
          setClosing(false);
        }}
      >
        {t('close.text')}
      </ConfirmDialog>
      {period && <ReopenDialog open={reopening} periodId={period.id} onClose={() => setReopening(false)} />}
    </Paper>
  );
}

function History({ periodId }: { periodId: number }) {
  const { t } = useTranslation('reports');
  const history = useApiQuery('reports.periodHistory', { periodId });
  if (!history.data) return null;
  return (
    <List dense sx={{ mt: 1 }}>
      {history.data.map((e, i) => (
        <ListItem key={i} disableGutters>
          <ListItemText
            primary={`${formatDateTime(e.at)} — ${t(`history.${e.action}`)} (${e.userName ?? '—'})`}
            secondary={e.reason ? t('history.reason', { reason: e.reason }) : null}
          />
        </ListItem>
      ))}
    </List>
  );
}

function ReopenDialog({ open, periodId, onClose }: { open: boolean; periodId: number; onClose(): void }) {
  const { t } = useTranslation(['reports', 'common']);
  const [reason, setReason] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const reopen = useApiMutation('reports.reopen', { invalidates: [...REFRESH] });
  const submit = async () => {
    setError(null);
    setFields({});
    try {
      await reopen.mutateAsync({ periodId, reason });
      setReason('');
      onClose();
    } catch (e) {
      const f = fieldErrors(e);
      if (Object.keys(f).length) setFields(f);
      else setError(errorMessage(e));
    }
  };
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="reopen-title">
      <DialogTitle id="reopen-title">{t('reopen.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('reopen.text')}</DialogContentText>
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={2}
          label={t('reopen.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={!!fields.reason}
          helperText={fields.reason ?? t('reopen.reasonHelp')}
        />
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5 }}>
        <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={reopen.isPending}>
          {t('actions.reopen')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
