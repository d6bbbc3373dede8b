import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Paper,
  Snackbar,
  Typography,
} from '@mui/material';
import KeyIcon from '@mui/icons-material/Key';
import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import { useTranslation } from 'react-i18next';
import type { SigningKeyInfo } from '../../../electron/contract/signing.contract';
import { formatDate, formatDateTime } from '../../../electron/contract/format';
import { call } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useSignedInUser } from '../../app/session';
import { EmptyState } from '../../components/EmptyState';
import { PageLoading } from '../../components/LoadingScreen';
import { PasswordField } from '../../components/PasswordField';
import { errorMessage, fieldErrors } from '../../components/errors';
import { fileToBase64, groupedFingerprint, saveText } from './files';

/** The facility's signing key: create or import it (manager), and hand its certificate to the agency. */
export function SigningKeyPanel() {
  const { t } = useTranslation('reports');
  const user = useSignedInUser();
  const status = useApiQuery('signing.status', {});
  const [dialog, setDialog] = useState<'create' | 'import' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (status.isError) return <Alert severity="error">{errorMessage(status.error)}</Alert>;
  if (!status.data) return <PageLoading />;
  const active = status.data.active;
  const manager = user.role === 'manager';
  const buttons = manager && (
    <>
      <Button
        variant={active ? 'outlined' : 'contained'}
        startIcon={active ? <AutorenewIcon /> : <KeyIcon />}
        onClick={() => setDialog('create')}
      >
        {active ? t('key.replace') : t('key.create')}
      </Button>
      <Button startIcon={<UploadFileIcon />} onClick={() => setDialog('import')}>
        {t('key.import')}
      </Button>
    </>
  );
  return (
    <>
      {!active ? (
        <EmptyState
          icon={KeyIcon}
          title={t('key.none')}
          text={t('key.noneText')}
          points={[t('key.points.p1'), t('key.points.p2'), t('key.points.p3')]}
          actions={buttons}
        >
          {!manager && <Typography sx={{ mt: 2 }}>{t('key.managerOnly')}</Typography>}
        </EmptyState>
      ) : (
        <>
          <KeyCard k={active} />
          <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', mt: 2 }}>{buttons}</Box>
          {status.data.keys.some((k) => k.status === 'retired') && (
            <Box sx={{ mt: 3 }}>
              <Typography variant="h6" component="h3" sx={{ mb: 1 }}>
                {t('key.retired')}
              </Typography>
              {status.data.keys
                .filter((k) => k.status === 'retired')
                .map((k) => (
                  <Typography key={k.id} variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
                    {groupedFingerprint(k.fingerprint)} — {t('key.retiredOn', { at: formatDateTime(k.retiredAt) })}
                  </Typography>
                ))}
            </Box>
          )}
        </>
      )}
      {dialog && (
        <KeyDialog
          mode={dialog}
          replace={!!active}
          onClose={() => setDialog(null)}
          onDone={() => {
            setNotice(dialog === 'create' ? t('key.created') : t('key.imported'));
            setDialog(null);
          }}
        />
      )}
      <Snackbar
        open={!!notice}
        autoHideDuration={8000}
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

function KeyCard({ k }: { k: SigningKeyInfo }) {
  const { t } = useTranslation('reports');
  const download = async () => {
    const cert = await call('signing.exportCertificate', { keyId: k.id });
    saveText(cert.fileName, cert.pem, 'application/x-pem-file');
  };
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
        {t('key.active')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'max-content 1fr' }, columnGap: 3, rowGap: 1 }}>
        <Typography color="text.secondary">{t('key.subject')}</Typography>
        <Typography sx={{ wordBreak: 'break-word' }}>{k.subject}</Typography>
        <Typography color="text.secondary">{t('key.fingerprint')}</Typography>
        <Typography sx={{ fontFamily: 'monospace', fontSize: '1.05rem', letterSpacing: 0.5 }} data-testid="fingerprint">
          {groupedFingerprint(k.fingerprint)}
        </Typography>
        <Typography color="text.secondary">{t('key.valid')}</Typography>
        <Typography>
          {formatDate(k.notBefore.slice(0, 10))} – {formatDate(k.notAfter.slice(0, 10))} · {t(`key.source.${k.source}`)}
        </Typography>
      </Box>
      <Button variant="contained" startIcon={<DownloadIcon />} sx={{ mt: 2 }} onClick={() => void download()}>
        {t('key.download')}
      </Button>
    </Paper>
  );
}

function KeyDialog({ mode, replace, onClose, onDone }: { mode: 'create' | 'import'; replace: boolean; onClose(): void; onDone(): void }) {
  const { t } = useTranslation(['reports', 'common']);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [filePassword, setFilePassword] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const create = useApiMutation('signing.createKey', { invalidates: ['signing.status'] });
  const importKey = useApiMutation('signing.importKey', { invalidates: ['signing.status'] });
  const busy = create.isPending || importKey.isPending;
  const submit = async () => {
    setFields({});
    setError(null);
    try {
      const pair = { signingPassword: password, confirmPassword: confirm, replace };
      if (mode === 'create') await create.mutateAsync(pair);
      else await importKey.mutateAsync({ ...pair, fileBase64: file ? await fileToBase64(file) : '', filePassword });
      onDone();
    } catch (e) {
      const f = fieldErrors(e);
      if (Object.keys(f).length) setFields(f);
      else setError(errorMessage(e));
    }
  };
  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="key-title">
      <DialogTitle id="key-title">{mode === 'create' ? (replace ? t('key.replace') : t('key.create')) : t('key.import')}</DialogTitle>
      <DialogContent>
        {replace && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {t('key.replaceWarning')}
          </Alert>
        )}
        <form
          id="key-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {mode === 'import' && (
            <>
              <Button component="label" variant="outlined" startIcon={<UploadFileIcon />} sx={{ mb: 0.5, minHeight: 44 }}>
                {file ? file.name : t('key.file')}
                <input
                  hidden
                  type="file"
                  accept=".p12,.pfx"
                  aria-label={t('key.file')}
                  onChange={(e) => setFile(e.target.files?.[0] ?? null)}
                />
              </Button>
              {fields.fileBase64 && <DialogContentText sx={{ color: 'error.main', mb: 1 }}>{fields.fileBase64}</DialogContentText>}
              <PasswordField
                fullWidth
                label={t('key.filePassword')}
                value={filePassword}
                onChange={(e) => setFilePassword(e.target.value)}
                sx={{ my: 2 }}
                autoComplete="off"
              />
            </>
          )}
          <PasswordField
            fullWidth
            autoFocus={mode === 'create'}
            label={t('key.password')}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={!!fields.signingPassword}
            helperText={fields.signingPassword ?? t('key.passwordHelp')}
            autoComplete="new-password"
            sx={{ mb: 2 }}
          />
          <PasswordField
            fullWidth
            label={t('key.confirm')}
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
            error={!!fields.confirmPassword}
            helperText={fields.confirmPassword}
            autoComplete="new-password"
          />
        </form>
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5 }}>
        <Button onClick={onClose} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
        <Button type="submit" form="key-form" variant="contained" disabled={busy}>
          {mode === 'create' ? (replace ? t('key.replace') : t('key.create')) : t('key.import')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
