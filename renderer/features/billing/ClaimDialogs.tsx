import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  TextField,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ClaimOut } from '../../../electron/contract/billing-claims.contract';
import { formatNumber, tashkentToday } from '../../../electron/contract/format';
import { useApiMutation } from '../../api/hooks';
import { errorMessage, fieldErrors } from '../../components/errors';
import { DateField } from './shared';

const REFRESH = ['billing.prepareClaim', 'billing.dashboard', 'billing.listClaims'] as const;

export function SubmitDialog({ claim, onClose }: { claim: ClaimOut; onClose(): void }) {
  const { t } = useTranslation(['billing', 'common']);
  const [date, setDate] = useState(tashkentToday());
  const submit = useApiMutation('billing.submitClaim', { invalidates: [...REFRESH], onSuccess: onClose });
  const errors = fieldErrors(submit.error);
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth aria-labelledby="submit-title">
      <DialogTitle id="submit-title">{t('claim.submitTitle')}</DialogTitle>
      <DialogContent>
        {submit.error && !Object.keys(errors).length && <Alert severity="error">{errorMessage(submit.error)}</Alert>}
        <Box sx={{ mt: 1, display: 'grid' }}>
          <DateField label={t('claim.submittedOn')} value={date} onChange={setDate} error={errors.submittedOn} />
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
        <Button variant="contained" disabled={submit.isPending} onClick={() => submit.mutate({ id: claim.id!, submittedOn: date })}>
          {t('common:actions.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** What the agency answered: the amount paid, and which lines it rejected and why. */
export function AnswerDialog({ claim, onClose }: { claim: ClaimOut; onClose(): void }) {
  const { t } = useTranslation(['billing', 'common']);
  const [date, setDate] = useState(tashkentToday());
  const [paid, setPaid] = useState(String(claim.total));
  const [note, setNote] = useState('');
  const [rejected, setRejected] = useState<Record<number, string>>({});
  const answer = useApiMutation('billing.recordClaimAnswer', { invalidates: [...REFRESH], onSuccess: onClose });
  const errors = fieldErrors(answer.error);
  const save = () =>
    answer.mutate({
      id: claim.id!,
      answeredOn: date,
      paidAmount: Number(paid.replace(/\s/g, '')),
      rejectedLines: Object.entries(rejected).map(([lineId, reason]) => ({ lineId: Number(lineId), reason })),
      note: note || null,
    });
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="answer-title">
      <DialogTitle id="answer-title">{t('claim.answerTitle', { number: claim.number })}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
        {answer.error && <Alert severity="error">{errorMessage(answer.error)}</Alert>}
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
          <DateField label={t('claim.answeredOn')} value={date} onChange={setDate} error={errors.answeredOn} />
          <TextField
            label={t('claim.paidAmount')}
            value={paid}
            onChange={(e) => setPaid(e.target.value)}
            error={!!errors.paidAmount}
            helperText={errors.paidAmount ?? formatNumber(claim.total)}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          />
        </Box>
        {claim.lines.map((l) => (
          <Box key={l.id} sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
            <FormControlLabel
              sx={{ flex: 1 }}
              control={
                <Checkbox
                  checked={l.id! in rejected}
                  onChange={(e) =>
                    setRejected((r) => {
                      const next = { ...r };
                      if (e.target.checked) next[l.id!] = '';
                      else delete next[l.id!];
                      // A rejected line is not paid: propose what is left.
                      setPaid(String(claim.total - claim.lines.filter((x) => x.id! in next).reduce((s, x) => s + x.amount, 0)));
                      return next;
                    })
                  }
                />
              }
              label={
                <Typography variant="body2">
                  {t('claim.rejectLine')}: {l.clientCode} · {formatNumber(l.amount)}
                </Typography>
              }
            />
            {l.id! in rejected && (
              <TextField
                size="small"
                label={t('claim.rejectReason')}
                value={rejected[l.id!]}
                onChange={(e) => setRejected((r) => ({ ...r, [l.id!]: e.target.value }))}
                error={!!errors[`rejectedLines.${Object.keys(rejected).indexOf(String(l.id))}.reason`]}
                helperText={errors[`rejectedLines.${Object.keys(rejected).indexOf(String(l.id))}.reason`]}
                sx={{ flex: 1 }}
              />
            )}
          </Box>
        ))}
        <TextField label={t('claim.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline minRows={2} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
        <Button variant="contained" disabled={answer.isPending} onClick={save}>
          {t('claim.saveAnswer')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
