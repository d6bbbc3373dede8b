import { Box, Chip, Tooltip, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { useTranslation } from 'react-i18next';
import type { ClientStatus } from '../../../electron/contract/clients.codes';
import type { FacilityKind } from '../../../electron/contract/setup.contract';
import { useApiQuery } from '../../api/hooks';

/** The facility's kind decides which fields and words the register shows. */
export function useFacilityKind(): FacilityKind | undefined {
  return useApiQuery('facility.get', {}, { staleTime: Infinity }).data?.kind;
}

export const isResidential = (kind: FacilityKind | undefined) => kind !== 'day_care';
export const isAnonymousKind = (kind: FacilityKind | undefined) => kind === 'women_center' || kind === 'trafficking_shelter';

/** Whole years between an ISO birth date and today (ISO). */
export function ageOn(birth: string | null, today: string): number | null {
  if (!birth) return null;
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** A client's name, or a lock and "name hidden" where the role may not see it (never blank). */
export function ClientName({
  name,
  hidden,
  variant = 'body1',
}: {
  name: string | null;
  hidden: boolean;
  variant?: 'body1' | 'body2' | 'h4';
}) {
  const { t } = useTranslation('clients');
  if (!hidden && name)
    return (
      <Typography variant={variant} component="span" sx={{ fontWeight: variant === 'h4' ? 700 : 600 }}>
        {name}
      </Typography>
    );
  return (
    <Tooltip title={t('hidden.tooltip')}>
      <Box
        component="span"
        sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: 'text.secondary' }}
        data-testid="name-hidden"
      >
        <LockIcon sx={{ fontSize: variant === 'h4' ? 26 : 17 }} aria-hidden />
        <Typography variant={variant} component="span" sx={{ fontStyle: 'italic' }}>
          {t('hidden.name')}
        </Typography>
      </Box>
    </Tooltip>
  );
}

const STATUS_COLOR: Record<ClientStatus, 'default' | 'success' | 'warning' | 'info'> = {
  new: 'info',
  active: 'success',
  away: 'warning',
  discharged: 'default',
};

export function StatusChip({ status, size = 'small' }: { status: ClientStatus; size?: 'small' | 'medium' }) {
  const { t } = useTranslation('clients');
  return (
    <Chip
      size={size}
      color={STATUS_COLOR[status]}
      variant={status === 'discharged' ? 'outlined' : 'filled'}
      label={t(`status.${status}`)}
    />
  );
}

/** The client code in a monospace-like, unmistakable form. */
export function Code({ code }: { code: string }) {
  return (
    <Box
      component="span"
      sx={{
        fontFamily: '"Noto Sans Mono", ui-monospace, Consolas, monospace',
        fontWeight: 600,
        letterSpacing: '0.02em',
        whiteSpace: 'nowrap',
      }}
    >
      {code}
    </Box>
  );
}

/** Where someone is: room and bed, or group. */
export function usePlaceLabel() {
  const { t } = useTranslation('clients');
  return (p: { room: { name: string } | null; bed: { label: string } | null; group: { name: string } | null }) => {
    const parts: string[] = [];
    if (p.room && p.bed) parts.push(t('page.placedIn', { room: p.room.name, bed: p.bed.label }));
    else if (p.room) parts.push(p.room.name);
    if (p.group) parts.push(t('page.inGroup', { group: p.group.name }));
    return parts.join(' · ');
  };
}
