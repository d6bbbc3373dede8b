import { useState, type ReactNode } from 'react';
import { Alert, Box, Button, Card, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { formatDate, tashkentToday } from '../../../electron/contract/format';
import { useApiQuery } from '../../api/hooks';
import { PageLoading } from '../../components/LoadingScreen';
import { errorMessage } from '../../components/errors';
import { AgreementDialog, EndAgreementDialog, type AgreementKind } from './AgreementDialogs';
import { Notice, som, useLang } from './shared';

interface Row {
  id: number;
  clientCode: string;
  number: string | null;
  validFrom: string;
  validTo: string | null;
  amount: number;
  payerName?: string | null;
}

/** Extended-care agreements (hours beyond 9 paid by the parents) and parents' fee contracts. */
export function AgreementsPanel() {
  const { t } = useTranslation('billing');
  const q = useApiQuery('billing.listAgreements', {});
  const [adding, setAdding] = useState<AgreementKind | null>(null);
  const [ending, setEnding] = useState<{ kind: AgreementKind; id: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (q.error) return <Alert severity="error">{errorMessage(q.error)}</Alert>;
  if (!q.data) return <PageLoading />;
  return (
    <Box sx={{ display: 'grid', gap: 2.5 }}>
      <AgreementTable
        kind="extended_care"
        rows={q.data.extendedCare.map((a) => ({ ...a, amount: a.hourlyRate }))}
        onAdd={() => setAdding('extended_care')}
        onEnd={(id) => setEnding({ kind: 'extended_care', id })}
      />
      <AgreementTable
        kind="fee_contract"
        rows={q.data.feeContracts.map((a) => ({ ...a, amount: a.monthlyFee }))}
        onAdd={() => setAdding('fee_contract')}
        onEnd={(id) => setEnding({ kind: 'fee_contract', id })}
      />
      {adding && <AgreementDialog kind={adding} onClose={(saved) => (setAdding(null), saved && setNotice(t('agreements.saved')))} />}
      {ending && <EndAgreementDialog {...ending} onClose={(ended) => (setEnding(null), ended && setNotice(t('agreements.endedNotice')))} />}
      <Notice text={notice} onClose={() => setNotice(null)} />
    </Box>
  );
}

function AgreementTable({ kind, rows, onAdd, onEnd }: { kind: AgreementKind; rows: Row[]; onAdd(): void; onEnd(id: number): void }) {
  const { t } = useTranslation('billing');
  const lang = useLang();
  const fee = kind === 'fee_contract';
  const today = tashkentToday();
  const title = t(fee ? 'agreements.fees' : 'agreements.extended');
  const cols: ReactNode[] = [
    t('agreements.col.client'),
    t('agreements.col.number'),
    ...(fee ? [t('agreements.col.payer')] : []),
    t('agreements.col.period'),
  ];
  return (
    <Card sx={{ p: 2.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
        <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
          {title}
        </Typography>
        <Button startIcon={<AddIcon />} onClick={onAdd}>
          {t(fee ? 'agreements.addFee' : 'agreements.addExtended')}
        </Button>
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t(fee ? 'agreements.feesHelp' : 'agreements.extendedHelp')}
      </Typography>
      {rows.length === 0 ? (
        <Typography color="text.secondary">{t(fee ? 'agreements.emptyFees' : 'agreements.emptyExtended')}</Typography>
      ) : (
        <Table size="small" aria-label={title}>
          <TableHead>
            <TableRow>
              {cols.map((c, i) => (
                <TableCell key={i}>{c}</TableCell>
              ))}
              <TableCell align="right">{t(fee ? 'agreements.col.fee' : 'agreements.col.rate')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => {
              const ended = r.validTo !== null && r.validTo < today;
              return (
                <TableRow key={r.id} data-testid={`${kind}-row`}>
                  <TableCell sx={{ fontWeight: 600 }}>{r.clientCode}</TableCell>
                  <TableCell>{r.number ?? '—'}</TableCell>
                  {fee && <TableCell>{r.payerName ?? '—'}</TableCell>}
                  <TableCell>
                    {formatDate(r.validFrom)} – {r.validTo ? formatDate(r.validTo) : t('agreements.openEnded')}
                  </TableCell>
                  <TableCell align="right">{som(r.amount, lang)}</TableCell>
                  <TableCell align="right">
                    {ended ? (
                      <Chip size="small" label={t('agreements.ended')} />
                    ) : (
                      <Button size="small" onClick={() => onEnd(r.id)}>
                        {t('agreements.end')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
