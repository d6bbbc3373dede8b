import { Box, MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import type { FacilityForm, FieldErrors } from '../validation';
import type { UiLang } from '../../i18n/types';

interface Props {
  value: FacilityForm;
  onChange(patch: Partial<FacilityForm>): void;
  errors: FieldErrors;
  disabled?: boolean;
}

/** The facility's details, shared by the first-run wizard and Settings. Place names follow the UI language. */
export function FacilityFields({ value, onChange, errors, disabled }: Props) {
  const { t, i18n } = useTranslation();
  const lang = (i18n.language as UiLang) ?? 'uz';
  const places = useApiQuery('reference.places', {}, { staleTime: Infinity }).data;
  const collator = new Intl.Collator(lang === 'en' ? 'en' : lang === 'ru' ? 'ru' : 'uz');
  const regions = [...(places?.regions ?? [])].sort((a, b) => collator.compare(a[lang], b[lang]));
  const districts = (places?.districts ?? [])
    .filter((d) => d.region === value.regionSoato)
    .sort((a, b) => collator.compare(a[lang], b[lang]));

  const text = (
    name: Exclude<keyof FacilityForm, 'regionSoato' | 'districtSoato'>,
    extra: Partial<Parameters<typeof TextField>[0]> = {},
  ) => (
    <TextField
      {...extra}
      name={name}
      label={t(`facility.${name}`)}
      value={value[name]}
      onChange={(e) => onChange({ [name]: e.target.value })}
      error={!!errors[name]}
      helperText={errors[name] ?? extra.helperText}
      disabled={disabled}
    />
  );

  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2.5 }}>
      <Box sx={{ gridColumn: '1 / -1' }}>{text('name', { required: true, helperText: t('facility.nameHelp') })}</Box>
      <TextField
        select
        name="regionSoato"
        label={t('facility.region')}
        value={places ? value.regionSoato : ''}
        onChange={(e) => onChange({ regionSoato: e.target.value, districtSoato: '' })}
        error={!!errors.regionSoato}
        helperText={errors.regionSoato}
        required
        disabled={disabled || !places}
      >
        {regions.map((r) => (
          <MenuItem key={r.soato} value={r.soato}>
            {r[lang]}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        name="districtSoato"
        label={t('facility.district')}
        value={places && districts.some((d) => d.soato === value.districtSoato) ? value.districtSoato : ''}
        onChange={(e) => onChange({ districtSoato: e.target.value })}
        error={!!errors.districtSoato}
        helperText={errors.districtSoato ?? (value.regionSoato ? undefined : t('facility.districtFirst'))}
        required
        disabled={disabled || !value.regionSoato}
      >
        {districts.map((d) => (
          <MenuItem key={d.soato} value={d.soato}>
            {d[lang]}
          </MenuItem>
        ))}
      </TextField>
      <Box sx={{ gridColumn: '1 / -1' }}>{text('address', { required: true, helperText: t('facility.addressHelp') })}</Box>
      {text('capacity', {
        required: true,
        helperText: t('facility.capacityHelp'),
        slotProps: { htmlInput: { inputMode: 'numeric', maxLength: 4 } },
      })}
      {text('licenceNo', { helperText: t('facility.licenceHelp') })}
      {text('stir', { helperText: t('facility.stirHelp'), slotProps: { htmlInput: { inputMode: 'numeric', maxLength: 9 } } })}
      {text('phone', {
        helperText: t('facility.phoneHelp'),
        placeholder: '+998 90 123 45 67',
        slotProps: { htmlInput: { inputMode: 'tel' } },
      })}
    </Box>
  );
}
