import { Box, Card, CardActionArea, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { useTranslation } from 'react-i18next';
import type { FacilityKind } from '../../../electron/contract/setup.contract';
import { FACILITY_KINDS, KIND_ICONS } from '../../components/facility/kinds';

/** Four big cards: the kind decides which areas and documents the facility gets, so each says who it serves. */
export function KindStep({ value, onChange }: { value: FacilityKind | ''; onChange(kind: FacilityKind): void }) {
  const { t } = useTranslation(['setup', 'common']);
  return (
    <Box role="radiogroup" aria-label={t('kind.title')} sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2 }}>
      {FACILITY_KINDS.map((kind) => {
        const Icon = KIND_ICONS[kind];
        const selected = value === kind;
        return (
          <Card
            key={kind}
            sx={{
              borderWidth: 2,
              borderColor: selected ? 'primary.main' : 'divider',
              bgcolor: selected ? 'rgba(29,92,122,0.05)' : 'background.paper',
              position: 'relative',
            }}
          >
            <CardActionArea
              role="radio"
              aria-checked={selected}
              onClick={() => onChange(kind)}
              data-kind={kind}
              sx={{ p: 2, height: '100%', display: 'flex', alignItems: 'flex-start', gap: 2 }}
            >
              <Box
                sx={{
                  width: 56,
                  height: 56,
                  flex: 'none',
                  borderRadius: 2,
                  display: 'grid',
                  placeItems: 'center',
                  bgcolor: selected ? 'primary.main' : 'rgba(29,92,122,0.1)',
                  color: selected ? '#fff' : 'primary.main',
                }}
              >
                <Icon sx={{ fontSize: 32 }} />
              </Box>
              <Box sx={{ flex: 1, pr: 3 }}>
                <Typography variant="h6" component="span" sx={{ display: 'block', mb: 0.5 }}>
                  {t(`common:kinds.${kind}.name`)}
                </Typography>
                <Typography variant="body2" color="text.secondary" component="span">
                  {t(`common:kinds.${kind}.hint`)}
                </Typography>
              </Box>
              {selected && <CheckCircleIcon color="primary" sx={{ position: 'absolute', top: 12, right: 12 }} />}
            </CardActionArea>
          </Card>
        );
      })}
    </Box>
  );
}
