import { Box, Card, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Facility } from '../../../electron/contract/setup.contract';
import { formatPhone } from '../../../electron/contract/format';
import { KIND_ICONS } from '../../components/facility/kinds';
import { useApiQuery } from '../../api/hooks';
import type { UiLang } from '../../i18n/types';

/** The facility at a glance for the manager: kind, place, capacity (occupancy joins it with the beds area). */
export function FacilityCard({ facility }: { facility: Facility }) {
  const { t, i18n } = useTranslation(['home', 'common']);
  const lang = i18n.language as UiLang;
  const places = useApiQuery('reference.places', {}, { staleTime: Infinity }).data;
  const region = places?.regions.find((r) => r.soato === facility.regionSoato)?.[lang];
  const district = places?.districts.find((d) => d.soato === facility.districtSoato)?.[lang];
  const Icon = KIND_ICONS[facility.kind];
  return (
    <Card sx={{ p: 3 }}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2 }}>
        <Box
          sx={{
            width: 48,
            height: 48,
            borderRadius: 2,
            flex: 'none',
            display: 'grid',
            placeItems: 'center',
            bgcolor: 'primary.main',
            color: '#fff',
          }}
        >
          <Icon />
        </Box>
        <Box sx={{ minWidth: 0 }}>
          <Typography sx={{ fontWeight: 700 }} noWrap>
            {facility.name}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t(`common:kinds.${facility.kind}.name`)}
          </Typography>
        </Box>
      </Box>
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: 'auto 1fr',
          columnGap: 2,
          rowGap: 0.75,
          m: 0,
          '& dt': { color: 'text.secondary' },
          '& dd': { m: 0, fontWeight: 600 },
        }}
      >
        <dt>{t('facility.capacity')}</dt>
        <dd>{t('facility.places', { count: facility.capacity })}</dd>
        <dt>{t('facility.where')}</dt>
        <dd>{[district, region].filter(Boolean).join(', ')}</dd>
        {facility.phone && (
          <>
            <dt>{t('common:facility.phone')}</dt>
            <dd>{formatPhone(facility.phone)}</dd>
          </>
        )}
      </Box>
    </Card>
  );
}
