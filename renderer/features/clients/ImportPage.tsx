import { useRef, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  Chip,
  LinearProgress,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import DownloadIcon from '@mui/icons-material/Download';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../electron/contract/format';
import { IMPORT_COLUMNS } from '../../../electron/contract/clients.codes';
import type { ImportResult } from '../../../electron/contract/clients.contract';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage } from '../../components/errors';
import { useApiMutation } from '../../api/hooks';
import { fileToBase64, saveBase64 } from './files';

const ACTION_COLOR = { create: 'success', duplicate: 'default', error: 'error' } as const;

/** Load an Excel register once: a preview of what will happen to each row, every error by line and column, then import all or nothing. */
export function ImportPage() {
  const { t } = useTranslation('clients');
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useApiMutation('clients.import', { invalidates: ['clients.list', 'beds.board', 'home.summary', 'groups.list'] });

  const choose = async (f: File | undefined) => {
    if (!f) return;
    setPreview(null);
    setDone(null);
    setError(null);
    const base64 = await fileToBase64(f);
    setFile({ name: f.name, base64 });
    try {
      setPreview(await run.mutateAsync({ fileName: f.name, contentBase64: base64, dryRun: true }));
    } catch (e) {
      setError(
        errorMessage(e) +
          Object.values((e as { fields?: Record<string, string> }).fields ?? {})
            .map((m) => ` ${m}`)
            .join(''),
      );
    }
  };
  const doImport = async () => {
    if (!file) return;
    try {
      setDone(await run.mutateAsync({ fileName: file.name, contentBase64: file.base64, dryRun: false }));
      setPreview(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const toCreate = preview ? preview.rows - preview.duplicates.length : 0;

  return (
    <>
      <PageHeader title={t('import.title')} subtitle={t('import.subtitle')} />
      <Card sx={{ p: 2.5, mb: 2.5 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          {t('import.columns')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t('import.columnsText', { columns: IMPORT_COLUMNS.join(', ') })}
        </Typography>
        <input
          ref={input}
          type="file"
          hidden
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => void choose(e.target.files?.[0])}
          data-testid="import-file"
        />
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Button
            variant={file ? 'outlined' : 'contained'}
            startIcon={<UploadFileIcon />}
            onClick={() => input.current?.click()}
            disabled={run.isPending}
          >
            {file ? t('import.again') : t('import.choose')}
          </Button>
          {file && <Typography>{t('import.chosen', { name: file.name })}</Typography>}
        </Box>
        {run.isPending && (
          <Box sx={{ mt: 2 }}>
            <LinearProgress />
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {preview ? t('import.importing') : t('import.checking')}
            </Typography>
          </Box>
        )}
      </Card>
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error}
        </Alert>
      )}
      {done && (
        <Alert
          severity="success"
          sx={{ mb: 2 }}
          action={
            <Button component={RouterLink} to="/clients">
              {t('actions.back')}
            </Button>
          }
        >
          {done.message}
        </Alert>
      )}
      {preview && (
        <>
          <Alert severity={preview.valid ? 'info' : 'error'} sx={{ mb: 2 }} data-testid="import-message">
            {preview.message}
          </Alert>
          {preview.valid && toCreate > 0 && (
            <Button variant="contained" size="large" onClick={() => void doImport()} disabled={run.isPending} sx={{ mb: 2.5 }}>
              {t('import.doImport', { count: toCreate })}
            </Button>
          )}
          {!preview.valid && (
            <Paper variant="outlined" sx={{ mb: 2.5 }}>
              <Box sx={{ display: 'flex', alignItems: 'center', p: 2, gap: 2 }}>
                <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
                  {t('import.errors')} ({preview.errors.length})
                </Typography>
                {preview.errorFileBase64 && (
                  <Button
                    startIcon={<DownloadIcon />}
                    onClick={() => saveBase64(`${file?.name ?? 'import'}.errors.csv`, 'text/csv', preview.errorFileBase64!)}
                  >
                    {t('import.errorFile')}
                  </Button>
                )}
              </Box>
              <TableContainer sx={{ maxHeight: 360 }}>
                <Table size="small" stickyHeader aria-label={t('import.errors')}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{t('import.line')}</TableCell>
                      <TableCell>{t('import.column')}</TableCell>
                      <TableCell>{t('import.reason')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {preview.errors.map((e, i) => (
                      <TableRow key={i} data-testid="import-error">
                        <TableCell>{e.line}</TableCell>
                        <TableCell sx={{ fontFamily: 'monospace' }}>{e.column}</TableCell>
                        <TableCell>{e.reason}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
            </Paper>
          )}
          {preview.preview.length > 0 && (
            <Paper variant="outlined">
              <Typography variant="h6" component="h2" sx={{ p: 2 }}>
                {t('import.preview')}
              </Typography>
              <TableContainer sx={{ maxHeight: 420 }}>
                <Table size="small" stickyHeader aria-label={t('import.preview')}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{t('import.line')}</TableCell>
                      <TableCell />
                      <TableCell>{t('list.code')}</TableCell>
                      <TableCell>{t('list.name')}</TableCell>
                      <TableCell>{t('list.birth')}</TableCell>
                      <TableCell>{t('list.admitted')}</TableCell>
                      <TableCell>{t('list.place')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {preview.preview.map((p) => (
                      <TableRow key={p.line}>
                        <TableCell>{p.line}</TableCell>
                        <TableCell>
                          <Chip size="small" color={ACTION_COLOR[p.action]} label={t(`import.action.${p.action}`)} />
                        </TableCell>
                        <TableCell sx={{ fontFamily: 'monospace' }}>{p.code ?? '—'}</TableCell>
                        <TableCell>{`${p.lastName} ${p.firstName}`}</TableCell>
                        <TableCell>{p.birthDate ? formatDate(p.birthDate) : ''}</TableCell>
                        <TableCell>{p.admittedOn ? formatDate(p.admittedOn) : ''}</TableCell>
                        <TableCell>{p.place ?? ''}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
            </Paper>
          )}
        </>
      )}
    </>
  );
}
