import { useState } from 'react';
import { Box, Button, Card, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '../../../electron/contract/format';
import { useApiQuery } from '../../api/hooks';
import { TariffDialog } from './RateDialogs';
import { useLabel, useLang } from './shared';

/** Active-Life tariffs per service with their dates (none shipped: the provider enters its agreement's). */
export function TariffsCard({ onAdded }: { onAdded(): void }) {
  const { t } = useTranslation('billing');
  const label = useLabel();
  const lang = useLang();
  const q = useApiQuery('billing.listTariffs', {});
  const [adding, setAdding] = useState(false);
  const rows = q.data ?? [];
  return (
    <Card sx={{ p: 2.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
        <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
          {t('tariffs.title')}
        </Typography>
        <Button startIcon={<AddIcon />} onClick={() => setAdding(true)}>
          {t('tariffs.add')}
        </Button>
      </Box>
      {q.data && rows.length === 0 ? (
        <Typography color="text.secondary">{t('tariffs.empty')}</Typography>
      ) : (
        <Table size="small" aria-label={t('tariffs.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('tariffs.program')}</TableCell>
              <TableCell>{t('settings.from')}</TableCell>
              <TableCell align="right">{t('tariffs.amount')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.id} data-testid="tariff-row">
                <TableCell>{label('program', r.program)}</TableCell>
                <TableCell>{formatDate(r.validFrom)}</TableCell>
                <TableCell align="right">
                  {t('tariffs.perUnit', { amount: formatMoney(Number(r.amount), lang), unit: t(`tariffs.units.${r.unit}`) })}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {adding && <TariffDialog onClose={(added) => (setAdding(false), added && onAdded())} />}
    </Card>
  );
}
