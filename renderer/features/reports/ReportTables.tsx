import { Alert, Box, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ReportTable } from '../../../electron/contract/reports.contract';
import { formatNumber, formatPercent } from '../../../electron/contract/format';
import { currentLanguage } from '../../i18n/index';

function cellText(v: string | number | null, type: ReportTable['columns'][number]['type']): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  return type === 'percent' ? formatPercent(v, currentLanguage()) : formatNumber(v);
}

/** A bar per row, the value printed beside it: the chart reads at a glance, the number is right there. */
function Bars({ table }: { table: ReportTable }) {
  const chart = table.chart!;
  // Only rows with something to draw: a column of zero-length bars says nothing the table does not.
  const rows = table.rows.filter((r) => typeof r[chart.value] === 'number' && (r[chart.value] as number) > 0);
  const max = Math.max(...rows.map((r) => r[chart.value] as number), 0);
  if (max <= 0 || rows.length < 2) return null;
  const type = table.columns[chart.value]?.type ?? 'int';
  return (
    <Box aria-hidden sx={{ display: 'grid', gridTemplateColumns: 'minmax(120px, 38%) 1fr', gap: 0.75, alignItems: 'center', mt: 1.5 }}>
      {rows.map((r, i) => {
        const v = r[chart.value] as number;
        return (
          <Box key={i} sx={{ display: 'contents' }}>
            <Typography variant="body2" noWrap title={String(r[chart.label])} sx={{ color: 'text.secondary' }}>
              {r[chart.label]}
            </Typography>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <Box
                sx={{
                  height: 14,
                  width: `${Math.max((v / max) * 100, v > 0 ? 1.5 : 0)}%`,
                  bgcolor: 'primary.main',
                  opacity: 0.8,
                  borderRadius: 0.5,
                }}
              />
              <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                {cellText(v, type)}
              </Typography>
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}

export function ReportTables({ tables }: { tables: ReportTable[] }) {
  const { t } = useTranslation('reports');
  return (
    // minmax(0, 1fr): a wide table (Russian headings) scrolls inside its card instead of widening the page.
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' }, gap: 2.5 }}>
      {tables.map((tb) => (
        // A table of many columns takes the whole width: at 1366 px half of it would scroll sideways.
        <Paper key={tb.id} variant="outlined" sx={{ p: 2, gridColumn: tb.columns.length > 5 ? '1 / -1' : undefined }} data-table={tb.id}>
          <Typography variant="h6" component="h3" sx={{ fontSize: '1.05rem', mb: 1 }}>
            {tb.title}
          </Typography>
          {tb.rows.length === 0 && !tb.total ? (
            <Alert severity="info" variant="outlined">
              {tb.note ?? t('table.noRows')}
            </Alert>
          ) : (
            <>
              <TableContainer>
                <Table size="small" aria-label={tb.title}>
                  <TableHead>
                    <TableRow>
                      {tb.columns.map((c) => (
                        <TableCell key={c.key} align={c.type === 'text' ? 'left' : 'right'} sx={{ fontWeight: 600 }}>
                          {c.label}
                        </TableCell>
                      ))}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {tb.rows.map((r, i) => (
                      <TableRow key={i}>
                        {r.map((v, j) => (
                          <TableCell
                            key={j}
                            align={tb.columns[j]?.type === 'text' ? 'left' : 'right'}
                            sx={{ fontVariantNumeric: 'tabular-nums' }}
                          >
                            {cellText(v, tb.columns[j]?.type ?? 'text')}
                          </TableCell>
                        ))}
                      </TableRow>
                    ))}
                    {tb.total && (
                      <TableRow>
                        {tb.total.map((v, j) => (
                          <TableCell key={j} align={tb.columns[j]?.type === 'text' ? 'left' : 'right'} sx={{ fontWeight: 700 }}>
                            {cellText(v, tb.columns[j]?.type ?? 'text')}
                          </TableCell>
                        ))}
                      </TableRow>
                    )}
                  </TableBody>
                </Table>
              </TableContainer>
              {tb.chart && <Bars table={tb} />}
              {tb.note && (
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                  {tb.note}
                </Typography>
              )}
            </>
          )}
        </Paper>
      ))}
    </Box>
  );
}
