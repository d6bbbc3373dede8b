import { Box, Tooltip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../electron/contract/format';
import { som, useLang } from './shared';

interface Point {
  month: string;
  subsidy: number;
  days: number;
  claimed: boolean;
  parentPayments: number;
}

/** Twelve bars: issued claims solid, months not claimed yet lighter (what they would claim now). */
export function MonthsChart({ months }: { months: Point[] }) {
  const { t } = useTranslation('billing');
  const lang = useLang();
  const max = Math.max(1, ...months.map((m) => m.subsidy));
  const short = (m: string) => `${m.slice(5, 7)}.${m.slice(2, 4)}`;
  return (
    <Box>
      <Box
        role="img"
        aria-label={t('overview.chart')}
        sx={{ display: 'grid', gridTemplateColumns: 'repeat(12, 1fr)', gap: 1, alignItems: 'end', height: 200 }}
      >
        {months.map((m) => (
          <Tooltip key={m.month} title={`${short(m.month)}: ${som(m.subsidy, lang)} · ${t('overview.chartDays', { count: m.days })}`}>
            <Box sx={{ display: 'flex', flexDirection: 'column', justifyContent: 'flex-end', height: '100%' }} data-month={m.month}>
              <Typography variant="caption" sx={{ textAlign: 'center', fontSize: 10, color: 'text.secondary' }}>
                {/* Millions with one decimal ('18,7'); the unit is in the title, not an English 'k' on every bar. */}
                {m.subsidy ? formatNumber(m.subsidy / 1_000_000, 1) : ''}
              </Typography>
              <Box
                sx={{
                  height: `${Math.max(m.subsidy ? 2 : 0, (m.subsidy / max) * 160)}px`,
                  bgcolor: m.claimed ? 'primary.main' : 'primary.light',
                  opacity: m.claimed ? 1 : 0.45,
                  borderRadius: '4px 4px 0 0',
                }}
              />
            </Box>
          </Tooltip>
        ))}
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(12, 1fr)', gap: 1, mt: 0.5 }}>
        {months.map((m) => (
          <Typography key={m.month} variant="caption" sx={{ textAlign: 'center', color: 'text.secondary' }}>
            {short(m.month)}
          </Typography>
        ))}
      </Box>
      <Box sx={{ display: 'flex', gap: 2, mt: 1.5, flexWrap: 'wrap' }}>
        <Legend solid label={t('overview.chartClaimed')} />
        <Legend label={t('overview.chartDraft')} />
      </Box>
    </Box>
  );
}

function Legend({ solid, label }: { solid?: boolean; label: string }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
      <Box
        sx={{ width: 14, height: 14, borderRadius: 0.5, bgcolor: solid ? 'primary.main' : 'primary.light', opacity: solid ? 1 : 0.45 }}
      />
      <Typography variant="caption">{label}</Typography>
    </Box>
  );
}
