import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  InputAdornment,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import TuneIcon from '@mui/icons-material/Tune';
import FlagIcon from '@mui/icons-material/Flag';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OverviewItem } from '../../../electron/contract/plans.schemas';
import { OVERVIEW_FILTERS } from '../../../electron/contract/plans.contract';
import { formatDate } from '../../../electron/contract/format';
import { useApiQuery } from '../../api/hooks';
import { useSignedInUser } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { PageLoading } from '../../components/LoadingScreen';
import { EmptyState } from '../../components/EmptyState';
import { errorMessage } from '../../components/errors';
import { ClientName, DueChip, PlanStatusChip } from './components/Chips';
import { usePlanLabels } from './labels';

type Filter = (typeof OVERVIEW_FILTERS)[number];

/** Every current client with where their assessment, plan and review stand; overdue in red, first. */
export function OverviewPage() {
  const { t } = useTranslation(['plans', 'common']);
  const user = useSignedInUser();
  const [params, setParams] = useSearchParams();
  const filter = (OVERVIEW_FILTERS as readonly string[]).includes(params.get('filter') ?? '') ? (params.get('filter') as Filter) : 'all';
  const [q, setQ] = useState('');
  const overview = useApiQuery('plans.overview', { filter, q: q.trim() || undefined }, { placeholderData: (prev) => prev });

  return (
    <>
      <PageHeader
        title={t('common:nav.plans')}
        subtitle={t('subtitle')}
        actions={
          user.role === 'manager' && (
            <Button component={RouterLink} to="/plans/services" startIcon={<TuneIcon />} variant="outlined">
              {t('servicesButton')}
            </Button>
          )
        }
      />
      {overview.isError && <Alert severity="error">{errorMessage(overview.error)}</Alert>}
      {!overview.data ? (
        !overview.isError && <PageLoading />
      ) : overview.data.counts.clients === 0 && !q ? (
        <EmptyState icon={FlagIcon} title={t('empty.title')} text={t('empty.text')} />
      ) : (
        <>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, mb: 2 }}>
            <ToggleButtonGroup
              exclusive
              value={filter}
              onChange={(_, v: Filter | null) => v && setParams(v === 'all' ? {} : { filter: v })}
              aria-label={t('col.plan')}
            >
              {OVERVIEW_FILTERS.map((f) => (
                <ToggleButton
                  key={f}
                  value={f}
                  sx={{ px: 2, color: f === 'overdue' && overview.data.counts.overdue ? 'error.main' : undefined }}
                >
                  {t(`filter.${f}`, { count: f === 'all' ? overview.data.counts.clients : overview.data.counts[f] })}
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
            <TextField
              value={q}
              onChange={(e) => setQ(e.target.value)}
              placeholder={t('search')}
              aria-label={t('search')}
              sx={{ maxWidth: { md: 360 } }}
              slotProps={{
                input: {
                  startAdornment: (
                    <InputAdornment position="start">
                      <SearchIcon />
                    </InputAdornment>
                  ),
                },
              }}
            />
          </Stack>
          <OverviewTable items={overview.data.items} />
        </>
      )}
    </>
  );
}

function OverviewTable({ items }: { items: OverviewItem[] }) {
  const { t } = useTranslation('plans');
  const navigate = useNavigate();
  if (!items.length)
    return (
      <Paper variant="outlined" sx={{ p: 4, textAlign: 'center' }}>
        <Typography color="text.secondary">{t('empty.filtered')}</Typography>
      </Paper>
    );
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table aria-label={t('col.client')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('col.client')}</TableCell>
            <TableCell>{t('col.assessment')}</TableCell>
            <TableCell>{t('col.plan')}</TableCell>
            <TableCell>{t('col.review')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((i) => (
            <TableRow
              key={i.client.id}
              hover={i.canOpen}
              data-client={i.client.code}
              onClick={i.canOpen ? () => navigate(`/plans/client/${i.client.id}`) : undefined}
              sx={{ cursor: i.canOpen ? 'pointer' : 'default' }}
              title={i.canOpen ? undefined : t('cannotOpen')}
            >
              <TableCell>
                {i.canOpen ? (
                  <Box
                    component={RouterLink}
                    to={`/plans/client/${i.client.id}`}
                    onClick={(e) => e.stopPropagation()}
                    sx={{ color: 'inherit', textDecoration: 'none' }}
                  >
                    <ClientName client={i.client} />
                  </Box>
                ) : (
                  <ClientName client={i.client} />
                )}
              </TableCell>
              <TableCell>
                <AssessmentCell item={i} />
              </TableCell>
              <TableCell>
                <PlanCell item={i} />
              </TableCell>
              <TableCell>
                {i.plan?.nextReviewOn ? (
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <Typography
                      variant="body2"
                      color={i.plan.reviewState === 'overdue' ? 'error' : undefined}
                      sx={{ fontWeight: i.plan.reviewState === 'overdue' ? 700 : 400 }}
                    >
                      {formatDate(i.plan.nextReviewOn)}
                    </Typography>
                    <DueChip state={i.plan.reviewState} />
                  </Stack>
                ) : (
                  <Typography variant="body2" color="text.secondary">
                    —
                  </Typography>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function AssessmentCell({ item }: { item: OverviewItem }) {
  const { t } = useTranslation('plans');
  const a = item.assessment;
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      {a.dueOn && a.dueKind && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="body2" color={a.overdue ? 'error' : undefined} sx={{ fontWeight: a.overdue ? 700 : 400 }}>
            {t(`due.${a.dueKind}`, { date: formatDate(a.dueOn) })}
          </Typography>
          {a.overdue && <DueChip state="overdueAssessment" />}
        </Stack>
      )}
      <Typography variant="body2" color="text.secondary">
        {a.draftId ? t('due.draft') : a.lastCompletedOn ? t('due.last', { date: formatDate(a.lastCompletedOn) }) : t('due.none')}
      </Typography>
    </Stack>
  );
}

function PlanCell({ item }: { item: OverviewItem }) {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  const p = item.plan;
  if (!p || p.status === 'closed')
    return (
      <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
        {p && <PlanStatusChip status={p.status} />}
        <Typography variant="body2" color={item.assessment.lastCompletedId ? 'warning.main' : 'text.secondary'}>
          {t('due.noPlan')}
        </Typography>
      </Stack>
    );
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <PlanStatusChip status={p.status} />
        <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }} data-plan-version>
          {t('version', { version: p.version })}
        </Typography>
      </Stack>
      {p.pendingStatus && (
        <Typography variant="body2" color={p.pendingStatus === 'submitted' ? 'warning.main' : 'text.secondary'}>
          {t('due.pending', { status: labels.planStatus[p.pendingStatus] })}
        </Typography>
      )}
    </Stack>
  );
}
