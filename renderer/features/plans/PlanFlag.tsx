// The client list's overdue flags (the clients area mounts them): one query for the page of clients shown.
import { Chip, Stack } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../electron/contract/core';
import { PLAN_READERS } from '../../../electron/contract/assessments.contract';
import { useApiQuery } from '../../api/hooks';

type Flag = { assessmentOverdue: boolean; reviewOverdue: boolean };

/** Overdue flags by client id, for the roles that may see plans (never the accountant). */
export function usePlanFlags(clientIds: number[], role: Role): Map<number, Flag> {
  const allowed = (PLAN_READERS as readonly Role[]).includes(role);
  const flags = useApiQuery('plans.flags', { clientIds }, { enabled: allowed && clientIds.length > 0 });
  return new Map((flags.data ?? []).map((f) => [f.clientId, f]));
}

/** A red "overdue" mark under the client's status, linking to the client's plans; nothing when all is on time. */
export function PlanFlag({ clientId, flag }: { clientId: number; flag: Flag | undefined }) {
  const { t } = useTranslation('plans');
  if (!flag || (!flag.assessmentOverdue && !flag.reviewOverdue)) return null;
  return (
    <Stack spacing={0.5} sx={{ mt: 0.5, alignItems: 'flex-start' }}>
      {flag.reviewOverdue && (
        <Chip
          size="small"
          color="error"
          clickable
          component={RouterLink}
          to={`/plans/client/${clientId}`}
          onClick={(e: React.MouseEvent) => e.stopPropagation()}
          label={t('flag.reviewOverdue')}
        />
      )}
      {flag.assessmentOverdue && (
        <Chip
          size="small"
          color="error"
          variant="outlined"
          clickable
          component={RouterLink}
          to={`/plans/client/${clientId}`}
          onClick={(e: React.MouseEvent) => e.stopPropagation()}
          label={t('flag.assessmentOverdue')}
        />
      )}
    </Stack>
  );
}
