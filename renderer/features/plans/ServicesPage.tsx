import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PlanSettings, ServiceOut } from '../../../electron/contract/index';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useSignedInUser } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { PageLoading } from '../../components/LoadingScreen';
import { errorMessage, fieldErrors } from '../../components/errors';
import { useNotice } from '../../components/Notice';

/** The manager's settings of the area: when assessments and reviews fall due, and the services catalogue. */
export function ServicesPage() {
  const { t } = useTranslation(['plans', 'common']);
  const user = useSignedInUser();
  const manager = user.role === 'manager';
  const services = useApiQuery('plans.services', { includeInactive: true });
  const [editing, setEditing] = useState<ServiceOut | 'new' | null>(null);
  const setNotice = useNotice();
  return (
    <>
      <Button component={RouterLink} to="/plans" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>
        {t('client.back')}
      </Button>
      <PageHeader title={t('services.title')} subtitle={t('services.subtitle')} />
      <ScheduleForm manager={manager} onSaved={() => setNotice(t('services.scheduleSaved'))} />
      <Stack direction="row" sx={{ alignItems: 'center', mt: 3, mb: 1.5 }}>
        <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
          {t('services.catalogue')}
        </Typography>
        {manager && (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')}>
            {t('services.add')}
          </Button>
        )}
      </Stack>
      {!services.data ? (
        <PageLoading />
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table aria-label={t('services.catalogue')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('services.nameUz')}</TableCell>
                <TableCell>{t('services.nameRu')}</TableCell>
                <TableCell>{t('services.nameEn')}</TableCell>
                <TableCell />
                {manager && <TableCell />}
              </TableRow>
            </TableHead>
            <TableBody>
              {services.data.map((s) => (
                <TableRow key={s.id} sx={{ opacity: s.active ? 1 : 0.6 }}>
                  <TableCell>{s.names.uz}</TableCell>
                  <TableCell>{s.names.ru}</TableCell>
                  <TableCell>{s.names.en}</TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      label={s.active ? t('services.active') : t('services.retired')}
                      color={s.active ? 'success' : 'default'}
                      variant="outlined"
                    />
                  </TableCell>
                  {manager && (
                    <TableCell align="right">
                      <Button onClick={() => setEditing(s)}>{t('services.edit')}</Button>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {editing && (
        <ServiceDialog
          service={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setNotice(t('services.saved'));
          }}
        />
      )}
    </>
  );
}

function ScheduleForm({ manager, onSaved }: { manager: boolean; onSaved(): void }) {
  const settings = useApiQuery('plans.settings', {});
  if (!settings.data) return <PageLoading />;
  return <ScheduleFields key={JSON.stringify(settings.data)} initial={settings.data} manager={manager} onSaved={onSaved} />;
}

function ScheduleFields({ initial, manager, onSaved }: { initial: PlanSettings; manager: boolean; onSaved(): void }) {
  const { t } = useTranslation(['plans', 'common']);
  const save = useApiMutation('plans.saveSettings', { invalidates: ['plans.settings', 'plans.overview', 'plans.forClient'] });
  const [form, setForm] = useState({
    initialDueDays: String(initial.initialDueDays),
    reassessMonths: String(initial.reassessMonths),
    reviewMonths: String(initial.reviewMonths),
  });
  const errors = fieldErrors(save.error);
  const field = (k: keyof typeof form) => (
    <TextField
      label={t(`services.${k}`)}
      value={form[k]}
      disabled={!manager || save.isPending}
      onChange={(e) => setForm({ ...form, [k]: e.target.value.replace(/\D/g, '') })}
      error={!!errors[k]}
      helperText={errors[k]}
      slotProps={{ htmlInput: { inputMode: 'numeric' } }}
    />
  );
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
        {t('services.schedule')}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' } }}>
        {field('initialDueDays')}
        {field('reassessMonths')}
        {field('reviewMonths')}
      </Box>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' }, mt: 2 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          {t('services.scheduleNote')}
        </Typography>
        {manager && (
          <Button
            variant="contained"
            disabled={save.isPending}
            onClick={() =>
              void save
                .mutateAsync({
                  initialDueDays: Number(form.initialDueDays || NaN),
                  reassessMonths: Number(form.reassessMonths || NaN),
                  reviewMonths: Number(form.reviewMonths || NaN),
                })
                .then(onSaved, () => undefined)
            }
          >
            {t('common:actions.save')}
          </Button>
        )}
      </Stack>
      {save.error && !Object.keys(errors).length && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {errorMessage(save.error)}
        </Alert>
      )}
    </Paper>
  );
}

function ServiceDialog({ service, onClose, onSaved }: { service: ServiceOut | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation(['plans', 'common']);
  const [names, setNames] = useState(service?.names ?? { uz: '', ru: '', en: '' });
  const [active, setActive] = useState(service?.active ?? true);
  const save = useApiMutation('plans.saveService', { invalidates: ['plans.services'] });
  const errors = fieldErrors(save.error);
  const submit = () => void save.mutateAsync({ ...(service ? { id: service.id } : {}), names, active }).then(onSaved, () => undefined);
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="service-title">
      <DialogTitle id="service-title">{service ? t('services.edit') : t('services.add')}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
        {(['uz', 'ru', 'en'] as const).map((l) => (
          <TextField
            key={l}
            label={t(`services.name${l === 'uz' ? 'Uz' : l === 'ru' ? 'Ru' : 'En'}`)}
            value={names[l]}
            onChange={(e) => setNames({ ...names, [l]: e.target.value })}
            error={!!errors[`names.${l}`]}
            helperText={errors[`names.${l}`]}
            required
          />
        ))}
        {service && (
          <Button variant="outlined" color={active ? 'error' : 'success'} onClick={() => setActive(!active)} sx={{ justifySelf: 'start' }}>
            {active ? t('services.retire') : t('services.restore')}
          </Button>
        )}
        {save.error && !Object.keys(errors).length && <Alert severity="error">{errorMessage(save.error)}</Alert>}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5, gap: 1 }}>
        <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
        <Button variant="contained" onClick={submit} disabled={save.isPending}>
          {t('common:actions.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
