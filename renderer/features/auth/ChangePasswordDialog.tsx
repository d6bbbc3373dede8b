import { useState, type FormEvent } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks';
import { PasswordField } from '../../components/PasswordField';
import { errorMessage, fieldErrors } from '../../components/errors';
import { checkNewPassword } from '../../components/validation';

const EMPTY = { currentPassword: '', newPassword: '', repeat: '' };

/** The signed-in user's own password. Nothing is kept as a draft: these are passwords. */
export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState(EMPTY);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const mutation = useApiMutation('auth.changePassword');

  const close = () => {
    setForm(EMPTY);
    setFields({});
    setDone(false);
    mutation.reset();
    onClose();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const local = checkNewPassword(form.newPassword, form.repeat);
    if (!form.currentPassword) local.currentPassword = t('v.required');
    setFields(local);
    if (Object.keys(local).length) return;
    try {
      await mutation.mutateAsync({ currentPassword: form.currentPassword, newPassword: form.newPassword });
      setDone(true);
      setForm(EMPTY);
    } catch (err) {
      setFields(fieldErrors(err));
    }
  };
  const field = (name: keyof typeof EMPTY, label: string, autoComplete: string) => (
    <PasswordField
      label={label}
      value={form[name]}
      onChange={(e) => setForm((f) => ({ ...f, [name]: e.target.value }))}
      autoComplete={autoComplete}
      error={!!fields[name]}
      helperText={fields[name] ?? (name === 'newPassword' ? t('password.hint') : undefined)}
    />
  );

  return (
    <Dialog open={open} onClose={close} maxWidth="xs" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle>{t('password.title')}</DialogTitle>
        <DialogContent>
          {done ? (
            <Alert severity="success">{t('password.changed')}</Alert>
          ) : (
            <Stack spacing={2.5} sx={{ pt: 1 }}>
              {mutation.error && !Object.keys(fields).length && <Alert severity="error">{errorMessage(mutation.error)}</Alert>}
              {field('currentPassword', t('password.current'), 'current-password')}
              {field('newPassword', t('password.new'), 'new-password')}
              {field('repeat', t('password.repeat'), 'new-password')}
            </Stack>
          )}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2.5 }}>
          {done ? (
            <Button variant="contained" onClick={close}>
              {t('actions.close')}
            </Button>
          ) : (
            <>
              <Button onClick={close}>{t('actions.cancel')}</Button>
              <Button type="submit" variant="contained" disabled={mutation.isPending}>
                {t('password.submit')}
              </Button>
            </>
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}
