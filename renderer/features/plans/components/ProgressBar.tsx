import { Box, LinearProgress, Typography } from '@mui/material';

/** Progress from baseline to target, with the number beside it (colour is never the only signal). */
export function ProgressBar({ percent, label }: { percent: number | null; label: string }) {
  const value = percent ?? 0;
  const color = percent === null ? 'inherit' : value >= 100 ? 'success' : value > 0 ? 'primary' : 'warning';
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
      <LinearProgress
        variant="determinate"
        value={value}
        color={color}
        aria-label={label}
        sx={{ flex: 1, height: 10, borderRadius: 5, bgcolor: 'rgba(29,92,122,0.1)' }}
      />
      <Typography variant="body2" sx={{ minWidth: 48, textAlign: 'right', fontWeight: 700 }}>
        {percent === null ? '—' : `${percent} %`}
      </Typography>
    </Box>
  );
}
