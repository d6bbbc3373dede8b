// The home page's "this month" card for a day care's accountant (and manager): last month, the one
// to close — its claim, the days, what was rejected, what parents still owe — each with the way to act.
import { Box, Button, Card, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { StatusChip, som, useLang, useMonthLabel } from './shared';

function Stat({ label, value, tone, testId }: { label: string; value: string; tone?: 'warning' | 'error'; testId: string }) {
  return (
    <Box data-testid={testId}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography sx={{ fontWeight: 700, fontSize: 20 }} color={tone ? `${tone}.main` : undefined}>
        {value}
      </Typography>
    </Box>
  );
}

/** Nothing until the figures are in (the home page is not held up by them); the billing page shows errors. */
export function MonthToCloseCard() {
  const { t } = useTranslation('billing');
  const lang = useLang();
  const monthLabel = useMonthLabel();
  const d = useApiQuery('billing.dashboard', {}).data;
  if (!d) return null;
  const c = d.closing;
  const claimLink = `/billing/claim?month=${c.month}`;
  return (
    <Card sx={{ p: 2.5, mb: 3 }} data-testid="month-to-close">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap', mb: 2 }}>
        <Typography variant="h6" component="h2" sx={{ flex: 1, minWidth: 240 }}>
          {t('closing.title', { month: monthLabel(c.month) })}
        </Typography>
        {c.claim && <Typography sx={{ fontWeight: 600 }}>{c.claim.number}</Typography>}
        <StatusChip status={c.claim?.status ?? 'draft'} />
        {!c.claim && <Typography color="text.secondary">{t('closing.notIssued')}</Typography>}
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(5, 1fr)' }, gap: 2, mb: 2.5 }}>
        <Stat testId="closing-days" label={t('closing.days')} value={`${c.daysRecorded} / ${c.daysClaimed}`} />
        <Stat testId="closing-amount" label={t('closing.amount')} value={som(c.amount, lang)} />
        <Stat
          testId="closing-exceptions"
          label={t('closing.exceptions')}
          value={String(c.exceptions)}
          tone={c.exceptions ? 'warning' : undefined}
        />
        <Stat
          testId="closing-rejected"
          label={t('closing.rejected')}
          value={String(c.rejectedLines)}
          tone={c.rejectedLines ? 'error' : undefined}
        />
        <Stat
          testId="closing-unpaid"
          label={t('closing.unpaid')}
          value={t('closing.unpaidValue', { count: d.unpaidInvoices.count, amount: som(d.unpaidInvoices.balance, lang) })}
          tone={d.unpaidInvoices.count ? 'warning' : undefined}
        />
      </Box>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button component={RouterLink} to={claimLink} variant="contained">
          {t('closing.openClaim')}
        </Button>
        <Button component={RouterLink} to={`/attendance/month?m=${c.month}`} variant="outlined">
          {t('closing.openAttendance')}
        </Button>
        <Button component={RouterLink} to={`/billing/invoices?month=${c.month}`} variant="outlined">
          {t('closing.openInvoices')}
        </Button>
      </Box>
    </Card>
  );
}
