// Which day a sheet shows: a step back or forward with one tap, a typed date, and "today" to return.
// Days ahead of today are not offered (nothing can be recorded for them).
import { useState } from 'react';
import { Box, Button, IconButton } from '@mui/material';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { useTranslation } from 'react-i18next';
import { tashkentToday } from '../../../electron/contract/format';
import { DateField } from './fields';

const shift = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

export function DayPicker({ value, onChange }: { value: string; onChange(date: string): void }) {
  const { t } = useTranslation('daily');
  const today = tashkentToday();
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }} role="group" aria-label={t('day.label')} data-testid="day-picker">
      <IconButton onClick={() => valid && onChange(shift(value, -1))} aria-label={t('day.previous')} sx={{ width: 48, height: 48 }}>
        <ChevronLeftIcon />
      </IconButton>
      <DateField
        label={t('day.label')}
        value={value}
        onChange={(d) => onChange(/^\d{4}-\d{2}-\d{2}$/.test(d) && d > today ? today : d)}
        size="small"
        sx={{ width: 150 }}
      />
      <IconButton
        onClick={() => valid && onChange(shift(value, 1))}
        disabled={!valid || value >= today}
        aria-label={t('day.next')}
        sx={{ width: 48, height: 48 }}
      >
        <ChevronRightIcon />
      </IconButton>
      {value !== today && (
        <Button variant="outlined" onClick={() => onChange(today)} sx={{ minHeight: 44 }}>
          {t('day.today')}
        </Button>
      )}
    </Box>
  );
}

/** The day a page shows: what is typed (`date`), the day to ask for (`day`, today while the typing is unfinished), and whether it is past. */
export function usePickedDay() {
  const [date, setDate] = useState(tashkentToday());
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : tashkentToday();
  return { date, setDate, day, past: day !== tashkentToday() };
}
