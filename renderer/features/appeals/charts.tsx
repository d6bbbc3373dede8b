// Plain charts for the statistics page (no chart library): a bar per row with its count and percentage
// written beside it, and a 100 % bar for shares. Colour is never the only signal: every figure is printed.
import { Box, Typography } from '@mui/material';
import { formatNumber, formatPercent } from '../../../electron/contract/format';
import type { UiLang } from '../../i18n/types';

export interface BarRow {
  key: string;
  label: string;
  count: number;
  percent: number;
  /** A sub-row (a relationship inside a place): indented and lighter. */
  sub?: boolean;
}

const PALETTE = ['#1d5c7a', '#e0a100', '#7a4e2d', '#2e7d4f', '#8e3b5f', '#4f87a3', '#a15c00', '#5b6b7a'];

export function BarList({
  rows,
  lang,
  scaleTo,
}: {
  rows: BarRow[];
  lang: UiLang;
  /** 'max' fills the widest bar; 'total' draws shares of 100 %. */ scaleTo?: 'max' | 'total';
}) {
  const max = scaleTo === 'total' ? 100 : Math.max(1, ...rows.map((r) => r.percent));
  return (
    <Box role="list" sx={{ display: 'grid', gap: 0.75 }}>
      {rows.map((r) => (
        <Box
          role="listitem"
          key={r.key}
          data-key={r.key}
          sx={{ display: 'grid', gridTemplateColumns: 'minmax(140px, 46%) 1fr 56px 60px', alignItems: 'center', gap: 1, pl: r.sub ? 2 : 0 }}
        >
          <Typography
            variant="body2"
            sx={{ fontWeight: r.sub ? 400 : 600, color: r.sub ? 'text.secondary' : 'text.primary', lineHeight: 1.25 }}
          >
            {r.label}
          </Typography>
          <Box sx={{ height: r.sub ? 10 : 16, bgcolor: '#eef2f5', borderRadius: 1, overflow: 'hidden' }} aria-hidden>
            <Box
              sx={{ height: '100%', bgcolor: r.sub ? 'primary.light' : 'primary.main', borderRadius: 1 }}
              style={{ width: `${(r.percent / max) * 100}%` }}
            />
          </Box>
          <Typography variant="body2" sx={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>
            {formatNumber(r.count)}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
            {formatPercent(r.percent, lang)}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

/** One bar of 100 % split into the parts of a breakdown, with a legend that repeats each figure. */
export function ShareBar({ rows, lang }: { rows: BarRow[]; lang: UiLang }) {
  const shown = rows.filter((r) => r.count > 0);
  return (
    <Box>
      <Box sx={{ display: 'flex', height: 28, borderRadius: 1.5, overflow: 'hidden', bgcolor: '#eef2f5', mb: 1.25 }} aria-hidden>
        {shown.map((r) => (
          <Box key={r.key} style={{ width: `${r.percent}%`, background: PALETTE[rows.indexOf(r) % PALETTE.length] }} />
        ))}
      </Box>
      <Box role="list" sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 3, rowGap: 0.75 }}>
        {rows.map((r, i) => (
          <Box role="listitem" key={r.key} data-key={r.key} sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
            <Box sx={{ width: 12, height: 12, borderRadius: 0.5 }} style={{ background: PALETTE[i % PALETTE.length] }} aria-hidden />
            <Typography variant="body2">
              {r.label}: <b>{formatNumber(r.count)}</b> ({formatPercent(r.percent, lang)})
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
