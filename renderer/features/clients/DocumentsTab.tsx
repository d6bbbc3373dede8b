import { useRef, useState } from 'react';
import {
  Box,
  Button,
  Chip,
  IconButton,
  MenuItem,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import DeleteOutlineIcon from '@mui/icons-material/Delete';
import LockIcon from '@mui/icons-material/Lock';
import { useTranslation } from 'react-i18next';
import { formatDate, tashkentToday } from '../../../electron/contract/format';
import { ATTACHMENT_TYPES, type AttachmentType } from '../../../electron/contract/clients.codes';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { call } from '../../api/client';
import { useSignedInUser } from '../../app/session';
import { FormDialog } from './FormDialog';
import { DateField, dateText } from './DateField';
import { useFormErrors } from './useFormState';
import { fileToBase64, openBase64 } from './files';

const MAX = 20 * 1024 * 1024;
const MIMES = { pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png' } as const;

export function expiryChip(expiresOn: string | null, t: (k: 'documents.expired' | 'documents.expiresSoon') => string) {
  if (!expiresOn) return null;
  const today = tashkentToday();
  const soon = new Date(`${today}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + 30);
  if (expiresOn < today) return <Chip size="small" color="error" label={t('documents.expired')} />;
  if (expiresOn <= soon.toISOString().slice(0, 10)) return <Chip size="small" color="warning" label={t('documents.expiresSoon')} />;
  return null;
}

function AddDocumentDialog({ clientId, open, onClose }: { clientId: number; open: boolean; onClose(): void }) {
  const { t } = useTranslation('clients');
  const [type, setType] = useState<AttachmentType>('passport');
  const [number, setNumber] = useState('');
  const [issued, setIssued] = useState('');
  const [expires, setExpires] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const errors = useFormErrors();
  const add = useApiMutation('documents.add', {
    invalidates: ['documents.list', 'clients.timeline', 'documents.expiring', 'home.summary'],
  });
  const submit = async () => {
    const issuedOn = dateText(issued);
    const expiresOn = dateText(expires);
    const local: Record<string, string> = {};
    if (issuedOn === null) local.issuedOn = t('v.date');
    if (expiresOn === null) local.expiresOn = t('v.date');
    if (!file) local.contentBase64 = t('v.required');
    else if (file.size > MAX) local.contentBase64 = t('documents.tooLarge');
    if (!errors.set(local) || !file) return;
    const ext = file.name.split('.').pop()?.toLowerCase() as keyof typeof MIMES;
    try {
      await add.mutateAsync({
        clientId,
        type,
        number,
        issuedOn: issuedOn || null,
        expiresOn: expiresOn || null,
        fileName: file.name,
        mime: MIMES[ext] ?? (file.type as 'application/pdf'),
        contentBase64: await fileToBase64(file),
      });
      onClose();
    } catch (e) {
      errors.fromError(e);
    }
  };
  return (
    <FormDialog
      open={open}
      title={t('documents.addTitle')}
      submitLabel={t('actions.save')}
      busy={add.isPending}
      error={errors.form}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextField
        select
        name="type"
        label={t('documents.type')}
        value={type}
        onChange={(e) => setType(e.target.value as AttachmentType)}
        autoFocus
      >
        {ATTACHMENT_TYPES.map((a) => (
          <MenuItem key={a} value={a}>
            {t(`attachment.${a}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField {...errors.props('number')} label={t('documents.number')} value={number} onChange={(e) => setNumber(e.target.value)} />
      <DateField {...errors.props('issuedOn')} label={t('documents.issuedOn')} value={issued} onChange={setIssued} />
      <DateField {...errors.props('expiresOn')} label={t('documents.expiresOn')} value={expires} onChange={setExpires} />
      <Box className="wide">
        <input
          ref={input}
          type="file"
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          hidden
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          data-testid="document-file"
        />
        <Button variant="outlined" startIcon={<AttachFileIcon />} onClick={() => input.current?.click()}>
          {t('documents.choose')}
        </Button>
        <Typography variant="body2" sx={{ mt: 1 }} color={errors.fields.contentBase64 ? 'error' : 'text.secondary'}>
          {errors.fields.contentBase64 ?? (file ? `${file.name} (${Math.ceil(file.size / 1024)} KB)` : t('documents.file'))}
        </Typography>
      </Box>
    </FormDialog>
  );
}

/** The scans of a client: listed with their dates, opened in the app; identifying details only for those who may see them. */
export function DocumentsTab({ clientId, readOnly }: { clientId: number; readOnly: boolean }) {
  const { t } = useTranslation('clients');
  const user = useSignedInUser();
  const docs = useApiQuery('documents.list', { clientId }).data;
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const errors = useFormErrors();
  const remove = useApiMutation('documents.remove', {
    invalidates: ['documents.list', 'clients.timeline', 'documents.expiring', 'home.summary'],
  });
  const canAdd = !readOnly && (user.role === 'manager' || user.role === 'social_worker');
  const open = async (id: number) => {
    const f = await call('documents.file', { id });
    openBase64(f.mime, f.contentBase64);
  };
  return (
    <>
      {canAdd && (
        <Button variant="contained" startIcon={<AttachFileIcon />} onClick={() => setAdding(true)} sx={{ mb: 2 }}>
          {t('actions.addDocument')}
        </Button>
      )}
      {docs && docs.length === 0 && <Typography color="text.secondary">{t('documents.empty')}</Typography>}
      {docs && docs.length > 0 && (
        <Paper variant="outlined">
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('documents.type')}</TableCell>
                <TableCell>{t('documents.number')}</TableCell>
                <TableCell>{t('documents.issuedOn')}</TableCell>
                <TableCell>{t('documents.expiresOn')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {docs.map((d) => (
                <TableRow key={d.id}>
                  <TableCell sx={{ fontWeight: 600 }}>{t(`attachment.${d.type}`)}</TableCell>
                  <TableCell>{d.canOpen ? d.number : <LockIcon fontSize="small" sx={{ color: 'text.secondary' }} />}</TableCell>
                  <TableCell>{d.issuedOn ? formatDate(d.issuedOn) : '—'}</TableCell>
                  <TableCell>
                    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
                      {d.expiresOn ? formatDate(d.expiresOn) : '—'} {expiryChip(d.expiresOn, t)}
                    </Box>
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {d.canOpen ? (
                      <Button size="small" startIcon={<OpenInNewIcon />} onClick={() => void open(d.id)}>
                        {t('actions.open')}
                      </Button>
                    ) : (
                      <Tooltip title={t('documents.hiddenFile')}>
                        <LockIcon fontSize="small" sx={{ color: 'text.secondary', mr: 2 }} />
                      </Tooltip>
                    )}
                    {user.role === 'manager' && (
                      <IconButton aria-label={t('actions.remove')} onClick={() => setRemoving(d.id)}>
                        <DeleteOutlineIcon />
                      </IconButton>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
      {adding && <AddDocumentDialog clientId={clientId} open onClose={() => setAdding(false)} />}
      <FormDialog
        open={removing !== null}
        title={t('documents.removeTitle')}
        submitLabel={t('actions.remove')}
        destructive
        busy={remove.isPending}
        error={errors.form}
        maxWidth="xs"
        onClose={() => setRemoving(null)}
        onSubmit={async () => {
          try {
            await remove.mutateAsync({ id: removing!, reason });
            setRemoving(null);
            setReason('');
          } catch (e) {
            errors.fromError(e);
          }
        }}
      >
        <TextField
          className="wide"
          {...errors.props('reason')}
          label={t('documents.removeReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
          autoFocus
        />
      </FormDialog>
    </>
  );
}
