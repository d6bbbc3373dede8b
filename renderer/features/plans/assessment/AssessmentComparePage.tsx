import { Alert, Box, Button, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AssessmentCompare } from '../../../../electron/contract/plans.schemas';
import { formatDate } from '../../../../electron/contract/format';
import { useApiQuery } from '../../../api/hooks';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoading } from '../../../components/LoadingScreen';
import { errorMessage } from '../../../components/errors';
import { usePlanLabels } from '../labels';

/** Two assessments side by side: each domain's rating then and now, what changed, in words and numbers. */
export function AssessmentComparePage() {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  const [params] = useSearchParams();
  const cmp = useApiQuery('assessments.compare', { a: Number(params.get('a')), b: Number(params.get('b')) });
  if (cmp.isError) return <Alert severity="error">{errorMessage(cmp.error)}</Alert>;
  if (!cmp.data) return <PageLoading />;
  const c = cmp.data;
  const head = (side: AssessmentCompare['a']) => `${formatDate(side.assessedOn)} · ${labels.assessmentKind[side.kind]}`;
  return (
    <>
      <Button component={RouterLink} to={`/plans/client/${c.client.id}`} startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>
        {c.client.name ?? c.client.code}
      </Button>
      <PageHeader title={t('assessment.compareTitle')} subtitle={`${c.client.code} · ${head(c.a)} → ${head(c.b)}`} />
      <TableContainer component={Paper} variant="outlined">
        <Table aria-label={t('assessment.compareTitle')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('plan.domain')}</TableCell>
              <TableCell>{head(c.a)}</TableCell>
              <TableCell>{head(c.b)}</TableCell>
              <TableCell>{t('assessment.change')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {c.domains.map((d) => (
              <TableRow key={d.domain} data-domain={d.domain}>
                <TableCell sx={{ fontWeight: 600 }}>{labels.domain[d.domain]}</TableCell>
                {[d.a, d.b].map((x, i) => (
                  <TableCell key={i}>
                    <Typography sx={{ fontWeight: 700 }}>{x?.rating ?? '—'}</Typography>
                    {x?.needs && (
                      <Typography variant="body2" color="text.secondary">
                        {t('assessment.needs')}: {x.needs}
                      </Typography>
                    )}
                    {x?.strengths && (
                      <Typography variant="body2" color="text.secondary">
                        {t('assessment.strengths')}: {x.strengths}
                      </Typography>
                    )}
                  </TableCell>
                ))}
                <TableCell>
                  <Change value={d.change} />
                </TableCell>
              </TableRow>
            ))}
            {c.barthel && <ScaleRow label={t('assessment.barthel')} a={c.barthel.a} b={c.barthel.b} max={100} />}
            {c.lawton && <ScaleRow label={t('assessment.lawton')} a={c.lawton.a} b={c.lawton.b} max={8} />}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}

function Change({ value }: { value: number | null }) {
  const { t } = useTranslation('plans');
  if (value === null) return <Typography color="text.secondary">—</Typography>;
  const word = value > 0 ? t('assessment.better') : value < 0 ? t('assessment.worse') : t('assessment.same');
  return (
    <Box component="span" sx={{ fontWeight: 700, color: value > 0 ? 'success.main' : value < 0 ? 'error.main' : 'text.secondary' }}>
      {value > 0 ? `+${value}` : value} {word}
    </Box>
  );
}

function ScaleRow({ label, a, b, max }: { label: string; a: number | null; b: number | null; max: number }) {
  return (
    <TableRow>
      <TableCell sx={{ fontWeight: 600 }}>{label}</TableCell>
      <TableCell>{a === null ? '—' : `${a} / ${max}`}</TableCell>
      <TableCell>{b === null ? '—' : `${b} / ${max}`}</TableCell>
      <TableCell>
        <Change value={a !== null && b !== null ? b - a : null} />
      </TableCell>
    </TableRow>
  );
}
