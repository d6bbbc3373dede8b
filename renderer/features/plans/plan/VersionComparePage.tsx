import {
  Alert,
  Box,
  Button,
  Chip,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { VersionCompare } from '../../../../electron/contract/index';
import { formatDate } from '../../../../electron/contract/format';
import { useApiQuery } from '../../../api/hooks';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoading } from '../../../components/LoadingScreen';
import { errorMessage } from '../../../components/errors';
import { usePlanLabels } from '../labels';

type Snapshot = NonNullable<VersionCompare['goals'][number]['a']>;
const CHANGE_COLOR = { added: 'success', removed: 'error', changed: 'warning', same: 'default' } as const;

/** Two versions of one plan side by side: the plan's own fields that changed, then each goal added, removed or changed. */
export function VersionComparePage() {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  const [params] = useSearchParams();
  const cmp = useApiQuery('plans.compareVersions', { a: Number(params.get('a')), b: Number(params.get('b')) });
  if (cmp.isError) return <Alert severity="error">{errorMessage(cmp.error)}</Alert>;
  if (!cmp.data) return <PageLoading />;
  const c = cmp.data;
  const va = t('version', { version: c.a.version });
  const vb = t('version', { version: c.b.version });
  return (
    <>
      <Button component={RouterLink} to={`/plans/version/${c.b.id}`} startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>
        {vb}
      </Button>
      <PageHeader title={t('plan.compareTitle')} subtitle={`${c.client.name ?? c.client.code} · ${va} → ${vb}`} />
      {c.fields.length > 0 && (
        <TableContainer component={Paper} variant="outlined" sx={{ mb: 2.5 }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell />
                <TableCell>{va}</TableCell>
                <TableCell>{vb}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {c.fields.map((f) => (
                <TableRow key={f.field}>
                  <TableCell sx={{ fontWeight: 600 }}>{t(`plan.field.${f.field}` as 'plan.field.aim')}</TableCell>
                  <TableCell>{f.a ?? '—'}</TableCell>
                  <TableCell>{f.b ?? '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <Stack spacing={2}>
        {c.goals.map((g) => (
          <Paper key={g.goalNo} variant="outlined" sx={{ p: 2.5 }} data-goal-no={g.goalNo}>
            <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', mb: 1.5 }}>
              <Typography variant="h6" component="h2">
                {t('plan.goal', { no: g.goalNo })}
              </Typography>
              <Chip
                size="small"
                color={CHANGE_COLOR[g.change]}
                label={t(`plan.changed.${g.change}`)}
                variant={g.change === 'same' ? 'outlined' : 'filled'}
              />
              {g.changed.length > 0 && (
                <Typography variant="body2" color="text.secondary">
                  {g.changed.map((f) => t(`plan.field.${f}` as 'plan.field.aim')).join(', ')}
                </Typography>
              )}
            </Stack>
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
              <Side title={va} goal={g.a} changed={g.changed} labels={labels} />
              <Side title={vb} goal={g.b} changed={g.changed} labels={labels} />
            </Box>
          </Paper>
        ))}
      </Stack>
    </>
  );
}

function Side({
  title,
  goal,
  changed,
  labels,
}: {
  title: string;
  goal: Snapshot | null;
  changed: string[];
  labels: ReturnType<typeof usePlanLabels>;
}) {
  const { t } = useTranslation('plans');
  const mark = (f: string) => (changed.includes(f) ? { bgcolor: 'rgba(224,161,0,0.18)', px: 0.5, borderRadius: 1 } : {});
  return (
    <Box
      sx={{ p: 1.5, borderRadius: 2, bgcolor: goal ? 'rgba(29,92,122,0.03)' : 'transparent', border: goal ? 'none' : '1px dashed #ccd' }}
    >
      <Typography variant="overline" color="text.secondary">
        {title}
      </Typography>
      {goal ? (
        <>
          <Typography sx={{ fontWeight: 700, ...mark('title') }}>{goal.title}</Typography>
          <Typography variant="body2" sx={mark('domain')}>
            {labels.domain[goal.domain]}
          </Typography>
          <Typography variant="body2" sx={{ ...mark('baseline'), ...mark('target'), ...mark('targetDate') }}>
            {t('review.scale', { baseline: goal.baseline, target: goal.target, date: formatDate(goal.targetDate) })}
          </Typography>
          <Box component="ul" sx={{ pl: 2.5, my: 1, ...mark('activities') }}>
            {goal.activities.map((a) => (
              <li key={a.activityNo}>
                <Typography variant="body2">
                  {a.what}
                  {a.responsible && ` — ${a.responsible}`}
                  {` (${a.per === 'as_needed' ? labels.per.as_needed : `${a.times ?? ''} × ${labels.per[a.per]}`})`}
                </Typography>
              </li>
            ))}
          </Box>
        </>
      ) : (
        <Typography color="text.secondary">—</Typography>
      )}
    </Box>
  );
}
