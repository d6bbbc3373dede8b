import { Box, MenuItem, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { tashkentToday } from '../../../electron/contract/format';
import type { PeriodChoice, PeriodMode } from './period';

const MODES: PeriodMode[] = ['month', 'quarter', 'year', 'dates'];

/** Month, quarter, year or two dates; the month just ended is chosen first. */
export function PeriodPicker({ value, onChange }: { value: PeriodChoice; onChange(v: PeriodChoice): void }) {
  const { t } = useTranslation('reports');
  const thisYear = Number(tashkentToday().slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  const set = (patch: Partial<PeriodChoice>) => onChange({ ...value, ...patch });
  return (
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
      <ToggleButtonGroup
        exclusive
        value={value.mode}
        onChange={(_, mode: PeriodMode | null) => mode && set({ mode })}
        aria-label={t('picker.mode')}
        size="small"
        sx={{ '& .MuiToggleButton-root': { minHeight: 44, px: 2 } }}
      >
        {MODES.map((m) => (
          <ToggleButton key={m} value={m}>
            {t(`picker.modes.${m}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {value.mode !== 'dates' && (
        <TextField
          select
          label={t('picker.year')}
          value={value.year}
          onChange={(e) => set({ year: Number(e.target.value) })}
          sx={{ width: 110 }}
        >
          {years.map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
      )}
      {value.mode === 'month' && (
        <TextField
          select
          label={t('picker.month')}
          value={value.month}
          onChange={(e) => set({ month: Number(e.target.value) })}
          sx={{ width: 160 }}
        >
          {Array.from({ length: 12 }, (_, i) => (
            <MenuItem key={i} value={i + 1}>
              {t(`picker.months.m${i + 1}` as 'picker.months.m1')}
            </MenuItem>
          ))}
        </TextField>
      )}
      {value.mode === 'quarter' && (
        <TextField
          select
          label={t('picker.quarter')}
          value={value.quarter}
          onChange={(e) => set({ quarter: Number(e.target.value) })}
          sx={{ width: 150 }}
        >
          {[1, 2, 3, 4].map((q) => (
            <MenuItem key={q} value={q}>
              {t('picker.quarterN', { n: q })}
            </MenuItem>
          ))}
        </TextField>
      )}
      {value.mode === 'dates' && (
        <>
          <TextField
            label={t('picker.from')}
            value={value.fromText}
            onChange={(e) => set({ fromText: e.target.value })}
            helperText={t('picker.dateHelp')}
            sx={{ width: 150 }}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          />
          <TextField
            label={t('picker.to')}
            value={value.toText}
            onChange={(e) => set({ toText: e.target.value })}
            helperText={t('picker.dateHelp')}
            sx={{ width: 150 }}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          />
        </>
      )}
    </Box>
  );
}
