import { Box, Button, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import AddTaskIcon from '@mui/icons-material/AddTask';
import { useTranslation } from 'react-i18next';
import type { GoalOut } from '../../../../electron/contract/index';
import { formatDate } from '../../../../electron/contract/format';
import { ProgressBar } from '../components/ProgressBar';
import { usePlanLabels } from '../labels';

/** A goal as approved: from which rating to which, where the last review found it, and planned against delivered. */
export function GoalView({
  goal: g,
  showDelivery,
  onRecord,
}: {
  goal: GoalOut;
  showDelivery: boolean;
  onRecord?: (activityId: number) => void;
}) {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} component="section" aria-label={t('plan.goal', { no: g.goalNo })} data-goal-no={g.goalNo}>
      <Typography variant="body2" color="text.secondary">
        {t('plan.goal', { no: g.goalNo })} · {labels.domain[g.domain]}
      </Typography>
      <Typography variant="h6" component="h3">
        {g.title}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1.5 }}>
        {t('review.scale', { baseline: g.baseline, target: g.target, date: formatDate(g.targetDate) })}
      </Typography>
      <Box sx={{ maxWidth: 520, mb: 1.5 }}>
        <ProgressBar percent={g.progress} label={t('progressOf', { title: g.title })} />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {g.latest
            ? t('plan.latest', { rating: g.latest.rating ?? '—', status: g.latest.status ? labels.goalStatus[g.latest.status] : '—' }) +
              ` · ${formatDate(g.latest.reviewedOn)}`
            : t('plan.noLatest')}
        </Typography>
      </Box>
      <Table size="small" aria-label={t('plan.activities')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('plan.what')}</TableCell>
            <TableCell>{t('plan.service')}</TableCell>
            <TableCell>{t('plan.responsible')}</TableCell>
            <TableCell>{t('plan.per')}</TableCell>
            <TableCell>{t('plan.place')}</TableCell>
            {showDelivery && <TableCell align="right">{t('plan.planned')}</TableCell>}
            {onRecord && <TableCell />}
          </TableRow>
        </TableHead>
        <TableBody>
          {g.activities.map((a) => (
            <TableRow key={a.id}>
              <TableCell>{a.what}</TableCell>
              <TableCell>{a.service?.name ?? '—'}</TableCell>
              <TableCell>{a.responsibleUser?.name ?? a.responsibleExternal ?? '—'}</TableCell>
              <TableCell>{a.per === 'as_needed' ? labels.per.as_needed : `${a.times ?? ''} × ${labels.per[a.per]}`}</TableCell>
              <TableCell>{a.place ?? '—'}</TableCell>
              {showDelivery && (
                <TableCell
                  align="right"
                  sx={{
                    whiteSpace: 'nowrap',
                    color: a.planned !== null && a.delivered < a.planned ? 'warning.main' : undefined,
                    fontWeight: 600,
                  }}
                >
                  {t('plan.plannedValue', { delivered: a.delivered, planned: a.planned ?? '—' })}
                  {a.minutes > 0 && (
                    <Typography variant="body2" color="text.secondary" component="div">
                      {t('plan.minutes', { count: a.minutes })}
                    </Typography>
                  )}
                </TableCell>
              )}
              {onRecord && (
                <TableCell align="right">
                  <Button
                    size="small"
                    sx={{ whiteSpace: 'nowrap' }}
                    startIcon={<AddTaskIcon />}
                    onClick={() => onRecord(a.id)}
                    aria-label={`${t('delivery.record')}: ${a.what}`}
                  >
                    {t('delivery.save')}
                  </Button>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
