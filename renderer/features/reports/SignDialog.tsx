import { useState } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  LinearProgress,
  MenuItem,
  TextField,
} from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../electron/contract/core';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { PasswordField } from '../../components/PasswordField';
import { errorMessage, fieldErrors } from '../../components/errors';
import { LANGUAGE_NAMES, UI_LANGS } from '../../i18n/types';
import { currentLanguage } from '../../i18n/index';
import { saveFile } from './files';

/** The manager types the signing password again; the package is made, signed, saved and registered. */
export function SignDialog({
  periodId,
  open,
  onClose,
  onDone,
}: {
  periodId: number;
  open: boolean;
  onClose(): void;
  onDone(file: string): void;
}) {
  const { t } = useTranslation(['reports', 'common']);
  const key = useApiQuery('signing.status', {}, { enabled: open });
  const [password, setPassword] = useState('');
  const [lang, setLang] = useState<Lang>(currentLanguage());
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const make = useApiMutation('reports.makePackage', { invalidates: ['reports.packages'] });
  const submit = async () => {
    setFields({});
    setError(null);
    try {
      const r = await make.mutateAsync({ periodId, signingPassword: password, lang });
      saveFile(r.file);
      setPassword('');
      onDone(r.file.fileName);
    } catch (e) {
      const f = fieldErrors(e);
      if (Object.keys(f).length) setFields(f);
      else setError(errorMessage(e));
    }
  };
  const noKey = key.data && !key.data.active;
  return (
    <Dialog open={open} onClose={make.isPending ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="sign-title">
      <DialogTitle id="sign-title">{t('sign.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('sign.text')}</DialogContentText>
        {noKey ? (
          <Alert
            severity="warning"
            action={
              <Button component={RouterLink} to="/reports/key" onClick={onClose}>
                {t('sign.createKey')}
              </Button>
            }
          >
            {t('sign.noKey')}
          </Alert>
        ) : (
          <form
            id="sign-form"
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <PasswordField
              autoFocus
              fullWidth
              label={t('sign.password')}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={!!fields.signingPassword}
              helperText={fields.signingPassword ?? t('sign.passwordHelp')}
              autoComplete="off"
              sx={{ mb: 2 }}
            />
            <TextField select fullWidth label={t('sign.lang')} value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
              {UI_LANGS.map((l) => (
                <MenuItem key={l} value={l}>
                  {LANGUAGE_NAMES[l]}
                </MenuItem>
              ))}
            </TextField>
          </form>
        )}
        {make.isPending && <LinearProgress sx={{ mt: 2 }} aria-label={t('sign.working')} />}
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5 }}>
        <Button onClick={onClose} disabled={make.isPending}>
          {t('common:actions.cancel')}
        </Button>
        {!noKey && (
          <Button type="submit" form="sign-form" variant="contained" disabled={make.isPending || !password}>
            {make.isPending ? t('sign.working') : t('sign.submit')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
