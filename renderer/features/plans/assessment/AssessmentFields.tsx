import { useState } from 'react';
import { Box, Button, Chip, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ASSESSMENT_KINDS, type Domain } from '../../../../electron/contract/index';
import { DateField } from '../components/DateField';
import { RatingPicker } from '../components/RatingPicker';
import { usePlanLabels } from '../labels';
import { emptyDomain, type AssessmentForm, type DomainForm } from './form';
import { ScalesSection } from './ScalesSection';

interface Props {
  form: AssessmentForm;
  set(patch: Partial<AssessmentForm>): void;
  domains: readonly Domain[];
  dayCare: boolean;
  disabled: boolean;
  errors: Record<string, string>;
}

/** Kind, date, who took part; per domain a rating with strengths, needs and a note; views; scales in day care. */
export function AssessmentFields({ form, set, domains, dayCare, disabled, errors }: Props) {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  const [participant, setParticipant] = useState('');
  const setDomain = (d: Domain, patch: Partial<DomainForm>) =>
    set({ domains: { ...form.domains, [d]: { ...(form.domains[d] ?? emptyDomain()), ...patch } } });
  const addParticipant = () => {
    const name = participant.trim();
    if (name && !form.participants.includes(name)) set({ participants: [...form.participants, name] });
    setParticipant('');
  };
  // The API names a domain's errors by its place in the list it was sent (only filled domains are sent).
  const sent = domains.filter((d) => {
    const x = form.domains[d];
    return x && (x.rating !== null || x.strengths.trim() || x.needs.trim() || x.notes.trim());
  });
  const domainError = (d: Domain) => {
    const i = sent.indexOf(d);
    return i < 0 ? undefined : (errors[`domains.${i}.domain`] ?? errors[`domains.${i}.rating`]);
  };
  return (
    <Stack spacing={2.5}>
      <Paper variant="outlined" sx={{ p: 2.5, display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        <TextField
          select
          label={t('assessment.kind')}
          value={form.kind}
          disabled={disabled}
          onChange={(e) => set({ kind: e.target.value as AssessmentForm['kind'] })}
          error={!!errors.kind}
          helperText={errors.kind}
        >
          {ASSESSMENT_KINDS.map((k) => (
            <MenuItem key={k} value={k}>
              {labels.assessmentKind[k]}
            </MenuItem>
          ))}
        </TextField>
        <DateField
          label={t('assessment.date')}
          value={form.assessedOn}
          onChange={(v) => set({ assessedOn: v })}
          error={errors.assessedOn}
          required
          disabled={disabled}
        />
        {form.kind === 'significant_change' && (
          <TextField
            label={t('assessment.changeReason')}
            value={form.changeReason}
            disabled={disabled}
            onChange={(e) => set({ changeReason: e.target.value })}
            error={!!errors.changeReason}
            helperText={errors.changeReason}
            required
            multiline
            sx={{ gridColumn: '1 / -1' }}
          />
        )}
        <Box sx={{ gridColumn: '1 / -1' }}>
          <Stack direction="row" spacing={1}>
            <TextField
              label={t('assessment.participants')}
              value={participant}
              disabled={disabled}
              onChange={(e) => setParticipant(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addParticipant();
                }
              }}
              helperText={t('assessment.participantsHelp')}
            />
            <Button onClick={addParticipant} disabled={disabled || !participant.trim()} sx={{ alignSelf: 'flex-start', mt: 0.5 }}>
              {t('assessment.addParticipant')}
            </Button>
          </Stack>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }}>
            {form.participants.map((p) => (
              <Chip
                key={p}
                label={p}
                onDelete={disabled ? undefined : () => set({ participants: form.participants.filter((x) => x !== p) })}
              />
            ))}
          </Stack>
        </Box>
      </Paper>

      <Box>
        <Typography variant="h6" component="h2">
          {t('assessment.domains')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 1.5 }}>
          {t('assessment.domainsHelp')}
        </Typography>
        <Stack spacing={1.5}>
          {domains.map((d) => {
            const v = form.domains[d] ?? emptyDomain();
            return (
              <Paper key={d} variant="outlined" sx={{ p: 2.5 }} data-domain={d} component="section" aria-label={labels.domain[d]}>
                <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '300px 1fr' }, gap: 2.5 }}>
                  <Box>
                    <Typography sx={{ fontWeight: 700 }}>{labels.domain[d]}</Typography>
                    <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                      {labels.domainHint[d]}
                    </Typography>
                    <RatingPicker
                      label={labels.domain[d]}
                      value={v.rating}
                      allowNone
                      onChange={(rating) => setDomain(d, { rating })}
                      disabled={disabled}
                      error={domainError(d)}
                    />
                  </Box>
                  <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
                    <TextField
                      label={t('assessment.strengths')}
                      value={v.strengths}
                      disabled={disabled}
                      multiline
                      minRows={2}
                      onChange={(e) => setDomain(d, { strengths: e.target.value })}
                    />
                    <TextField
                      label={t('assessment.needs')}
                      value={v.needs}
                      disabled={disabled}
                      multiline
                      minRows={2}
                      onChange={(e) => setDomain(d, { needs: e.target.value })}
                    />
                    <TextField
                      label={t('assessment.notes')}
                      value={v.notes}
                      disabled={disabled}
                      onChange={(e) => setDomain(d, { notes: e.target.value })}
                      sx={{ gridColumn: { md: '1 / -1' } }}
                    />
                  </Box>
                </Box>
              </Paper>
            );
          })}
        </Stack>
      </Box>

      {dayCare && <ScalesSection barthel={form.barthel} lawton={form.lawton} onChange={set} disabled={disabled} errors={errors} />}

      <Paper variant="outlined" sx={{ p: 2.5, display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        <TextField
          label={t('assessment.personView')}
          value={form.personView}
          disabled={disabled}
          multiline
          minRows={3}
          onChange={(e) => set({ personView: e.target.value })}
        />
        <TextField
          label={t('assessment.familyView')}
          value={form.familyView}
          disabled={disabled}
          multiline
          minRows={3}
          onChange={(e) => set({ familyView: e.target.value })}
        />
        <TextField
          label={t('assessment.summary')}
          value={form.summary}
          disabled={disabled}
          multiline
          minRows={2}
          onChange={(e) => set({ summary: e.target.value })}
          sx={{ gridColumn: '1 / -1' }}
        />
      </Paper>
    </Stack>
  );
}
