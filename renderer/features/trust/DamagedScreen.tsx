import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Checkbox, FormControlLabel, Link, Paper, Stack, TextField, Typography } from '@mui/material';
import ReportProblemIcon from '@mui/icons-material/ReportProblemOutlined';
import RestoreIcon from '@mui/icons-material/Restore';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../electron/contract/index';
import { formatDateTime } from '../../../electron/contract/format';
import { useApiMutation } from '../../api/hooks';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { Logo } from '../../components/Logo';
import { PasswordField } from '../../components/PasswordField';
import { errorMessage, fieldErrors } from '../../components/errors';

type Damage = NonNullable<Output<'recovery.status'>['damaged']>;

/**
 * The database could not be opened: what happened in plain words, and the newest verified backup to
 * restore. Nothing is restored by itself and nothing is deleted (the damaged file is kept aside).
 */
export default function DamagedScreen({ damage }: { damage: Damage }) {
  const { t } = useTranslation(['trust', 'common']);
  const client = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [useKey, setUseKey] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const restore = useApiMutation('recovery.restoreLatest');
  const fields = fieldErrors(restore.error);
  const offer = damage.offer;
  const canRestore = damage.kind !== 'too_new' && !!offer;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setPassword('');
    try {
      await restore.mutateAsync(useKey ? { recoveryKey, confirm: true } : { username, password, confirm: true });
    } catch {
      /* shown below */
    }
  };
  const backToSignIn = () =>
    void client.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'recovery.status' || q.queryKey[0] === 'setup.status' });

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', p: 2 }}>
        <Logo size={32} />
        <LanguageSwitch color="primary" />
      </Box>
      <Box sx={{ display: 'grid', placeItems: 'center', p: 3 }}>
        <Paper variant="outlined" sx={{ width: '100%', maxWidth: 640, p: { xs: 3, sm: 5 } }} data-testid="damaged-screen">
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', mb: 2 }}>
            <ReportProblemIcon color="warning" sx={{ fontSize: 40 }} />
            <Typography variant="h4" component="h1">
              {t('damaged.title')}
            </Typography>
          </Stack>
          <Typography sx={{ mb: 2 }}>{damage.kind === 'damaged' ? t('damaged.text') : t(`damaged.${damage.kind}`)}</Typography>
          {restore.data ? (
            <>
              <Alert severity="success" role="status" sx={{ mb: 2 }}>
                {t('damaged.restored', { date: formatDateTime(restore.data.restoredFrom.createdAt) })}
              </Alert>
              <Button variant="contained" size="large" onClick={backToSignIn}>
                {t('damaged.signIn')}
              </Button>
            </>
          ) : canRestore ? (
            <Box component="form" onSubmit={submit} noValidate>
              <Alert severity="info" sx={{ mb: 2 }}>
                {t('damaged.offer', { date: formatDateTime(offer.createdAt), facility: offer.facility?.name ?? '—' })}
              </Alert>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                {t('damaged.how')}
              </Typography>
              {useKey ? (
                <TextField
                  label={t('damaged.recoveryKey')}
                  value={recoveryKey}
                  onChange={(e) => setRecoveryKey(e.target.value)}
                  error={!!fields.recoveryKey}
                  helperText={fields.recoveryKey}
                  multiline
                  minRows={2}
                  sx={{ mb: 2 }}
                />
              ) : (
                <>
                  <TextField
                    label={t('damaged.username')}
                    value={username}
                    onChange={(e) => setUsername(e.target.value)}
                    autoComplete="username"
                    error={!!fields.username}
                    helperText={fields.username}
                    sx={{ mb: 2 }}
                  />
                  <PasswordField
                    label={t('damaged.password')}
                    value={password}
                    onChange={(e) => setPassword(e.target.value)}
                    autoComplete="current-password"
                    error={!!fields.password}
                    helperText={fields.password}
                    sx={{ mb: 1 }}
                  />
                </>
              )}
              <Link component="button" type="button" onClick={() => setUseKey((k) => !k)} sx={{ display: 'block', mb: 2 }}>
                {useKey ? t('damaged.username') : t('damaged.useKey')}
              </Link>
              <FormControlLabel
                control={<Checkbox checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />}
                label={t('damaged.confirm')}
                sx={{ mb: 2 }}
              />
              {restore.error && Object.keys(fields).length === 0 && (
                <Alert severity="error" role="alert" sx={{ mb: 2 }}>
                  {errorMessage(restore.error)}
                </Alert>
              )}
              <Button
                type="submit"
                variant="contained"
                size="large"
                startIcon={<RestoreIcon />}
                disabled={!understood || restore.isPending}
              >
                {t('damaged.restore')}
              </Button>
            </Box>
          ) : (
            damage.kind !== 'too_new' && <Alert severity="warning">{t('damaged.noOffer')}</Alert>
          )}
        </Paper>
      </Box>
    </Box>
  );
}
