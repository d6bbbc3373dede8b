import { Box, FormControlLabel, MenuItem, Paper, Switch, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { BARTHEL_ITEMS, LAWTON_ITEMS, barthelBand, barthelTotal, lawtonTotal } from '../../../../electron/contract/plans.scales';
import type { BarthelScores, LawtonScores } from '../../../../electron/contract/plans.scales';
import { usePlanLabels } from '../labels';

interface Props {
  barthel: Record<string, number> | null;
  lawton: Record<string, number> | null;
  onChange(patch: { barthel?: Record<string, number> | null; lawton?: Record<string, number> | null }): void;
  disabled: boolean;
  errors: Record<string, string>;
}

const fullBarthel = () => Object.fromEntries(BARTHEL_ITEMS.map((i) => [i.key, i.values[i.values.length - 1]!]));
const fullLawton = () => Object.fromEntries(LAWTON_ITEMS.map((k) => [k, 1]));

/** Adult day care: the Barthel index (0–100) and the Lawton scale (0–8), totals counted as you choose. */
export function ScalesSection({ barthel, lawton, onChange, disabled, errors }: Props) {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
      <Paper variant="outlined" sx={{ p: 2.5 }}>
        <Typography variant="h6" component="h3">
          {t('assessment.barthel')}
        </Typography>
        <FormControlLabel
          control={
            <Switch
              checked={barthel !== null}
              disabled={disabled}
              onChange={(e) => onChange({ barthel: e.target.checked ? fullBarthel() : null })}
            />
          }
          label={t('assessment.barthelUse')}
        />
        {errors.barthel && <Typography color="error">{errors.barthel}</Typography>}
        {barthel && (
          <>
            <Box sx={{ display: 'grid', gap: 1.5, mt: 1 }}>
              {BARTHEL_ITEMS.map((item) => (
                <TextField
                  key={item.key}
                  select
                  size="small"
                  label={labels.barthel[item.key]}
                  value={barthel[item.key] ?? 0}
                  disabled={disabled}
                  onChange={(e) => onChange({ barthel: { ...barthel, [item.key]: Number(e.target.value) } })}
                >
                  {item.values.map((v) => (
                    <MenuItem key={v} value={v}>
                      {`${v} — ${(labels.barthelLevel[item.key] as Record<string, string>)[String(v)]}`}
                    </MenuItem>
                  ))}
                </TextField>
              ))}
            </Box>
            <Typography sx={{ mt: 2, fontWeight: 700 }} data-testid="barthel-total">
              {t('assessment.total', { total: barthelTotal(barthel as BarthelScores), max: 100 })} ·{' '}
              {labels.barthelBand[barthelBand(barthelTotal(barthel as BarthelScores))]}
            </Typography>
          </>
        )}
      </Paper>
      <Paper variant="outlined" sx={{ p: 2.5 }}>
        <Typography variant="h6" component="h3">
          {t('assessment.lawton')}
        </Typography>
        <FormControlLabel
          control={
            <Switch
              checked={lawton !== null}
              disabled={disabled}
              onChange={(e) => onChange({ lawton: e.target.checked ? fullLawton() : null })}
            />
          }
          label={t('assessment.lawtonUse')}
        />
        {errors.lawton && <Typography color="error">{errors.lawton}</Typography>}
        {lawton && (
          <>
            <Box sx={{ display: 'grid', gap: 1.5, mt: 1 }}>
              {LAWTON_ITEMS.map((key) => (
                <TextField
                  key={key}
                  select
                  size="small"
                  label={labels.lawton[key]}
                  helperText={labels.lawtonManages[key]}
                  value={lawton[key] ?? 0}
                  disabled={disabled}
                  onChange={(e) => onChange({ lawton: { ...lawton, [key]: Number(e.target.value) } })}
                >
                  <MenuItem value={1}>{`1 — ${labels.lawtonScore['1']}`}</MenuItem>
                  <MenuItem value={0}>{`0 — ${labels.lawtonScore['0']}`}</MenuItem>
                </TextField>
              ))}
            </Box>
            <Typography sx={{ mt: 2, fontWeight: 700 }} data-testid="lawton-total">
              {t('assessment.total', { total: lawtonTotal(lawton as LawtonScores), max: 8 })}
            </Typography>
          </>
        )}
      </Paper>
    </Box>
  );
}
