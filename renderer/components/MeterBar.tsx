import { LinearProgress, type LinearProgressProps } from '@mui/material';

interface MeterBarProps extends Omit<LinearProgressProps, 'value' | 'variant' | 'role'> {
  /** How many are used (places taken, days billed). */
  used: number;
  /** Out of how many. */
  of: number;
  /** What is measured ("Occupancy", a room's name). */
  label: string;
  /** The reading in words, as a screen reader says it: "3 of 9 places taken". */
  valueText: string;
}

/**
 * A bar for a quantity within a range (occupancy, days billed). MUI's bar is a progressbar, which screen readers
 * announce as something loading; this one is a meter with its reading in words. Over capacity fills the bar.
 */
export function MeterBar({ used, of, label, valueText, ...rest }: MeterBarProps) {
  const max = Math.max(of, used);
  return (
    <LinearProgress
      variant="determinate"
      value={max > 0 ? (used / max) * 100 : 0}
      {...rest}
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={used}
      aria-valuetext={valueText}
    />
  );
}
