import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  Chip,
  FormControlLabel,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../electron/contract/format';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useSignedInUser } from '../../app/session';
import { PageLoading } from '../../components/LoadingScreen';
import { errorMessage, fieldErrors } from '../../components/errors';
import { Notice, useLang } from './shared';
import { ParameterDialog } from './RateDialogs';
import { TariffsCard } from './TariffsCard';

const KEY_ORDER = ['bcv', 'rate_age_3_7', 'rate_age_7_18', 'regional_coefficient', 'poor_family_supplement'];
const PROVIDER_FIELDS = ['legalName', 'stir', 'bankName', 'mfo', 'account', 'address', 'director', 'accountant'] as const;
type ProviderForm = Record<(typeof PROVIDER_FIELDS)[number], string>;

/** The BCV and PP-41 rates with their dates, the regional-centre flag, and the provider's details. */
export function SettingsPanel() {
  const { t } = useTranslation(['billing', 'common']);
  const manager = useSignedInUser().role === 'manager';
  const lang = useLang();
  const params = useApiQuery('billing.listParameters', {});
  const regional = useApiMutation('billing.setRegionalCentre', {
    invalidates: ['billing.listParameters', 'billing.prepareClaim', 'billing.dashboard'],
  });
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  if (!params.data) return params.error ? <Alert severity="error">{errorMessage(params.error)}</Alert> : <PageLoading />;
  return (
    <Box sx={{ display: 'grid', gap: 2.5, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, alignItems: 'start' }}>
      <Card sx={{ p: 2.5 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
          <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
            {t('settings.parameters')}
          </Typography>
          {manager && (
            <Button startIcon={<AddIcon />} onClick={() => setAdding(true)}>
              {t('params.add')}
            </Button>
          )}
        </Box>
        {!manager && (
          <Typography variant="body2" color="text.secondary">
            {t('settings.managerOnly')}
          </Typography>
        )}
        <FormControlLabel
          sx={{ my: 1 }}
          control={
            <Switch
              checked={params.data.regionalCentre}
              disabled={!manager || regional.isPending}
              onChange={(e) => regional.mutate({ regionalCentre: e.target.checked })}
            />
          }
          label={t('settings.regional')}
        />
        <Table size="small" aria-label={t('settings.parameters')}>
          <TableHead>
            <TableRow>
              <TableCell />
              <TableCell>{t('settings.from')}</TableCell>
              <TableCell align="right">{t('settings.value')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {[...params.data.parameters]
              .sort((a, b) => KEY_ORDER.indexOf(a.key) - KEY_ORDER.indexOf(b.key) || b.validFrom.localeCompare(a.validFrom))
              .map((p) => (
                <TableRow key={p.id}>
                  <TableCell>{t(`settings.key.${p.key}`)}</TableCell>
                  <TableCell>{formatDate(p.validFrom)}</TableCell>
                  <TableCell align="right">
                    {p.key === 'bcv' ? formatNumber(Number(p.value)) : lang === 'en' ? p.value : p.value.replace('.', ',')}
                    {p.shipped && <Chip size="small" label={t('settings.shipped')} sx={{ ml: 1 }} />}
                  </TableCell>
                </TableRow>
              ))}
          </TableBody>
        </Table>
      </Card>
      <ProviderCard onSaved={() => setNotice(t('settings.providerSaved'))} />
      <TariffsCard onAdded={() => setNotice(t('tariffs.saved'))} />
      {adding && (
        <ParameterDialog
          onClose={(added) => {
            setAdding(false);
            if (added) setNotice(t('settings.added'));
          }}
        />
      )}
      <Notice text={notice} onClose={() => setNotice(null)} />
    </Box>
  );
}

function ProviderCard({ onSaved }: { onSaved(): void }) {
  const q = useApiQuery('billing.getProvider', {});
  if (!q.data) return <PageLoading />;
  return <ProviderForm initial={Object.fromEntries(PROVIDER_FIELDS.map((k) => [k, q.data[k] ?? ''])) as ProviderForm} onSaved={onSaved} />;
}

function ProviderForm({ initial, onSaved }: { initial: ProviderForm; onSaved(): void }) {
  const { t } = useTranslation(['billing', 'common']);
  const save = useApiMutation('billing.updateProvider', { invalidates: ['billing.getProvider'], onSuccess: onSaved });
  const [v, setV] = useState<ProviderForm>(initial);
  const errors = fieldErrors(save.error);
  return (
    <Card
      sx={{ p: 2.5, display: 'grid', gap: 1.5 }}
      component="form"
      onSubmit={(e) => (e.preventDefault(), save.mutate(Object.fromEntries(PROVIDER_FIELDS.map((k) => [k, v[k].trim() || null]))))}
    >
      <Typography variant="h6" component="h2">
        {t('settings.provider')}
      </Typography>
      {save.error && !Object.keys(errors).length && <Alert severity="error">{errorMessage(save.error)}</Alert>}
      {PROVIDER_FIELDS.map((k) => (
        <TextField
          key={k}
          size="small"
          name={k}
          label={t(`settings.${k}`)}
          value={v[k]}
          onChange={(e) => setV({ ...v, [k]: e.target.value })}
          error={!!errors[k]}
          helperText={errors[k]}
        />
      ))}
      <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
        <Button type="submit" variant="contained" disabled={save.isPending}>
          {t('common:actions.save')}
        </Button>
      </Box>
    </Card>
  );
}
