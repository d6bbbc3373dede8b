import { useState, type ReactNode } from 'react';
import { Autocomplete, Box, Button, Card, IconButton, MenuItem, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import { useTranslation } from 'react-i18next';
import { DISABILITY_GROUPS, EXPLOITATION_TYPES, ID_DOC_TYPES, REPRESENTATIVE_KINDS, SEXES } from '../../../electron/contract/clients.codes';
import type { FacilityKind } from '../../../electron/contract/setup.contract';
import type { UiLang } from '../../i18n/types';
import { useApiQuery } from '../../api/hooks';
import { DateField } from './DateField';
import type { ClientForm } from './client-form';

const COUNTRIES = ['UZ', 'KZ', 'KG', 'TJ', 'TM', 'AF', 'RU', 'TR', 'AE', 'KR'] as const;
const LANGS = ['uz', 'ru', 'kaa', 'tg', 'kk', 'ky', 'tk', 'en'] as const;

interface MotherOption {
  id: number;
  label: string;
}

interface Props {
  f: ClientForm;
  change(patch: Partial<ClientForm>): void;
  errors: Record<string, string>;
  kind: FacilityKind;
  /** The record being edited, so a woman is not offered as her own mother. */
  selfId?: number;
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card sx={{ p: 2.5 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
        {title}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', md: '1fr 1fr 1fr' },
          gap: 2.5,
          '& .wide': { gridColumn: '1 / -1' },
        }}
      >
        {children}
      </Box>
    </Card>
  );
}

/** Mothers are found by code or name, as the register search finds them. */
function MotherPicker({ f, change, selfId }: Pick<Props, 'f' | 'change' | 'selfId'>) {
  const { t } = useTranslation('clients');
  const [typed, setTyped] = useState('');
  const found = useApiQuery('clients.list', { q: typed || undefined, limit: 20 }, { enabled: typed.length > 0 }).data?.items ?? [];
  const options: MotherOption[] = found
    .filter((c) => c.sex === 'F' && c.motherId === null && c.id !== selfId)
    .map((c) => ({ id: c.id, label: `${c.code} ${c.name ?? ''}`.trim() }));
  return (
    <Autocomplete<MotherOption>
      className="wide"
      options={options}
      value={f.motherId ? { id: f.motherId, label: f.motherLabel } : null}
      getOptionLabel={(o) => o.label}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      filterOptions={(x) => x}
      onInputChange={(_, v) => setTyped(v)}
      onChange={(_, v) => change({ motherId: v?.id ?? null, motherLabel: v?.label ?? '' })}
      renderInput={(params) => (
        <TextField
          {...params}
          name="motherId"
          label={t('fields.mother')}
          placeholder={t('form.motherSearch')}
          helperText={t('fields.motherHelp')}
        />
      )}
    />
  );
}

/** The record's fields, each part only where the facility's kind uses it. */
export function ClientFormFields({ f, change, errors, kind, selfId }: Props) {
  const { t, i18n } = useTranslation('clients');
  const lang = i18n.language as UiLang;
  const places = useApiQuery('reference.places', {}, { staleTime: Infinity }).data;
  const child = kind === 'family_home' || kind === 'day_care';
  const text = (name: keyof ClientForm & string, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      {...extra}
      name={name}
      label={label}
      value={f[name] as string}
      onChange={(e) => change({ [name]: e.target.value })}
      error={!!errors[name]}
      helperText={errors[name] ?? extra.helperText}
    />
  );
  const listPatch = <K extends 'diagnoses' | 'representatives' | 'phones'>(key: K, i: number, v: ClientForm[K][number] | null) => {
    const list = [...(f[key] as unknown[])];
    if (v === null) list.splice(i, 1);
    else list[i] = v;
    change({ [key]: list } as Partial<ClientForm>);
  };

  return (
    <Box sx={{ display: 'grid', gap: 2.5 }}>
      <Part title={t('sections.personal')}>
        {text('lastName', t('fields.lastName'), { required: true, autoFocus: true })}
        {text('firstName', t('fields.firstName'), { required: true })}
        {text('middleName', t('fields.middleName'))}
        <DateField
          name="birthDate"
          label={t('fields.birthDate')}
          value={f.birthDate}
          onChange={(v) => change({ birthDate: v })}
          error={!!errors.birthDate}
          helperText={errors.birthDate}
        />
        <TextField
          select
          name="sex"
          label={t('fields.sex')}
          value={f.sex}
          onChange={(e) => change({ sex: e.target.value as ClientForm['sex'] })}
          error={!!errors.sex}
          helperText={errors.sex}
          required
        >
          {SEXES.map((s) => (
            <MenuItem key={s} value={s}>
              {t(`sex.${s}`)}
            </MenuItem>
          ))}
        </TextField>
        {text('pinfl', t('fields.pinfl'), {
          helperText: t('fields.pinflHelp'),
          slotProps: { htmlInput: { inputMode: 'numeric', maxLength: 14 } },
        })}
        <TextField
          select
          name="docType"
          label={t('fields.docType')}
          value={f.docType}
          onChange={(e) => change({ docType: e.target.value as ClientForm['docType'] })}
        >
          <MenuItem value="">—</MenuItem>
          {ID_DOC_TYPES.map((d) => (
            <MenuItem key={d} value={d}>
              {t(`idDoc.${d}`)}
            </MenuItem>
          ))}
        </TextField>
        {text('docNumber', t('fields.docNumber'))}
        <TextField
          select
          name="citizenship"
          label={t('fields.citizenship')}
          value={f.citizenship}
          onChange={(e) => change({ citizenship: e.target.value })}
        >
          <MenuItem value="">—</MenuItem>
          {COUNTRIES.map((c) => (
            <MenuItem key={c} value={c}>
              {t(`countries.${c}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          className="wide"
          name="languages"
          label={t('fields.languages')}
          value={f.languages}
          onChange={(e) => change({ languages: e.target.value as unknown as string[] })}
          slotProps={{ select: { multiple: true, renderValue: (v) => (v as string[]).map((l) => t(`languages.${l as 'uz'}`)).join(', ') } }}
        >
          {LANGS.map((l) => (
            <MenuItem key={l} value={l}>
              {t(`languages.${l}`)}
            </MenuItem>
          ))}
        </TextField>
      </Part>

      <Part title={t('sections.address')}>
        <TextField
          select
          name="regionSoato"
          label={t('fields.region')}
          value={places ? f.regionSoato : ''}
          onChange={(e) => change({ regionSoato: e.target.value, districtSoato: '' })}
        >
          <MenuItem value="">—</MenuItem>
          {(places?.regions ?? []).map((r) => (
            <MenuItem key={r.soato} value={r.soato}>
              {r[lang]}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          name="districtSoato"
          label={t('fields.district')}
          value={places ? f.districtSoato : ''}
          onChange={(e) => change({ districtSoato: e.target.value })}
          disabled={!f.regionSoato}
          error={!!errors.districtSoato}
          helperText={errors.districtSoato}
        >
          <MenuItem value="">—</MenuItem>
          {(places?.districts ?? [])
            .filter((d) => d.region === f.regionSoato)
            .map((d) => (
              <MenuItem key={d.soato} value={d.soato}>
                {d[lang]}
              </MenuItem>
            ))}
        </TextField>
        {text('makhalla', t('fields.makhalla'))}
        {text('street', t('fields.street'), { className: 'wide' })}
        {f.phones.map((p, i) => (
          <TextField
            key={i}
            name={`phones.${i}`}
            label={t('fields.phone')}
            value={p}
            onChange={(e) => listPatch('phones', i, e.target.value)}
            error={!!errors[`phones.${i}`]}
            helperText={errors[`phones.${i}`] ?? t('fields.phoneHelp')}
            slotProps={{ htmlInput: { inputMode: 'tel' } }}
          />
        ))}
        {f.phones.length < 3 && (
          <Box sx={{ display: 'flex', alignItems: 'center' }}>
            <Button startIcon={<AddIcon />} onClick={() => change({ phones: [...f.phones, ''] })}>
              {t('form.addPhone')}
            </Button>
          </Box>
        )}
      </Part>

      {child && (
        <Part title={t('sections.child')}>
          {text('school', t('fields.school'))}
          {text('schoolClass', t('fields.schoolClass'))}
          <TextField
            select
            name="disabilityGroup"
            label={t('fields.disabilityGroup')}
            value={f.disabilityGroup}
            onChange={(e) => change({ disabilityGroup: e.target.value as ClientForm['disabilityGroup'] })}
          >
            <MenuItem value="">—</MenuItem>
            {DISABILITY_GROUPS.map((d) => (
              <MenuItem key={d} value={d}>
                {t(`disability.${d}`)}
              </MenuItem>
            ))}
          </TextField>
          {f.diagnoses.map((d, i) => (
            <Box key={i} className="wide" sx={{ display: 'grid', gridTemplateColumns: '2fr 1fr auto', gap: 1.5, alignItems: 'start' }}>
              <TextField
                name={`diagnoses.${i}.name`}
                label={t('fields.diagnosis')}
                value={d.name}
                onChange={(e) => listPatch('diagnoses', i, { ...d, name: e.target.value })}
                error={!!errors[`diagnoses.${i}.name`]}
                helperText={errors[`diagnoses.${i}.name`]}
              />
              <TextField
                name={`diagnoses.${i}.icd10`}
                label={t('fields.icd10')}
                value={d.icd10}
                onChange={(e) => listPatch('diagnoses', i, { ...d, icd10: e.target.value })}
                error={!!errors[`diagnoses.${i}.icd10`]}
                helperText={errors[`diagnoses.${i}.icd10`]}
              />
              <IconButton aria-label={t('form.remove')} onClick={() => listPatch('diagnoses', i, null)}>
                <CloseIcon />
              </IconButton>
            </Box>
          ))}
          <Box className="wide">
            <Button startIcon={<AddIcon />} onClick={() => change({ diagnoses: [...f.diagnoses, { name: '', icd10: '' }] })}>
              {t('form.addDiagnosis')}
            </Button>
          </Box>
          {kind === 'day_care' && (
            <>
              <DateField
                name="pmp.date"
                label={t('fields.pmpDate')}
                value={f.pmpDate}
                onChange={(v) => change({ pmpDate: v })}
                error={!!errors['pmp.date']}
                helperText={errors['pmp.date']}
              />
              {text('pmpNumber', t('fields.pmpNumber'), { error: !!errors['pmp.number'], helperText: errors['pmp.number'] })}
              {text('pmpRecommendation', t('fields.pmpRecommendation'))}
            </>
          )}
        </Part>
      )}

      {child && (
        <Part title={t('sections.representatives')}>
          {f.representatives.map((r, i) => (
            <Box
              key={i}
              className="wide"
              sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 2fr 1fr 1fr 2fr auto' }, gap: 1.5, alignItems: 'start' }}
            >
              <TextField
                select
                name={`representatives.${i}.kind`}
                label={t('fields.repKind')}
                value={r.kind}
                onChange={(e) => listPatch('representatives', i, { ...r, kind: e.target.value as typeof r.kind })}
              >
                {REPRESENTATIVE_KINDS.map((k) => (
                  <MenuItem key={k} value={k}>
                    {t(`repKind.${k}`)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                name={`representatives.${i}.fullName`}
                label={t('fields.repName')}
                value={r.fullName}
                onChange={(e) => listPatch('representatives', i, { ...r, fullName: e.target.value })}
                error={!!errors[`representatives.${i}.fullName`]}
                helperText={errors[`representatives.${i}.fullName`]}
              />
              <TextField
                name={`representatives.${i}.relation`}
                label={t('fields.repRelation')}
                value={r.relation}
                onChange={(e) => listPatch('representatives', i, { ...r, relation: e.target.value })}
              />
              <TextField
                name={`representatives.${i}.phone`}
                label={t('fields.repPhone')}
                value={r.phone}
                onChange={(e) => listPatch('representatives', i, { ...r, phone: e.target.value })}
                error={!!errors[`representatives.${i}.phone`]}
                helperText={errors[`representatives.${i}.phone`]}
              />
              <TextField
                name={`representatives.${i}.appointingDocument`}
                label={t('fields.repDocument')}
                value={r.appointingDocument}
                onChange={(e) => listPatch('representatives', i, { ...r, appointingDocument: e.target.value })}
              />
              <IconButton aria-label={t('form.remove')} onClick={() => listPatch('representatives', i, null)}>
                <CloseIcon />
              </IconButton>
            </Box>
          ))}
          <Box className="wide">
            <Button
              startIcon={<AddIcon />}
              onClick={() =>
                change({
                  representatives: [
                    ...f.representatives,
                    { kind: 'parent', fullName: '', relation: '', phone: '', appointingDocument: '' },
                  ],
                })
              }
            >
              {t('form.addRepresentative')}
            </Button>
          </Box>
        </Part>
      )}

      {(kind === 'women_center' || kind === 'trafficking_shelter') && (
        <Part title={t('sections.family')}>
          <MotherPicker f={f} change={change} selfId={selfId} />
        </Part>
      )}

      {kind === 'trafficking_shelter' && (
        <Part title={t('sections.trafficking')}>
          <TextField
            select
            name="country"
            label={t('fields.country')}
            value={f.country}
            onChange={(e) => change({ country: e.target.value })}
          >
            <MenuItem value="">—</MenuItem>
            {COUNTRIES.map((c) => (
              <MenuItem key={c} value={c}>
                {t(`countries.${c}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            name="exploitationType"
            label={t('fields.exploitationType')}
            value={f.exploitationType}
            onChange={(e) => change({ exploitationType: e.target.value as ClientForm['exploitationType'] })}
          >
            <MenuItem value="">—</MenuItem>
            {EXPLOITATION_TYPES.map((x) => (
              <MenuItem key={x} value={x}>
                {t(`exploitation.${x}`)}
              </MenuItem>
            ))}
          </TextField>
          <Box />
          {text('documentsHeld', t('fields.documentsHeld'), { multiline: true })}
          {text('documentsMissing', t('fields.documentsMissing'), { multiline: true })}
          {text('repatriationNeeds', t('fields.repatriationNeeds'), { multiline: true })}
        </Part>
      )}

      <Part title={t('sections.notes')}>{text('notes', t('fields.notes'), { className: 'wide', multiline: true, minRows: 3 })}</Part>
    </Box>
  );
}
