import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  Chip,
  Snackbar,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
  Tooltip,
} from '@mui/material';
import ReceiptIcon from '@mui/icons-material/Receipt';
import PaymentsIcon from '@mui/icons-material/Payments';
import { useTranslation } from 'react-i18next';
import type { InvoiceOut } from '../../../electron/contract/billing-claims.contract';
import { formatDate, formatNumber } from '../../../electron/contract/format';
import { call } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../components/EmptyState';
import { PageLoading } from '../../components/LoadingScreen';
import { errorMessage } from '../../components/errors';
import { PaymentDialog } from './PaymentDialog';
import { MonthField, PdfButton, saveFile, som, useLang, useMonthParam } from './shared';

/** Parents' invoices for a month: extended hours and fees; payments and receipts. */
export function InvoicesPanel() {
  const { t } = useTranslation('billing');
  const lang = useLang();
  const [month, setMonth] = useMonthParam();
  const q = useApiQuery('billing.prepareInvoices', { month });
  const issue = useApiMutation('billing.issueInvoices', { invalidates: ['billing.prepareInvoices', 'billing.dashboard'] });
  const [paying, setPaying] = useState<InvoiceOut | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const drafts = q.data?.filter((i) => i.id === null) ?? [];
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <MonthField value={month} onChange={setMonth} />
        <Box sx={{ flex: 1 }} />
        {drafts.length > 0 && (
          <Button
            variant="contained"
            startIcon={<ReceiptIcon />}
            disabled={issue.isPending}
            onClick={() =>
              issue.mutate(
                { month },
                { onSuccess: (r) => setNotice(t('invoices.issued', { n: r.length })), onError: (e) => setError(errorMessage(e)) },
              )
            }
          >
            {t('invoices.issue')}
          </Button>
        )}
      </Box>
      {(q.error || error) && (
        <Alert severity="error" onClose={() => setError(null)}>
          {q.error ? errorMessage(q.error) : error}
        </Alert>
      )}
      {!q.data ? (
        !q.error && <PageLoading />
      ) : q.data.length === 0 ? (
        <EmptyState icon={ReceiptIcon} title={t('invoices.empty')} text={t('invoices.emptyText')} />
      ) : (
        <Card sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={t('tabs.invoices')} sx={{ '& td:nth-of-type(-n+2)': { whiteSpace: 'nowrap' } }}>
            <TableHead>
              <TableRow>
                <TableCell>{t('invoices.col.number')}</TableCell>
                <TableCell>{t('invoices.col.client')}</TableCell>
                <TableCell>{t('invoices.col.payer')}</TableCell>
                <TableCell align="right">{t('invoices.col.total')}</TableCell>
                <TableCell align="right">{t('invoices.col.paid')}</TableCell>
                <TableCell align="right">{t('invoices.col.balance')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {q.data.map((inv) => (
                <TableRow key={inv.clientId} data-testid="invoice-row">
                  <TableCell sx={{ fontWeight: 600 }}>{inv.number ?? <Chip size="small" label={t('invoices.draft')} />}</TableCell>
                  <TableCell>
                    {inv.clientCode}
                    {inv.clientName ? ` — ${inv.clientName}` : ''}
                    {inv.aboveTaxFreeLimit && (
                      <Tooltip title={t('invoices.taxNoteHelp')}>
                        <Chip size="small" color="warning" label={t('invoices.taxNote')} sx={{ ml: 1 }} />
                      </Tooltip>
                    )}
                  </TableCell>
                  <TableCell>{inv.payerName}</TableCell>
                  <TableCell align="right">{formatNumber(inv.total)}</TableCell>
                  <TableCell align="right">{formatNumber(inv.paid)}</TableCell>
                  <TableCell align="right" sx={{ fontWeight: 600 }}>
                    {formatNumber(inv.balance)}
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {inv.id !== null && (
                      <>
                        {inv.balance > 0 && (
                          <Button size="small" startIcon={<PaymentsIcon />} onClick={() => setPaying(inv)}>
                            {t('invoices.pay')}
                          </Button>
                        )}
                        <PdfButton make={(l) => call('billing.invoicePdf', { id: inv.id!, lang: l })} label="PDF" onError={setError} />
                        {inv.payments.map((p) => (
                          <Button
                            key={p.id}
                            size="small"
                            title={`${formatDate(p.paidOn)} · ${som(p.amount, lang)}`}
                            onClick={() =>
                              void call('billing.receiptPdf', { paymentId: p.id, lang }).then(saveFile, (e: unknown) =>
                                setError(errorMessage(e)),
                              )
                            }
                          >
                            {t('invoices.receipt')} {p.receiptNo.split('/')[1]}
                          </Button>
                        ))}
                      </>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      )}
      {paying && (
        <PaymentDialog
          invoice={paying}
          onClose={(balance) => {
            setPaying(null);
            if (balance !== undefined) setNotice(t('invoices.paid', { balance: som(balance, lang) }));
          }}
        />
      )}
      <Snackbar
        open={!!notice}
        autoHideDuration={5000}
        onClose={() => setNotice(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity="success" variant="filled" onClose={() => setNotice(null)}>
          <Typography component="span">{notice}</Typography>
        </Alert>
      </Snackbar>
    </Box>
  );
}
