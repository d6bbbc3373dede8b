import { Box, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { PasswordField } from '../../components/PasswordField';
import { checkNewPassword, type FieldErrors } from '../../components/validation';

export const EMPTY_MANAGER = { fullName: '', username: '', password: '', repeat: '' };
type ManagerForm = typeof EMPTY_MANAGER;

export function checkManager(f: ManagerForm): FieldErrors {
  const t = i18next.t.bind(i18next);
  const errors: FieldErrors = checkNewPassword(f.password, f.repeat, { password: 'password', repeat: 'repeat' });
  if (!f.fullName.trim()) errors.fullName = t('v.required');
  if (!/^[a-z0-9._-]{3,32}$/.test(f.username.trim().toLowerCase())) errors.username = t('v.username');
  return errors;
}

/** The first manager: the only account that can add the others. */
export function ManagerStep({
  value,
  onChange,
  errors,
  disabled,
}: {
  value: ManagerForm;
  onChange(p: Partial<ManagerForm>): void;
  errors: FieldErrors;
  disabled?: boolean;
}) {
  const { t } = useTranslation(['setup', 'common']);
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2.5 }}>
      <TextField
        name="fullName"
        label={t('common:user.fullName')}
        value={value.fullName}
        onChange={(e) => onChange({ fullName: e.target.value })}
        error={!!errors.fullName}
        helperText={errors.fullName ?? t('common:user.fullNameHelp')}
        required
        disabled={disabled}
        autoComplete="name"
      />
      <TextField
        name="username"
        label={t('common:user.username')}
        value={value.username}
        onChange={(e) => onChange({ username: e.target.value })}
        error={!!errors.username}
        helperText={errors.username ?? t('common:user.usernameHelp')}
        required
        disabled={disabled}
        autoComplete="username"
        slotProps={{ htmlInput: { autoCapitalize: 'none', spellCheck: false } }}
      />
      <PasswordField
        name="password"
        label={t('common:password.new')}
        value={value.password}
        onChange={(e) => onChange({ password: e.target.value })}
        error={!!errors.password}
        helperText={errors.password ?? t('common:password.hint')}
        required
        disabled={disabled}
        autoComplete="new-password"
      />
      <PasswordField
        name="repeat"
        label={t('common:password.repeat')}
        value={value.repeat}
        onChange={(e) => onChange({ repeat: e.target.value })}
        error={!!errors.repeat}
        helperText={errors.repeat}
        required
        disabled={disabled}
        autoComplete="new-password"
      />
    </Box>
  );
}
