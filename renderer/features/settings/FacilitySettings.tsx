import { useMemo, useState, type FormEvent } from 'react';
import { Alert, Box, Button, Chip, Paper, Typography } from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import { useTranslation } from 'react-i18next';
import { useNotice } from '../../components/Notice';
import type { Facility } from '../../../electron/contract/setup.contract';
import { formatPhone } from '../../../electron/contract/format';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useSignedInUser } from '../../app/session';
import { useDraft } from '../../components/drafts';
import { LeaveGuard } from '../../components/LeaveGuard';
import { FacilityFields } from '../../components/facility/FacilityFields';
import { KIND_ICONS } from '../../components/facility/kinds';
import { errorMessage, fieldErrors } from '../../components/errors';
import { PageLoading } from '../../components/LoadingScreen';
import { checkFacility, facilityInput, withoutFields, type FacilityForm, type FieldErrors } from '../../components/validation';

function toForm(f: Facility): FacilityForm {
  return {
    name: f.name,
    regionSoato: f.regionSoato,
    districtSoato: f.districtSoato,
    address: f.address,
    capacity: String(f.capacity),
    licenceNo: f.licenceNo ?? '',
    stir: f.stir ?? '',
    phone: formatPhone(f.phone),
  };
}

export function FacilitySettings() {
  const facility = useApiQuery('facility.get', {});
  if (!facility.data) return <PageLoading />;
  return <FacilityEditor facility={facility.data} />;
}

function FacilityEditor({ facility }: { facility: Facility }) {
  const { t } = useTranslation(['settings', 'common']);
  const user = useSignedInUser();
  const initial = useMemo(() => toForm(facility), [facility]);
  const draft = useDraft(`${user.id}.settings.facility`, initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const notify = useNotice();
  const save = useApiMutation('facility.update', { invalidates: ['facility.get', 'setup.status'] });
  const Icon = KIND_ICONS[facility.kind];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = checkFacility(draft.value);
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      const updated = await save.mutateAsync(facilityInput(draft.value));
      draft.reset(toForm(updated));
      notify(t('facility.saved'));
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  };

  return (
    <Paper variant="outlined" component="form" onSubmit={submit} noValidate sx={{ p: { xs: 2.5, md: 4 }, maxWidth: 960 }}>
      <LeaveGuard when={draft.dirty} onLeave={() => draft.reset()} />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap', mb: 3 }}>
        <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
          {t('facility.title')}
        </Typography>
        <Chip icon={<Icon />} label={t(`common:kinds.${facility.kind}.name`)} sx={{ fontWeight: 600 }} />
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: -2, mb: 3 }}>
        {t('facility.kindFixed')}
      </Typography>
      {draft.restored && draft.dirty && (
        <Alert severity="info" sx={{ mb: 3 }}>
          {t('common:draft.restored')}
        </Alert>
      )}
      {save.error && (
        <Alert severity="error" sx={{ mb: 3 }} role="alert">
          {errorMessage(save.error)}
        </Alert>
      )}
      <FacilityFields
        value={draft.value}
        onChange={(patch) => {
          draft.set(patch);
          setErrors((e) => withoutFields(e, patch));
        }}
        errors={errors}
        disabled={save.isPending}
      />
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', gap: 1.5, mt: 4, pt: 3, borderTop: 1, borderColor: 'divider' }}>
        <Button
          onClick={() => {
            setErrors({});
            save.reset();
            draft.reset();
          }}
          disabled={!draft.dirty || save.isPending}
        >
          {t('facility.undo')}
        </Button>
        <Button type="submit" variant="contained" startIcon={<SaveIcon />} disabled={!draft.dirty || save.isPending}>
          {t('common:actions.save')}
        </Button>
      </Box>
    </Paper>
  );
}
