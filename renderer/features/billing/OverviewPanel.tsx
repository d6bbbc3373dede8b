import { Alert, Box, Button, Card, Typography } from '@mui/material';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../electron/contract/format';
import { useApiQuery } from '../../api/hooks';
import { PageLoading } from '../../components/LoadingScreen';
import { errorMessage } from '../../components/errors';
import { MeterBar } from '../../components/MeterBar';
import { MonthsChart } from './MonthsChart';
import { StatusChip, som, useLabel, useLang } from './shared';

function Figure({ title, value, children }: { title: string; value: string; children?: React.ReactNode }) {
  return (
    <Card sx={{ p: 2.5 }}>
      <Typography variant="body2" color="text.secondary">
        {title}
      </Typography>
      <Typography variant="h5" component="p" sx={{ mt: 0.5, fontWeight: 700 }}>
        {value}
      </Typography>
      {children}
    </Card>
  );
}

/** The entrepreneur's figures at a glance, and the last 12 months. */
export function OverviewPanel() {
  const { t } = useTranslation('billing');
  const lang = useLang();
  const label = useLabel();
  const q = useApiQuery('billing.dashboard', {});
  if (q.error) return <Alert severity="error">{errorMessage(q.error)}</Alert>;
  if (!q.data) return <PageLoading />;
  const d = q.data;
  return (
    <Box sx={{ display: 'grid', gap: 2.5 }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(2, 1fr)', lg: 'repeat(4, 1fr)' }, gap: 2 }}>
        <Figure title={t('overview.expected')} value={som(d.expectedSubsidySoFar, lang)}>
          {d.exceptions > 0 && (
            <Typography variant="body2" color="warning.main" sx={{ mt: 0.5 }}>
              {t('overview.exceptions', { n: d.exceptions })}
            </Typography>
          )}
        </Figure>
        <Figure title={t('overview.days')} value={`${d.daysBilled} / ${d.daysExpected}`}>
          <MeterBar
            used={d.daysBilled}
            of={d.daysExpected}
            sx={{ mt: 1, height: 8, borderRadius: 4 }}
            label={t('overview.days')}
            valueText={`${d.daysBilled} / ${d.daysExpected}`}
          />
        </Figure>
        <Figure title={t('overview.unpaid')} value={som(d.unpaidInvoices.balance, lang)}>
          <Typography variant="body2" color="text.secondary">
            {t('overview.unpaidText', { count: d.unpaidInvoices.count, amount: som(d.unpaidInvoices.balance, lang) })}
          </Typography>
        </Figure>
        <Figure title={t('overview.payments')} value={som(d.paymentsThisMonth, lang)} />
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '3fr 2fr' }, gap: 2 }}>
        <Card sx={{ p: 2.5 }}>
          <Typography variant="h6" component="h2" gutterBottom>
            {t('overview.chart')}
          </Typography>
          <MonthsChart months={d.months} />
        </Card>
        <Box sx={{ display: 'grid', gap: 2, alignContent: 'start' }}>
          <Card sx={{ p: 2.5 }}>
            <Typography variant="h6" component="h2" gutterBottom>
              {t('overview.lastClaim')}
            </Typography>
            {d.lastClaim ? (
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
                <Typography sx={{ fontWeight: 600 }}>{d.lastClaim.number}</Typography>
                <StatusChip status={d.lastClaim.status} />
                <Typography color="text.secondary">{som(d.lastClaim.total, lang)}</Typography>
              </Box>
            ) : (
              <Typography color="text.secondary">{t('overview.noClaim')}</Typography>
            )}
            <Button component={RouterLink} to="/billing/claim" variant="contained" sx={{ mt: 2 }}>
              {t('overview.openClaim')}
            </Button>
          </Card>
          <Card sx={{ p: 2.5 }}>
            <Typography variant="h6" component="h2" gutterBottom>
              {t('overview.expiring')}
            </Typography>
            {d.expiringAuthorisations.length === 0 ? (
              <Typography color="text.secondary">{t('overview.noneExpiring')}</Typography>
            ) : (
              d.expiringAuthorisations.map((a) => (
                <Box key={a.id} sx={{ display: 'flex', gap: 1, alignItems: 'center', py: 0.5 }}>
                  <EventBusyIcon fontSize="small" color="warning" />
                  <Typography sx={{ flex: 1 }}>
                    {a.number} · {a.clientCode} · {label('program', a.program)}
                  </Typography>
                  <Typography color="warning.main">{formatDate(a.validTo)}</Typography>
                </Box>
              ))
            )}
          </Card>
        </Box>
      </Box>
    </Box>
  );
}
