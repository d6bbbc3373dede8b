import { Box } from '@mui/material';
import SchoolIcon from '@mui/icons-material/School';

/** The same words in every UI language: whoever looks at the screen must understand it. */
export const TRAINING_TEXT = 'OʻQUV REJIMI — haqiqiy maʼlumot emas / TRAINING — not real data';

/**
 * Permanent on every page of a training facility (facility.training): striped, high-contrast,
 * stuck above the top bar with it, and never dismissible — invented records must not be taken for real ones.
 */
export function TrainingBanner() {
  return (
    <Box
      role="note"
      aria-label={TRAINING_TEXT}
      data-testid="training-banner"
      sx={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        gap: 1,
        minHeight: 36,
        px: 2,
        color: '#1a1200',
        fontWeight: 800,
        letterSpacing: 0.5,
        textAlign: 'center',
        background: 'repeating-linear-gradient(135deg, #ffb300 0 18px, #ffca28 18px 36px)',
        borderBottom: '2px solid #1a1200',
      }}
    >
      <SchoolIcon fontSize="small" aria-hidden />
      {TRAINING_TEXT}
    </Box>
  );
}
