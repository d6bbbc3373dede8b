import { useState, type ReactNode } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrors } from '../../../components/errors';

interface Props {
  open: boolean;
  title: string;
  label: string;
  confirmLabel: string;
  destructive?: boolean;
  /** Extra fields above the reason (a date, for instance). */
  children?: ReactNode;
  onConfirm(reason: string): Promise<void>;
  onClose(): void;
}

/** Asks for the reason of a step that is kept in the record: send back, new version, close, strike out. */
export function ReasonDialog({ open, title, label, confirmLabel, destructive, children, onConfirm, onClose }: Props) {
  const { t } = useTranslation('common');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const field = fieldErrors(error).reason;
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm(reason.trim());
      setReason('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="reason-title">
      <DialogTitle id="reason-title">{title}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
        {children}
        <TextField
          label={label}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          multiline
          minRows={2}
          autoFocus
          error={!!field}
          helperText={field}
        />
        {!!error && !field && <Alert severity="error">{errorMessage(error)}</Alert>}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5, gap: 1 }}>
        <Button onClick={onClose} disabled={busy}>
          {t('actions.cancel')}
        </Button>
        <Button
          variant="contained"
          color={destructive ? 'error' : 'primary'}
          disabled={busy || !reason.trim()}
          onClick={() => void confirm()}
        >
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
