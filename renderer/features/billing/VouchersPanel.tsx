import { useState } from 'react';
import { Alert, Box, Button, Card, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import ConfirmationNumberIcon from '@mui/icons-material/ConfirmationNumber';
import { useTranslation } from 'react-i18next';
import type { AuthorisationOut } from '../../../electron/contract/billing.contract';
import { formatDate } from '../../../electron/contract/format';
import { useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../components/EmptyState';
import { PageLoading } from '../../components/LoadingScreen';
import { errorMessage } from '../../components/errors';
import { StatusDialog, VoucherDialog } from './VoucherDialogs';
import { Notice, StatusChip, useLabel } from './shared';
import { VoucherImportDialog } from './VoucherImportDialog';

/** Authorisations (vouchers): without one, no day is claimed from the state. */
export function VouchersPanel() {
  const { t } = useTranslation('billing');
  const label = useLabel();
  const q = useApiQuery('billing.listAuthorisations', {});
  const [adding, setAdding] = useState(false);
  const [changing, setChanging] = useState<AuthorisationOut | null>(null);
  const [importing, setImporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  if (q.error) return <Alert severity="error">{errorMessage(q.error)}</Alert>;
  if (!q.data) return <PageLoading />;
  const add = (
    <Box sx={{ display: 'flex', gap: 1.5 }}>
      <Button startIcon={<UploadFileIcon />} onClick={() => setImporting(true)}>
        {t('vimport.button')}
      </Button>
      <Button variant="contained" startIcon={<AddIcon />} onClick={() => setAdding(true)}>
        {t('vouchers.add')}
      </Button>
    </Box>
  );
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {q.data.length === 0 ? (
        <EmptyState icon={ConfirmationNumberIcon} title={t('vouchers.empty')} text={t('vouchers.emptyText')} actions={add} />
      ) : (
        <>
          <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>{add}</Box>
          <Card>
            <Table size="small" aria-label={t('tabs.vouchers')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('vouchers.col.number')}</TableCell>
                  <TableCell>{t('vouchers.col.client')}</TableCell>
                  <TableCell>{t('vouchers.col.program')}</TableCell>
                  <TableCell>{t('vouchers.col.issuedBy')}</TableCell>
                  <TableCell>{t('vouchers.col.period')}</TableCell>
                  <TableCell>{t('vouchers.col.status')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {q.data.map((a) => (
                  <TableRow key={a.id}>
                    <TableCell sx={{ fontWeight: 600 }}>{a.number}</TableCell>
                    <TableCell>{a.clientCode}</TableCell>
                    <TableCell>{label('program', a.program)}</TableCell>
                    <TableCell>{a.issuedBy}</TableCell>
                    <TableCell>
                      {formatDate(a.validFrom)} – {formatDate(a.validTo)}
                    </TableCell>
                    <TableCell>
                      <StatusChip status={a.status} />
                      {a.statusReason && (
                        <Typography variant="caption" sx={{ display: 'block' }}>
                          {a.statusReason}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell align="right">
                      {a.status !== 'cancelled' && (
                        <Button size="small" onClick={() => setChanging(a)}>
                          {t('vouchers.change')}
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Card>
        </>
      )}
      {adding && (
        <VoucherDialog
          onClose={(number) => {
            setAdding(false);
            if (number) setNotice(t('vouchers.created', { number }));
          }}
        />
      )}
      {changing && <StatusDialog voucher={changing} onClose={() => setChanging(null)} />}
      {importing && <VoucherImportDialog onClose={(n) => (setImporting(false), n !== undefined && setNotice(t('vimport.done', { n })))} />}
      <Notice text={notice} onClose={() => setNotice(null)} />
    </Box>
  );
}
