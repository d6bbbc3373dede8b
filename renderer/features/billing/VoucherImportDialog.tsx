// Vouchers from the Inson center's spreadsheet: every row checked first (a dry run), every problem
// listed by line and column, and only a clean file imported — all rows or none.
import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks';
import { errorMessage } from '../../components/errors';
import { readCsv } from './csv';

export const VOUCHER_COLUMNS = ['voucher_no', 'client_code', 'program', 'issued_by', 'valid_from', 'valid_to'] as const;
type VoucherRow = { voucherNo: string; clientCode: string; program: string; issuedBy: string; validFrom: string; validTo: string };
type Problem = { line: number; column: string; message: string };

export function VoucherImportDialog({ onClose }: { onClose(imported?: number): void }) {
  const { t } = useTranslation(['billing', 'common']);
  const run = useApiMutation('billing.importAuthorisations', {
    invalidates: ['billing.listAuthorisations', 'billing.prepareClaim', 'billing.dashboard'],
  });
  const [file, setFile] = useState<{ name: string; rows: VoucherRow[] } | null>(null);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const choose = async (f: File | undefined) => {
    if (!f) return;
    setFile(null);
    setProblems(null);
    setError(null);
    const read = readCsv(await f.text(), VOUCHER_COLUMNS);
    if ('missing' in read) return setError(t('vimport.missing', { columns: read.missing.join(', ') }));
    if (!read.rows.length) return setError(t('vimport.noRows'));
    const rows = read.rows.map((r) => ({
      voucherNo: r.voucher_no ?? '',
      clientCode: r.client_code ?? '',
      program: r.program ?? '',
      issuedBy: r.issued_by ?? '',
      validFrom: r.valid_from ?? '',
      validTo: r.valid_to ?? '',
    }));
    setFile({ name: f.name, rows });
    try {
      setProblems((await run.mutateAsync({ rows, dryRun: true })).problems);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const doImport = async () => {
    if (!file) return;
    try {
      const r = await run.mutateAsync({ rows: file.rows, dryRun: false });
      if (r.problems.length) setProblems(r.problems);
      else onClose(r.created);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Dialog open onClose={() => onClose()} maxWidth="md" fullWidth aria-labelledby="vimport-title">
      <DialogTitle id="vimport-title">{t('vimport.title')}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        <Typography color="text.secondary">{t('vimport.columns', { columns: VOUCHER_COLUMNS.join(',') })}</Typography>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Button component="label" variant={file ? 'outlined' : 'contained'} startIcon={<UploadFileIcon />} disabled={run.isPending}>
            {t('vimport.choose')}
            <input
              type="file"
              hidden
              accept=".csv,text/csv"
              data-testid="voucher-file"
              onChange={(e) => {
                void choose(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
          </Button>
          {file && <Typography>{t('vimport.chosen', { name: file.name })}</Typography>}
        </Box>
        {run.isPending && <LinearProgress aria-label={t('vimport.checking')} />}
        {error && <Alert severity="error">{error}</Alert>}
        {file && problems && problems.length === 0 && (
          <Alert severity="success" data-testid="vimport-result">
            {t('vimport.ok', { n: file.rows.length })}
          </Alert>
        )}
        {problems && problems.length > 0 && (
          <>
            <Alert severity="error" data-testid="vimport-result">
              {t('vimport.problems', { n: problems.length })}
            </Alert>
            <TableContainer sx={{ maxHeight: 320 }}>
              <Table size="small" stickyHeader aria-label={t('vimport.problems', { n: problems.length })}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('vimport.line')}</TableCell>
                    <TableCell>{t('vimport.column')}</TableCell>
                    <TableCell>{t('vimport.reason')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {problems.map((p, i) => (
                    <TableRow key={i} data-testid="vimport-problem">
                      <TableCell>{p.line}</TableCell>
                      <TableCell sx={{ fontFamily: 'monospace' }}>{p.column}</TableCell>
                      <TableCell>{p.message}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose()}>{t('common:actions.cancel')}</Button>
        <Button variant="contained" disabled={!file || !problems || problems.length > 0 || run.isPending} onClick={() => void doImport()}>
          {file ? t('vimport.doImport', { n: file.rows.length }) : t('vimport.import')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
