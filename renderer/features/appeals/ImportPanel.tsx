import { useState } from 'react';
import { Alert, Box, Button, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useTranslation } from 'react-i18next';
import { APPEAL_CSV_COLUMNS } from '../../../electron/contract/appeals.codes';
import { useApiMutation } from '../../api/hooks';
import { errorMessage } from '../../components/errors';

type Result = {
  rows: number;
  imported: number;
  dryRun: boolean;
  errors: Array<{ line: number; column: string | null; reason: string }>;
  firstCode: string | null;
  lastCode: string | null;
};

/** A register kept in Excel, brought in all at once: checked first, written only when every row is right. */
export function ImportPanel() {
  const { t } = useTranslation('appeals');
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const run = useApiMutation('appeals.import', { invalidates: ['appeals.list', 'appeals.stats', 'appeals.traffickingStats'] });

  const check = async (text: string, dryRun: boolean) => setResult(await run.mutateAsync({ csv: text, dryRun }));

  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 }, maxWidth: 1100 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {t('import.title')}
      </Typography>
      <Typography color="text.secondary">{t('import.text')}</Typography>
      <Typography variant="body2" sx={{ mt: 1.5 }}>
        {t('import.columns')} <code>{APPEAL_CSV_COLUMNS.join(',')}</code>
      </Typography>
      <Box sx={{ display: 'flex', gap: 1.5, mt: 2.5, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button component="label" variant="outlined" startIcon={<UploadFileIcon />}>
          {t('import.choose')}
          <input
            type="file"
            accept=".csv,text/csv"
            hidden
            onChange={async (e) => {
              const chosen = e.target.files?.[0];
              e.target.value = '';
              if (!chosen) return;
              const text = await chosen.text();
              setFile({ name: chosen.name, text });
              setResult(null);
              await check(text, true);
            }}
          />
        </Button>
        {file && <Typography sx={{ fontWeight: 600 }}>{file.name}</Typography>}
        <Box sx={{ flex: 1 }} />
        <Button
          variant="contained"
          disabled={!file || run.isPending || !result?.dryRun || result.errors.length > 0}
          onClick={() => file && void check(file.text, false)}
        >
          {t('import.run')}
        </Button>
      </Box>
      {run.error && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {errorMessage(run.error)}
        </Alert>
      )}
      {result && result.errors.length === 0 && (
        <Alert severity="success" sx={{ mt: 2 }}>
          {result.dryRun
            ? t('import.ready', { rows: result.rows })
            : t('import.done', { count: result.imported, first: result.firstCode, last: result.lastCode })}
        </Alert>
      )}
      {result && result.errors.length > 0 && (
        <>
          <Alert severity="error" sx={{ mt: 2 }}>
            {t('import.failed', { count: result.errors.length })}
          </Alert>
          <Table size="small" sx={{ mt: 1 }}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ fontWeight: 700, width: 80 }}>{t('import.line')}</TableCell>
                <TableCell sx={{ fontWeight: 700, width: 160 }}>{t('import.column')}</TableCell>
                <TableCell sx={{ fontWeight: 700 }}>{t('import.reason')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {result.errors.slice(0, 200).map((e, i) => (
                <TableRow key={i}>
                  <TableCell>{e.line}</TableCell>
                  <TableCell>
                    <code>{e.column ?? '—'}</code>
                  </TableCell>
                  <TableCell>{e.reason}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </Paper>
  );
}
