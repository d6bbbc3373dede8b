// Incidents: anyone reports, the manager reviews and closes; each shows who was involved (codes
// where names are hidden) and who was informed.
import { useState } from 'react';
import { Alert, Box, Button, Chip, Paper, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import ReportIcon from '@mui/icons-material/Report';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { INCIDENT_TYPES, type IncidentType } from '../../../electron/contract/daily.lists';
import type { IncidentOut } from '../../../electron/contract/index';
import { formatDate, formatDateTime } from '../../../electron/contract/format';
import { useApiQuery } from '../../api/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useSignedInUser } from '../../app/session';
import { EmptyState } from '../../components/EmptyState';
import { PageLoading } from '../../components/LoadingScreen';
import { errorMessage } from '../../components/errors';
import { IncidentDialog, IncidentNoteDialog } from './IncidentDialog';
import { NoticeBar, type Notice } from './shared';

type Filter = 'unclosed' | 'closed' | 'all';
const SEVERITY_COLOR = { low: 'default', moderate: 'warning', serious: 'error', critical: 'error' } as const;

export function Incidents() {
  const { t } = useTranslation('daily');
  const user = useSignedInUser();
  const queries = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [filter, setFilter] = useState<Filter>('unclosed');
  const list = useApiQuery('incidents.list', { status: filter });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [step, setStep] = useState<{ incident: IncidentOut; step: 'review' | 'close' } | null>(null);
  const asked = params.get('report');
  const [reporting, setReporting] = useState<{ type?: IncidentType; clientIds?: number[] } | null>(() =>
    asked !== null
      ? {
          type: (INCIDENT_TYPES as readonly string[]).includes(asked) ? (asked as IncidentType) : undefined,
          clientIds: (params.get('clients') ?? '').split(',').filter(Boolean).map(Number),
        }
      : null,
  );
  const refresh = () =>
    Promise.all(
      ['incidents.list', 'daily.today', 'careLog.list', 'careLog.handover'].map((m) => queries.invalidateQueries({ queryKey: [m] })),
    );

  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2, flexWrap: 'wrap' }}>
        <ToggleButtonGroup exclusive value={filter} onChange={(_, v: Filter | null) => v && setFilter(v)} aria-label={t('tabs.incidents')}>
          {(['unclosed', 'closed', 'all'] as const).map((f) => (
            <ToggleButton key={f} value={f} sx={{ minHeight: 44, px: 2 }}>
              {t(`incidents.filter.${f}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <Box sx={{ flex: 1 }} />
        <Button variant="contained" color="error" startIcon={<ReportIcon />} onClick={() => setReporting({})}>
          {t('incidents.report')}
        </Button>
      </Box>
      {list.isError ? (
        <Alert severity="error">{errorMessage(list.error)}</Alert>
      ) : !list.data ? (
        <PageLoading />
      ) : !list.data.length ? (
        <EmptyState icon={ReportIcon} title={t('incidents.empty')} text={t('incidents.emptyText')} />
      ) : (
        <Box sx={{ display: 'grid', gap: 1.5 }}>
          {list.data.map((i) => (
            <Paper key={i.id} variant="outlined" sx={{ p: 2 }} data-incident={i.number}>
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
                <Typography sx={{ fontWeight: 800 }}>{i.number}</Typography>
                <Chip label={t(`incidents.types.${i.type}`)} />
                <Chip color={SEVERITY_COLOR[i.severity]} variant="outlined" label={t(`incidents.severities.${i.severity}`)} />
                <Chip
                  color={i.status === 'open' ? 'error' : i.status === 'reviewed' ? 'warning' : 'success'}
                  label={t(`incidents.statuses.${i.status}`)}
                />
                <Typography color="text.secondary">
                  {formatDate(i.occurredDate)} {i.occurredTime} · {i.place}
                </Typography>
                <Box sx={{ flex: 1 }} />
                {user.role === 'manager' && i.status !== 'closed' && (
                  <Button variant="outlined" onClick={() => setStep({ incident: i, step: i.status === 'open' ? 'review' : 'close' })}>
                    {t(i.status === 'open' ? 'incidents.review' : 'incidents.close')}
                  </Button>
                )}
              </Box>
              <Typography sx={{ fontWeight: 600 }}>{i.people.map((p) => p.name ?? p.code).join(', ')}</Typography>
              {i.description ? (
                <>
                  <Typography sx={{ mt: 0.5, whiteSpace: 'pre-wrap' }}>{i.description}</Typography>
                  <Typography color="text.secondary" sx={{ mt: 0.5, whiteSpace: 'pre-wrap' }}>
                    {t('incidents.actions')}: {i.actionsTaken}
                  </Typography>
                </>
              ) : (
                <Typography color="text.secondary">{t('incidents.hidden')}</Typography>
              )}
              {i.informed.length > 0 && (
                <Typography variant="body2" sx={{ mt: 0.5 }}>
                  {t('incidents.informed')}: {i.informed.map((x) => t(`incidents.parties.${x.party}`)).join(', ')}
                </Typography>
              )}
              <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                {t('incidents.reported', { at: formatDateTime(i.reportedAt), by: i.reportedBy.name })}
              </Typography>
              {[
                i.review && [t('incidents.reviewed', { by: i.review.by, at: formatDateTime(i.review.at) }), i.review.note],
                i.closure && [t('incidents.closed', { by: i.closure.by, at: formatDateTime(i.closure.at) }), i.closure.note],
              ]
                .filter((x): x is string[] => !!x)
                .map(([who, note]) => (
                  <Typography key={who} variant="body2" sx={{ mt: 0.5 }}>
                    <b>{who}:</b> {note}
                  </Typography>
                ))}
            </Paper>
          ))}
        </Box>
      )}
      {reporting && (
        <IncidentDialog
          preset={reporting}
          onClose={() => {
            setReporting(null);
            setParams({});
          }}
          onSaved={(i) => {
            setReporting(null);
            setParams({});
            setNotice({ text: t('incidents.sent', { number: i.number }) });
            void refresh();
          }}
        />
      )}
      {step && (
        <IncidentNoteDialog
          incident={step.incident}
          step={step.step}
          onClose={() => setStep(null)}
          onSaved={() => {
            setStep(null);
            void refresh();
          }}
        />
      )}
      <NoticeBar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
