import { Box, Button, IconButton, MenuItem, Paper, Stack, TextField, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';
import { FREQUENCY_PER, type Domain, type ServiceOut } from '../../../../electron/contract/index';
import { DateField } from '../components/DateField';
import { RatingPicker } from '../components/RatingPicker';
import { usePlanLabels } from '../labels';
import { newActivity, under, type ActivityForm, type GoalForm } from './form';

interface Props {
  index: number;
  goal: GoalForm;
  domains: readonly Domain[];
  staff: Array<{ id: number; name: string }>;
  services: ServiceOut[];
  errors: Record<string, string>;
  disabled: boolean;
  onChange(patch: Partial<GoalForm>): void;
  onRemove(): void;
}

/** One goal: its domain, what will be achieved, from which rating to which by when, and the activities that get there. */
export function GoalEditor({ index, goal, domains, staff, services, errors, disabled, onChange, onRemove }: Props) {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  const setActivity = (i: number, patch: Partial<ActivityForm>) =>
    onChange({ activities: goal.activities.map((a, j) => (j === i ? { ...a, ...patch } : a)) });
  const label = t('plan.goal', { no: index + 1 });
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} component="section" aria-label={label} data-goal={index}>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="h6" component="h3" sx={{ flex: 1 }}>
          {label}
        </Typography>
        <Tooltip title={t('plan.removeGoal')}>
          <span>
            <IconButton aria-label={t('plan.removeGoal')} onClick={onRemove} disabled={disabled}>
              <DeleteOutlineIcon />
            </IconButton>
          </span>
        </Tooltip>
      </Stack>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 2fr' } }}>
        <TextField
          select
          label={t('plan.domain')}
          value={goal.domain}
          disabled={disabled}
          onChange={(e) => onChange({ domain: e.target.value as Domain })}
          error={!!errors.domain}
          helperText={errors.domain}
        >
          {domains.map((d) => (
            <MenuItem key={d} value={d}>
              {labels.domain[d]}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={t('plan.title')}
          value={goal.title}
          disabled={disabled}
          onChange={(e) => onChange({ title: e.target.value })}
          error={!!errors.title}
          helperText={errors.title}
          required
        />
        <Box>
          <Typography variant="body2" sx={{ fontWeight: 600, mb: 0.5 }}>
            {t('plan.baseline')}
          </Typography>
          <RatingPicker
            label={`${label}: ${t('plan.baseline')}`}
            value={goal.baseline}
            onChange={(baseline) => onChange({ baseline })}
            disabled={disabled}
            error={errors.baseline}
          />
        </Box>
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'auto 1fr' }, alignItems: 'start' }}>
          <Box>
            <Typography variant="body2" sx={{ fontWeight: 600, mb: 0.5 }}>
              {t('plan.target')}
            </Typography>
            <RatingPicker
              label={`${label}: ${t('plan.target')}`}
              value={goal.target}
              onChange={(target) => onChange({ target })}
              disabled={disabled}
              error={errors.target}
            />
          </Box>
          <DateField
            label={t('plan.targetDate')}
            value={goal.targetDate}
            onChange={(targetDate) => onChange({ targetDate })}
            error={errors.targetDate}
            required
            disabled={disabled}
          />
        </Box>
      </Box>
      <Typography variant="subtitle1" sx={{ mt: 2.5, mb: 1 }}>
        {t('plan.activities')}
      </Typography>
      <Stack spacing={1.5}>
        {goal.activities.map((a, i) => {
          const e = under(errors, `activities.${i}`);
          return (
            <Box
              key={a.key}
              data-activity={i}
              sx={{
                display: 'grid',
                gap: 1.5,
                gridTemplateColumns: { xs: '1fr', md: 'repeat(12, 1fr)' },
                alignItems: 'start',
                p: 1.5,
                bgcolor: 'rgba(29,92,122,0.03)',
                borderRadius: 2,
              }}
            >
              <TextField
                size="small"
                label={t('plan.what')}
                sx={{ gridColumn: { md: 'span 5' } }}
                value={a.what}
                disabled={disabled}
                onChange={(ev) => setActivity(i, { what: ev.target.value })}
                error={!!e.what}
                helperText={e.what}
                required
              />
              <TextField
                size="small"
                select
                label={t('plan.service')}
                sx={{ gridColumn: { md: 'span 3' } }}
                value={a.serviceId}
                disabled={disabled}
                onChange={(ev) => setActivity(i, { serviceId: ev.target.value === '' ? '' : Number(ev.target.value) })}
                error={!!e.serviceId}
                helperText={e.serviceId}
              >
                <MenuItem value="">{t('plan.noService')}</MenuItem>
                {services.map((s) => (
                  <MenuItem key={s.id} value={s.id}>
                    {s.name}
                  </MenuItem>
                ))}
              </TextField>
              <Box sx={{ display: 'grid', gap: 1, gridColumn: { md: 'span 4' } }}>
                <TextField
                  size="small"
                  select
                  label={t('plan.responsible')}
                  value={a.responsible}
                  disabled={disabled}
                  onChange={(ev) => setActivity(i, { responsible: ev.target.value })}
                  error={!!e.responsibleUserId}
                  helperText={e.responsibleUserId}
                >
                  {staff.map((s) => (
                    <MenuItem key={s.id} value={`u${s.id}`}>
                      {s.name}
                    </MenuItem>
                  ))}
                  <MenuItem value="ext">{t('plan.outside')}</MenuItem>
                </TextField>
                {a.responsible === 'ext' && (
                  <TextField
                    size="small"
                    label={t('plan.outsideName')}
                    value={a.external}
                    disabled={disabled}
                    onChange={(ev) => setActivity(i, { external: ev.target.value })}
                    error={!!e.responsibleExternal}
                    helperText={e.responsibleExternal}
                  />
                )}
              </Box>
              <TextField
                size="small"
                label={t('plan.times')}
                sx={{ gridColumn: { md: 'span 2' } }}
                value={a.per === 'as_needed' ? '' : a.times}
                disabled={disabled || a.per === 'as_needed'}
                onChange={(ev) => setActivity(i, { times: ev.target.value.replace(/\D/g, '') })}
                error={!!e.times}
                helperText={e.times}
                slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              />
              <TextField
                size="small"
                select
                label={t('plan.per')}
                sx={{ gridColumn: { md: 'span 3' } }}
                value={a.per}
                disabled={disabled}
                onChange={(ev) => setActivity(i, { per: ev.target.value as ActivityForm['per'] })}
              >
                {FREQUENCY_PER.map((p) => (
                  <MenuItem key={p} value={p}>
                    {labels.per[p]}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                size="small"
                label={t('plan.place')}
                sx={{ gridColumn: { md: 'span 6' } }}
                value={a.place}
                disabled={disabled}
                onChange={(ev) => setActivity(i, { place: ev.target.value })}
              />
              <Tooltip title={t('plan.removeActivity')}>
                <Box component="span" sx={{ gridColumn: { md: 'span 1' }, justifySelf: 'end' }}>
                  <IconButton
                    aria-label={t('plan.removeActivity')}
                    disabled={disabled}
                    onClick={() => onChange({ activities: goal.activities.filter((_, j) => j !== i) })}
                  >
                    <DeleteOutlineIcon />
                  </IconButton>
                </Box>
              </Tooltip>
            </Box>
          );
        })}
      </Stack>
      <Button
        startIcon={<AddIcon />}
        sx={{ mt: 1 }}
        disabled={disabled}
        onClick={() => onChange({ activities: [...goal.activities, newActivity()] })}
      >
        {t('plan.addActivity')}
      </Button>
    </Paper>
  );
}
