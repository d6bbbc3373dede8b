import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import { useTranslation } from 'react-i18next';
import type { Appeal } from '../../../electron/contract/appeals.contract';
import type { Facility } from '../../../electron/contract/setup.contract';
import { call } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useSignedInUser } from '../../app/session';
import { errorMessage, fieldErrors } from '../../components/errors';
import { withoutFields, type FieldErrors } from '../../components/validation';
import { AppealFields, WhenFields } from './AppealFields';
import { apiNamed, checkEntry, fromAppeal, patchFor, toUpdateInput, type EntryForm } from './entryForm';

/**
 * Correcting an appeal (manager, assigned social worker): the fast-entry fields with the appeal's
 * values, its date required, and the link to the client it led to. The backend checks everything
 * again, audits what changed, and refuses an appeal inside a closed report period.
 */
export function AppealCorrection({
  appeal,
  facility,
  onClose,
  onSaved,
}: {
  appeal: Appeal;
  facility: Facility;
  onClose(): void;
  onSaved(code: string): void;
}) {
  const { t } = useTranslation(['appeals', 'common']);
  const user = useSignedInUser();
  const assignees = useApiQuery('appeals.assignees', {}).data ?? [];
  const [form, setForm] = useState<EntryForm>(() => fromAppeal(appeal));
  const [clientCode, setClientCode] = useState(appeal.clientCode ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const update = useApiMutation('appeals.update', {
    invalidates: ['appeals.list', 'appeals.get', 'appeals.stats', 'appeals.traffickingStats'],
  });
  // Only the manager reassigns an appeal that already has someone.
  const assigneeLocked = user.role !== 'manager' && appeal.assignedUserId !== null;

  const set = (patch: Partial<EntryForm>) => {
    const full = patchFor(form, patch);
    setForm((f) => ({ ...f, ...full }));
    setErrors((e) => withoutFields(e, apiNamed(full)));
  };

  /** The client's id for a typed code: null for none, undefined when the register has no such code. */
  const clientIdFor = async (code: string): Promise<number | null | undefined> => {
    const wanted = code.trim().toUpperCase();
    if (!wanted) return null;
    if (wanted === appeal.clientCode?.toUpperCase()) return appeal.clientId;
    const found = await call('clients.list', { q: wanted, status: 'all', limit: 20 });
    return found.items.find((c) => c.code.toUpperCase() === wanted)?.id;
  };

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    const found = checkEntry(form, facility.kind, { dateRequired: true });
    const clientId = await clientIdFor(clientCode);
    if (clientId === undefined) found.clientId = t('correct.clientUnknown');
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      const saved = await update.mutateAsync(toUpdateInput(appeal, form, facility.kind, { clientId: clientId ?? null, assigneeLocked }));
      onSaved(saved.code);
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="appeal-correct-title">
      <Box component="form" onSubmit={submit} noValidate>
        <DialogTitle id="appeal-correct-title">{t('correct.title', { code: appeal.code })}</DialogTitle>
        <DialogContent dividers>
          <Alert severity="info" sx={{ mb: 2 }}>
            {t('correct.help')}
          </Alert>
          {update.error && !Object.keys(errors).length && (
            <Alert severity="error" sx={{ mb: 2 }} role="alert">
              {errorMessage(update.error)}
            </Alert>
          )}
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, columnGap: 4, rowGap: 2 }}>
            <AppealFields
              form={form}
              set={set}
              errors={errors}
              kind={facility.kind}
              assignees={assignees}
              nameHidden={appeal.nameHidden}
              assigneeLocked={assigneeLocked}
              entryKeys={false}
            />
            <Box sx={{ gridColumn: '1 / -1', display: 'flex', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap' }}>
              <WhenFields form={form} set={set} errors={errors} required />
              <TextField
                name="clientId"
                label={t('correct.clientCode')}
                value={clientCode}
                onChange={(e) => {
                  setClientCode(e.target.value.slice(0, 40));
                  setErrors((x) => withoutFields(x, { clientId: true }));
                }}
                error={!!errors.clientId}
                helperText={errors.clientId ?? t('correct.clientHelp')}
                size="small"
                sx={{ width: 320 }}
                slotProps={{ inputLabel: { shrink: true }, htmlInput: { autoComplete: 'off' } }}
              />
            </Box>
          </Box>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button type="submit" variant="contained" startIcon={<SaveIcon />} disabled={update.isPending}>
            {t('correct.save')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
