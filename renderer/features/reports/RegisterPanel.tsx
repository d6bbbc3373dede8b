import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  Paper,
  Snackbar,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import SendIcon from '@mui/icons-material/Send';
import Inventory2Icon from '@mui/icons-material/Inventory2';
import { useTranslation } from 'react-i18next';
import type { ReportPackage } from '../../../electron/contract/reports.contract';
import { formatDate, formatDateTime } from '../../../electron/contract/format';
import { call } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useSignedInUser } from '../../app/session';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { PageLoading } from '../../components/LoadingScreen';
import { errorMessage } from '../../components/errors';
import { saveFile } from './files';

/** For screen readers only: the actions column has buttons, not a visible heading. (In `sx` a bare 1 means
 * 100%, which pushed the page wider than the window; the sizes are pixels.) */
const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/** Every package made: what, for when, who signed, its SHA-256, whether it was sent; the bytes again on demand. */
export function RegisterPanel() {
  const { t } = useTranslation('reports');
  const user = useSignedInUser();
  const catalogue = useApiQuery('reports.catalogue', {});
  const list = useApiQuery('reports.packages', {});
  const [sending, setSending] = useState<ReportPackage | null>(null);
  const [note, setNote] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const markSent = useApiMutation('reports.markSent', { invalidates: ['reports.packages'] });

  if (list.isError) return <Alert severity="error">{errorMessage(list.error)}</Alert>;
  if (!list.data) return <PageLoading />;
  if (list.data.length === 0) return <EmptyState icon={Inventory2Icon} title={t('register.empty')} text={t('register.emptyText')} />;
  const title = (kind: string) => catalogue.data?.find((c) => c.kind === kind)?.title ?? kind;
  const download = async (id: number) => {
    setError(null);
    try {
      saveFile(await call('reports.getPackage', { packageId: id }));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('register.intro')}
      </Typography>
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error}
        </Alert>
      )}
      <TableContainer component={Paper} variant="outlined">
        <Table aria-label={t('tabs.register')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('register.col.report')}</TableCell>
              <TableCell>{t('register.col.created')}</TableCell>
              <TableCell sx={{ display: { xs: 'none', lg: 'table-cell' } }}>{t('register.col.sha')}</TableCell>
              <TableCell>{t('register.col.sent')}</TableCell>
              <TableCell align="right">
                <Box component="span" sx={visuallyHidden}>
                  {t('register.col.actions')}
                </Box>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {list.data.map((p) => (
              <TableRow key={p.id} data-package={p.id} hover>
                <TableCell>
                  <Typography sx={{ fontWeight: 600 }}>{title(p.kind)}</Typography>
                  <Typography variant="body2" color="text.secondary">
                    {formatDate(p.from)} – {formatDate(p.to)}
                  </Typography>
                  {p.superseded && (
                    <Chip size="small" color="warning" variant="outlined" label={t('register.superseded')} sx={{ mt: 0.5 }} />
                  )}
                </TableCell>
                <TableCell>
                  <Typography variant="body2">{formatDateTime(p.createdAt)}</Typography>
                  <Typography variant="body2" color="text.secondary">
                    {p.createdBy}
                  </Typography>
                </TableCell>
                <TableCell sx={{ display: { xs: 'none', lg: 'table-cell' } }}>
                  <Tooltip title={p.sha256}>
                    <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
                      {p.sha256.slice(0, 16)}…
                    </Typography>
                  </Tooltip>
                </TableCell>
                <TableCell>
                  {p.sentAt ? (
                    <>
                      <Chip
                        size="small"
                        color="success"
                        label={t('register.sentOn', { at: formatDateTime(p.sentAt), name: p.sentBy ?? '' })}
                      />
                      {p.sentNote && (
                        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                          {p.sentNote}
                        </Typography>
                      )}
                    </>
                  ) : (
                    <Chip size="small" variant="outlined" label={t('register.notSent')} />
                  )}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <Button size="small" startIcon={<DownloadIcon />} onClick={() => void download(p.id)}>
                    {t('register.download')}
                  </Button>
                  {!p.sentAt && user.role === 'manager' && (
                    <Button size="small" startIcon={<SendIcon />} onClick={() => setSending(p)}>
                      {t('register.markSent')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <ConfirmDialog
        open={!!sending}
        title={t('register.markSentTitle')}
        confirmLabel={t('register.markSent')}
        onCancel={() => setSending(null)}
        onConfirm={async () => {
          await markSent.mutateAsync({ packageId: sending!.id, note: note || null });
          setSending(null);
          setNote('');
          setNotice(t('register.marked'));
        }}
      >
        <Box sx={{ pt: 1 }}>
          <TextField fullWidth multiline minRows={2} label={t('register.note')} value={note} onChange={(e) => setNote(e.target.value)} />
        </Box>
      </ConfirmDialog>
      <Snackbar
        open={!!notice}
        autoHideDuration={6000}
        onClose={() => setNotice(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity="success" onClose={() => setNotice(null)} variant="filled">
          {notice}
        </Alert>
      </Snackbar>
    </>
  );
}
