import { Box, Chip, Tooltip, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../../electron/contract/clients.schemas';
import type { PlanStatus, ReviewState } from '../../../../electron/contract/plans.schemas';
import { usePlanLabels } from '../labels';

const STATUS_COLOR: Record<PlanStatus, 'default' | 'primary' | 'success' | 'warning' | 'info'> = {
  draft: 'default',
  submitted: 'warning',
  approved: 'success',
  under_review: 'info',
  superseded: 'default',
  closed: 'default',
};

export function PlanStatusChip({ status }: { status: PlanStatus }) {
  const labels = usePlanLabels();
  return (
    <Chip
      size="small"
      label={labels.planStatus[status]}
      color={STATUS_COLOR[status]}
      variant={status === 'approved' ? 'filled' : 'outlined'}
    />
  );
}

/** Overdue in red with the word, due soon in amber: colour is never the only signal. */
export function DueChip({ state }: { state: ReviewState | 'overdueAssessment' }) {
  const { t } = useTranslation('plans');
  if (state === 'overdue' || state === 'overdueAssessment')
    return <Chip size="small" color="error" label={t('due.overdue')} sx={{ fontWeight: 700 }} />;
  if (state === 'dueSoon') return <Chip size="small" color="warning" variant="outlined" label={t('due.soon')} />;
  return null;
}

/** The client's name where the role may see it; otherwise the code with a small lock. */
export function ClientName({ client, variant = 'body1' }: { client: ClientSummary; variant?: 'body1' | 'h4' }) {
  const { t } = useTranslation('plans');
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
      {client.name ? (
        <Typography variant={variant} component="span" sx={{ fontWeight: variant === 'body1' ? 600 : undefined }}>
          {client.name}
        </Typography>
      ) : (
        <Tooltip title={t('nameHidden')}>
          <LockIcon fontSize="small" aria-label={t('nameHidden')} sx={{ color: 'text.secondary' }} />
        </Tooltip>
      )}
      <Typography variant="body2" color="text.secondary" component="span" sx={{ fontFamily: 'monospace' }}>
        {client.code}
      </Typography>
    </Box>
  );
}
