import { Box, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { RATINGS } from '../../../../electron/contract/plans.scales';
import { usePlanLabels } from '../labels';

interface Props {
  label: string;
  value: number | null;
  onChange(value: number | null): void;
  /** Offers "not assessed" (null) as a choice. */
  allowNone?: boolean;
  disabled?: boolean;
  error?: string;
  /** Hides the descriptor line under the buttons (compact rows). */
  compact?: boolean;
}

const COLORS: Record<number, string> = { 1: '#b3261e', 2: '#c25e00', 3: '#a18500', 4: '#4f8a3a', 5: '#2e7d4f' };

/** The 1–5 scale as five large buttons, with the descriptor of the chosen step in words. */
export function RatingPicker({ label, value, onChange, allowNone, disabled, error, compact }: Props) {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  return (
    <Box>
      <ToggleButtonGroup
        exclusive
        value={value ?? 'none'}
        onChange={(_, v: number | 'none' | null) => v !== null && onChange(v === 'none' ? null : v)}
        aria-label={label}
        disabled={disabled}
        size="small"
      >
        {RATINGS.map((r) => (
          <ToggleButton
            key={r}
            value={r}
            aria-label={`${r} — ${labels.rating[String(r) as '1']}`}
            title={labels.rating[String(r) as '1']}
            sx={{
              minWidth: 44,
              minHeight: 44,
              fontWeight: 700,
              fontSize: '1rem',
              '&.Mui-selected, &.Mui-selected:hover': { bgcolor: COLORS[r], color: '#fff' },
            }}
          >
            {r}
          </ToggleButton>
        ))}
        {allowNone && (
          <ToggleButton
            value="none"
            aria-label={t('assessment.notAssessed')}
            title={t('assessment.notAssessed')}
            sx={{ minHeight: 44, minWidth: 44, px: 1.25 }}
          >
            —
          </ToggleButton>
        )}
      </ToggleButtonGroup>
      {!compact && (
        <Typography variant="body2" color={error ? 'error' : 'text.secondary'} sx={{ mt: 0.5, minHeight: 22 }}>
          {error ?? (value !== null ? labels.rating[String(value) as '1'] : allowNone ? t('assessment.notAssessed') : '')}
        </Typography>
      )}
      {compact && error && (
        <Typography variant="body2" color="error" sx={{ mt: 0.5 }}>
          {error}
        </Typography>
      )}
    </Box>
  );
}
