import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Paper, TextField, Typography } from '@mui/material';
import LoginIcon from '@mui/icons-material/Login';
import { useTranslation } from 'react-i18next';
import type { FacilityPublic } from '../../../electron/contract/setup.contract';
import { ApiError, call } from '../../api/client';
import { useQueryClient } from '@tanstack/react-query';
import { useSession } from '../../app/session';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { Logo } from '../../components/Logo';
import { PasswordField } from '../../components/PasswordField';
import { errorMessage, fieldErrors } from '../../components/errors';

/** The username the wizard just created, so the manager's first sign-in needs only the password. */
export const FIRST_USER_KEY = 'komak.firstUser';

export function SignInPage({ facility }: { facility: FacilityPublic | null }) {
  const { t } = useTranslation();
  const { signedIn, endedBecause } = useSession();
  const client = useQueryClient();
  const [firstUser] = useState(() => sessionStorage.getItem(FIRST_USER_KEY));
  const [username, setUsername] = useState(firstUser ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setFields({});
    try {
      const { user } = await call('auth.signIn', { username, password });
      sessionStorage.removeItem(FIRST_USER_KEY);
      await signedIn(user);
    } catch (err) {
      // Damage is found when the first sign-in opens the file: the app then shows the restore screen.
      if (err instanceof ApiError && err.code === 'database_damaged') void client.invalidateQueries({ queryKey: ['recovery.status'] });
      setFields(fieldErrors(err));
      setError(errorMessage(err));
      setPassword('');
      setBusy(false);
    }
  };

  const notice = firstUser
    ? t('signIn.setupDone')
    : endedBecause === 'expired'
      ? t('signIn.sessionEnded')
      : endedBecause === 'locked'
        ? t('signIn.locked')
        : endedBecause === 'idle'
          ? t('signIn.idle')
          : endedBecause === 'switch'
            ? t('signIn.switched')
            : null;
  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', gridTemplateColumns: { xs: '1fr', md: '5fr 6fr' } }}>
      <Box
        sx={{
          display: { xs: 'none', md: 'flex' },
          flexDirection: 'column',
          justifyContent: 'space-between',
          p: 6,
          color: '#fff',
          background: 'linear-gradient(160deg, #0f3d55 0%, #1d5c7a 70%, #2a6f8f 100%)',
        }}
      >
        <Logo size={40} inverse />
        <Box>
          <Typography variant="overline" sx={{ opacity: 0.8 }}>
            {facility ? t(`kinds.${facility.kind}.name`) : ''}
          </Typography>
          <Typography variant="h3" component="p" sx={{ mt: 1, mb: 2, maxWidth: 520 }} data-testid="signin-facility">
            {facility?.name}
          </Typography>
          <Typography sx={{ opacity: 0.85, maxWidth: 460 }}>{t('app.tagline')}</Typography>
        </Box>
        <Typography variant="body2" sx={{ opacity: 0.7 }}>
          {t('signIn.privacy')}
        </Typography>
      </Box>
      <Box sx={{ display: 'flex', flexDirection: 'column', bgcolor: 'background.default' }}>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', p: 2 }}>
          <Box sx={{ display: { md: 'none' } }}>
            <Logo size={32} />
          </Box>
          <Box sx={{ ml: 'auto' }}>
            <LanguageSwitch color="primary" />
          </Box>
        </Box>
        <Box sx={{ flex: 1, display: 'grid', placeItems: 'center', p: 3 }}>
          <Paper
            variant="outlined"
            component="form"
            onSubmit={submit}
            noValidate
            sx={{ width: '100%', maxWidth: 440, p: { xs: 3, sm: 5 } }}
          >
            <Typography variant="h4" component="h1" gutterBottom>
              {t('signIn.title')}
            </Typography>
            <Typography color="text.secondary" sx={{ mb: 3, display: { md: 'none' } }}>
              {facility?.name}
            </Typography>
            {notice && !error && (
              <Alert severity={firstUser ? 'success' : 'info'} sx={{ mb: 2.5 }}>
                {notice}
              </Alert>
            )}
            {error && (
              <Alert severity="error" sx={{ mb: 2.5 }} role="alert">
                {error}
              </Alert>
            )}
            <TextField
              label={t('signIn.username')}
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              autoComplete="username"
              autoCapitalize="none"
              autoFocus={!firstUser}
              error={!!fields.username}
              helperText={fields.username}
              sx={{ mb: 2.5 }}
              slotProps={{ htmlInput: { spellCheck: false } }}
            />
            <PasswordField
              label={t('signIn.password')}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="current-password"
              autoFocus={!!firstUser}
              error={!!fields.password}
              helperText={fields.password}
              sx={{ mb: 3 }}
            />
            <Button type="submit" variant="contained" size="large" fullWidth disabled={busy} startIcon={<LoginIcon />}>
              {t('signIn.submit')}
            </Button>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 2.5 }}>
              {t('signIn.forgot')}
            </Typography>
          </Paper>
        </Box>
      </Box>
    </Box>
  );
}
