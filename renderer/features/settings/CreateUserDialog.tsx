import { useMemo, useState, type FormEvent } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, ListItemText, MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../../electron/contract/auth.contract';
import type { Role } from '../../../electron/contract/core';
import { useApiMutation } from '../../api/hooks';
import { useSignedInUser } from '../../app/session';
import { useDraft } from '../../components/drafts';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PasswordField } from '../../components/PasswordField';
import { errorMessage, fieldErrors } from '../../components/errors';
import { checkNewPassword, withoutFields, type FieldErrors } from '../../components/validation';
import { currentLanguage } from '../../i18n/index';
import { LANGUAGE_NAMES, UI_LANGS, type UiLang } from '../../i18n/types';

// The usual accounts first; the manager role last, since a facility rarely needs a second one.
const ROLE_CHOICES = ['caregiver', 'social_worker', 'accountant', 'inspector', 'manager'] as const satisfies readonly Role[];

interface NewUser extends Record<string, unknown> {
  fullName: string;
  username: string;
  role: Role;
  lang: UiLang;
  password: string;
  repeat: string;
}

export function CreateUserDialog({ open, onClose, onCreated }: { open: boolean; onClose(): void; onCreated(u: UserRow): void }) {
  const { t } = useTranslation(['settings', 'common']);
  const me = useSignedInUser();
  const initial = useMemo<NewUser>(
    () => ({ fullName: '', username: '', role: 'caregiver', lang: currentLanguage(), password: '', repeat: '' }),
    [],
  );
  const draft = useDraft<NewUser>(`${me.id}.settings.newUser`, initial, ['password', 'repeat']);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [askDiscard, setAskDiscard] = useState(false);
  const create = useApiMutation('users.create', { invalidates: ['users.list'] });
  const f = draft.value;
  const change = (patch: Partial<NewUser>) => {
    draft.set(patch);
    setErrors((e) => withoutFields(e, patch));
  };

  const finish = () => {
    setErrors({});
    create.reset();
    draft.reset();
    setAskDiscard(false);
    onClose();
  };
  const requestClose = () => (draft.dirty ? setAskDiscard(true) : finish());

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = checkNewPassword(f.password, f.repeat, { password: 'password', repeat: 'repeat' });
    if (!f.fullName.trim()) found.fullName = t('common:v.required');
    if (!/^[a-z0-9._-]{3,32}$/.test(f.username.trim().toLowerCase())) found.username = t('common:v.username');
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      const user = await create.mutateAsync({
        fullName: f.fullName.trim(),
        username: f.username.trim().toLowerCase(),
        role: f.role,
        lang: f.lang,
        password: f.password,
      });
      onCreated(user);
      finish();
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  };

  return (
    <Dialog open={open} onClose={requestClose} maxWidth="sm" fullWidth aria-labelledby="create-user-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="create-user-title">{t('users.addTitle')}</DialogTitle>
        <DialogContent>
          {create.error && !Object.keys(errors).length && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {errorMessage(create.error)}
            </Alert>
          )}
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2.5, pt: 1 }}>
            <Box sx={{ gridColumn: '1 / -1' }}>
              <TextField
                name="fullName"
                label={t('common:user.fullName')}
                value={f.fullName}
                onChange={(e) => change({ fullName: e.target.value })}
                error={!!errors.fullName}
                helperText={errors.fullName ?? t('common:user.fullNameHelp')}
                required
                autoFocus
              />
            </Box>
            <TextField
              select
              name="role"
              label={t('users.role')}
              value={f.role}
              onChange={(e) => change({ role: e.target.value as Role })}
              error={!!errors.role}
              helperText={errors.role ?? t(`common:roleHints.${f.role}`)}
              slotProps={{ select: { renderValue: (v) => t(`common:roles.${v as Role}`) } }}
            >
              {ROLE_CHOICES.map((r) => (
                <MenuItem key={r} value={r} sx={{ whiteSpace: 'normal', maxWidth: 420 }}>
                  <ListItemText primary={t(`common:roles.${r}`)} secondary={t(`common:roleHints.${r}`)} />
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              name="lang"
              label={t('users.language')}
              value={f.lang}
              onChange={(e) => change({ lang: e.target.value as UiLang })}
              helperText={t('users.languageHelp')}
            >
              {UI_LANGS.map((l) => (
                <MenuItem key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </MenuItem>
              ))}
            </TextField>
            <Box sx={{ gridColumn: '1 / -1' }}>
              <TextField
                name="username"
                label={t('common:user.username')}
                value={f.username}
                onChange={(e) => change({ username: e.target.value })}
                error={!!errors.username}
                helperText={errors.username ?? t('common:user.usernameHelp')}
                required
                autoComplete="off"
                slotProps={{ htmlInput: { autoCapitalize: 'none', spellCheck: false } }}
              />
            </Box>
            <PasswordField
              name="password"
              label={t('common:password.new')}
              value={f.password}
              onChange={(e) => change({ password: e.target.value })}
              error={!!errors.password}
              helperText={errors.password ?? t('common:password.hint')}
              required
              autoComplete="new-password"
            />
            <PasswordField
              name="repeat"
              label={t('common:password.repeat')}
              value={f.repeat}
              onChange={(e) => change({ repeat: e.target.value })}
              error={!!errors.repeat}
              helperText={errors.repeat}
              required
              autoComplete="new-password"
            />
          </Box>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2.5 }}>
          <Button onClick={requestClose}>{t('common:actions.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={create.isPending}>
            {t('users.create')}
          </Button>
        </DialogActions>
      </form>
      <ConfirmDialog
        open={askDiscard}
        title={t('common:discard.title')}
        confirmLabel={t('common:discard.discard')}
        cancelLabel={t('common:discard.keep')}
        destructive
        onConfirm={finish}
        onCancel={() => setAskDiscard(false)}
      >
        {t('common:discard.text')}
      </ConfirmDialog>
    </Dialog>
  );
}
