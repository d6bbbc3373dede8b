import { useState, type FormEvent } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../../electron/contract/auth.contract';
import { useApiMutation } from '../../api/hooks';
import { PasswordField } from '../../components/PasswordField';
import { errorMessage, fieldErrors } from '../../components/errors';
import { checkNewPassword, type FieldErrors } from '../../components/validation';

/** A manager sets a new password for someone who forgot theirs; it also unlocks the account and ends their sessions. */
export function ResetPasswordDialog({ user, onClose, onDone }: { user: UserRow | null; onClose(): void; onDone(u: UserRow): void }) {
  const { t } = useTranslation(['settings', 'common']);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const reset = useApiMutation('users.resetPassword', { invalidates: ['users.list'] });

  const close = () => {
    setPassword('');
    setRepeat('');
    setErrors({});
    reset.reset();
    onClose();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!user) return;
    const found = checkNewPassword(password, repeat, { password: 'password', repeat: 'repeat' });
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await reset.mutateAsync({ userId: user.id, password });
      onDone(user);
      close();
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  };

  return (
    <Dialog open={!!user} onClose={close} maxWidth="xs" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle>{t('users.resetTitle', { name: user?.fullName ?? '' })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2.5 }}>{t('users.resetText')}</DialogContentText>
          {reset.error && !Object.keys(errors).length && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {errorMessage(reset.error)}
            </Alert>
          )}
          <Stack spacing={2.5}>
            <PasswordField
              label={t('common:password.new')}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={!!errors.password}
              helperText={errors.password ?? t('common:password.hint')}
              autoComplete="new-password"
              autoFocus
            />
            <PasswordField
              label={t('common:password.repeat')}
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
              error={!!errors.repeat}
              helperText={errors.repeat}
              autoComplete="new-password"
            />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2.5 }}>
          <Button onClick={close}>{t('common:actions.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={reset.isPending}>
            {t('users.resetPassword')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
