// "Step Towards an Active Life": the state's confirmed days against the days we recorded, before claiming.
import { useState } from 'react';
import { Alert, Box, Button, Card, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../electron/contract/format';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { PageLoading } from '../../components/LoadingScreen';
import { errorMessage, fieldErrors } from '../../components/errors';
import { readCsv } from './csv';
import { MonthField, Notice, useMonthParam } from './shared';

export function ReconciliationPanel() {
  const { t } = useTranslation('billing');
  const [month, setMonth] = useMonthParam();
  const q = useApiQuery('billing.reconciliation', { month });
  const run = useApiMutation('billing.importConfirmations', {
    invalidates: ['billing.reconciliation', 'billing.prepareClaim', 'billing.dashboard'],
  });
  const [errors, setErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  const choose = async (f: File | undefined) => {
    if (!f) return;
    setErrors([]);
    const read = readCsv(await f.text(), ['voucher_no', 'date']);
    if ('missing' in read) return setErrors([t('vimport.missing', { columns: read.missing.join(', ') })]);
    try {
      const r = await run.mutateAsync({
        fileName: f.name,
        rows: read.rows.map((r) => ({ voucherNo: r.voucher_no ?? '', date: r.date ?? '' })),
      });
      setNotice(t('recon.imported', { n: r.imported }));
    } catch (e) {
      // Field paths are rows.<index>.<field>: said back as the file's line, as on paper.
      const fields = Object.entries(fieldErrors(e));
      const line = (path: string) => read.lines[Number(path.split('.')[1])] ?? 0;
      setErrors(fields.length ? fields.map(([p, m]) => t('recon.rowError', { line: line(p), message: m })) : [errorMessage(e)]);
    }
  };

  return (
    <Box sx={{ display: 'grid', gap: 2.5 }}>
      <Card sx={{ p: 2.5, display: 'grid', gap: 1.5 }}>
        <Typography variant="h6" component="h2">
          {t('recon.title')}
        </Typography>
        <Typography color="text.secondary">{t('recon.text')}</Typography>
        <Box>
          <Button component="label" variant="contained" startIcon={<UploadFileIcon />} disabled={run.isPending}>
            {t('recon.import')}
            <input
              type="file"
              hidden
              accept=".csv,text/csv"
              data-testid="confirmation-file"
              onChange={(e) => {
                void choose(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
          </Button>
        </Box>
        {run.isPending && <LinearProgress />}
        {errors.length > 0 && (
          <Alert severity="error" data-testid="recon-errors">
            {errors.slice(0, 20).map((m, i) => (
              <div key={i}>{m}</div>
            ))}
          </Alert>
        )}
      </Card>
      <MonthField value={month} onChange={setMonth} />
      {q.error && <Alert severity="error">{errorMessage(q.error)}</Alert>}
      {!q.data ? (
        !q.error && <PageLoading />
      ) : (
        <>
          {!q.data.confirmationFile && <Alert severity="info">{t('recon.noFile')}</Alert>}
          <Typography data-testid="recon-matched">{t('recon.matched', { n: q.data.matched })}</Typography>
          <Box sx={{ display: 'grid', gap: 2.5, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, alignItems: 'start' }}>
            <DaysCard title={t('recon.notConfirmed')} days={q.data.notConfirmed} testId="not-confirmed" />
            <DaysCard title={t('recon.notRecorded')} days={q.data.notRecorded} testId="not-recorded" />
          </Box>
        </>
      )}
      <Notice text={notice} onClose={() => setNotice(null)} />
    </Box>
  );
}

function DaysCard({ title, days, testId }: { title: string; days: { voucherNo: string; date: string }[]; testId: string }) {
  const { t } = useTranslation('billing');
  return (
    <Card sx={{ p: 2 }} variant="outlined">
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
        {title} ({days.length})
      </Typography>
      {days.length === 0 ? (
        <Typography color="text.secondary">{t('recon.none')}</Typography>
      ) : (
        <Table size="small" aria-label={title}>
          <TableHead>
            <TableRow>
              <TableCell>{t('recon.voucher')}</TableCell>
              <TableCell>{t('recon.date')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {days.map((d) => (
              <TableRow key={`${d.voucherNo}|${d.date}`} data-testid={testId}>
                <TableCell>{d.voucherNo}</TableCell>
                <TableCell>{formatDate(d.date)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
