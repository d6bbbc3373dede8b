import type { FormEvent, ReactNode } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  title: string;
  submitLabel: string;
  busy?: boolean;
  /** A message for the whole form (the backend's sentence); field messages sit under their fields. */
  error?: string | null;
  destructive?: boolean;
  maxWidth?: 'xs' | 'sm' | 'md';
  onSubmit(): void | Promise<void>;
  onClose(): void;
  children: ReactNode;
}

/** A small form in a dialog: one column of fields, Cancel and the action. Enter submits. */
export function FormDialog({ open, title, submitLabel, busy, error, destructive, maxWidth = 'sm', onSubmit, onClose, children }: Props) {
  const { t } = useTranslation('clients');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void onSubmit();
  };
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} maxWidth={maxWidth} fullWidth aria-labelledby="form-dialog-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="form-dialog-title">{title}</DialogTitle>
        <DialogContent>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          )}
          <Box
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' },
              gap: 2.5,
              pt: 1,
              '& .wide': { gridColumn: '1 / -1' },
            }}
          >
            {children}
          </Box>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2.5 }}>
          <Button onClick={onClose} disabled={busy}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" variant="contained" color={destructive ? 'error' : 'primary'} disabled={busy}>
            {submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
