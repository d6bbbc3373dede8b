import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  Snackbar,
  Step,
  StepLabel,
  Stepper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import SendIcon from '@mui/icons-material/Send';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import PaymentsIcon from '@mui/icons-material/Payments';
import ReplayIcon from '@mui/icons-material/Replay';
import { useTranslation } from 'react-i18next';
import type { ClaimOut } from '../../../electron/contract/billing-claims.contract';
import { formatDate, formatDateTime, formatNumber } from '../../../electron/contract/format';
import { call } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageLoading } from '../../components/LoadingScreen';
import { errorMessage } from '../../components/errors';
import { AnswerDialog, SubmitDialog } from './ClaimDialogs';
import { CorrectionsCard, ReclaimDialog } from './CorrectionsCard';
import { MonthField, PdfButton, StatusChip, som, useLabel, useLang, useMonthParam } from './shared';

const REFRESH = ['billing.prepareClaim', 'billing.dashboard', 'billing.listClaims'] as const;

function activeStep(c: ClaimOut): number {
  if (c.status === 'draft') return c.exceptions.length ? 1 : 2;
  if (c.status === 'issued') return 3;
  if (c.status === 'submitted') return 4;
  return 5;
}

/** Prepare → check exceptions → issue → submit → record the payment, for one month. */
export function ClaimPanel() {
  const { t } = useTranslation('billing');
  const lang = useLang();
  const [month, setMonth] = useMonthParam();
  const q = useApiQuery('billing.prepareClaim', { month });
  const issue = useApiMutation('billing.issueClaim', { invalidates: [...REFRESH] });
  const [asking, setAsking] = useState<'issue' | 'submit' | 'answer' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [reclaiming, setReclaiming] = useState<ClaimOut['lines'][number] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const c = q.data;
  const monthName = `${month.slice(5, 7)}.${month.slice(0, 4)}`;

  return (
    <Box sx={{ display: 'grid', gap: 2.5 }}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <MonthField value={month} onChange={setMonth} />
        {c && (
          <>
            <Typography variant="h6" component="h2" data-testid="claim-number">
              {c.number ?? t('claim.steps.prepare')}
            </Typography>
            <StatusChip status={c.status} />
            <Box sx={{ flex: 1 }} />
            <PdfButton make={(l) => call('billing.claimPdf', { month, lang: l })} onError={setError} />
          </>
        )}
      </Box>
      {q.error && <Alert severity="error">{errorMessage(q.error)}</Alert>}
      {error && (
        <Alert severity="error" onClose={() => setError(null)} role="alert">
          {error}
        </Alert>
      )}
      {!c ? (
        !q.error && <PageLoading />
      ) : (
        <>
          <Stepper activeStep={activeStep(c)} alternativeLabel>
            {(['prepare', 'check', 'issue', 'submit', 'answer'] as const).map((s) => (
              <Step key={s}>
                <StepLabel>{t(`claim.steps.${s}`)}</StepLabel>
              </Step>
            ))}
          </Stepper>
          {c.status === 'draft' ? (
            <Alert severity="info">{t('claim.draftNote')}</Alert>
          ) : (
            <Typography color="text.secondary">
              {[
                c.issuedAt && t('claim.issuedAt', { date: formatDateTime(c.issuedAt) }),
                c.submittedOn && t('claim.submittedAt', { date: formatDate(c.submittedOn) }),
                c.answeredOn && t('claim.answeredAt', { date: formatDate(c.answeredOn), amount: som(c.paidAmount ?? 0, lang) }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography>
          )}
          <LinesCard claim={c} onReclaim={setReclaiming} />
          <ExceptionsCard claim={c} />
          <CorrectionsCard />
          <Box sx={{ display: 'flex', gap: 1.5, justifyContent: 'flex-end', flexWrap: 'wrap' }}>
            {c.status === 'draft' && (
              <Button variant="contained" size="large" startIcon={<TaskAltIcon />} onClick={() => setAsking('issue')}>
                {t('claim.issue')}
              </Button>
            )}
            {c.status === 'issued' && (
              <Button variant="contained" startIcon={<SendIcon />} onClick={() => setAsking('submit')}>
                {t('claim.submit')}
              </Button>
            )}
            {(c.status === 'issued' || c.status === 'submitted') && (
              <Button
                variant={c.status === 'submitted' ? 'contained' : 'outlined'}
                startIcon={<PaymentsIcon />}
                onClick={() => setAsking('answer')}
              >
                {t('claim.answer')}
              </Button>
            )}
          </Box>
          <ConfirmDialog
            open={asking === 'issue'}
            title={t('claim.issueTitle', { month: monthName })}
            confirmLabel={t('claim.issueConfirm')}
            onCancel={() => setAsking(null)}
            onConfirm={async () => {
              const issued = await issue.mutateAsync({ month });
              setAsking(null);
              setNotice(t('claim.issued', { number: issued.number }));
            }}
          >
            {t('claim.issueText')}
          </ConfirmDialog>
          {c.id && asking === 'submit' && <SubmitDialog claim={c} onClose={() => setAsking(null)} />}
          {c.id && asking === 'answer' && <AnswerDialog claim={c} onClose={() => setAsking(null)} />}
          {reclaiming && (
            <ReclaimDialog
              claim={c}
              line={reclaiming}
              onClose={(days) => (setReclaiming(null), days && setNotice(t('reclaim.done', { n: days })))}
            />
          )}
        </>
      )}
      <Snackbar
        open={!!notice}
        autoHideDuration={5000}
        onClose={() => setNotice(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity="success" variant="filled" onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      </Snackbar>
    </Box>
  );
}

function LinesCard({ claim: c, onReclaim }: { claim: ClaimOut; onReclaim(line: ClaimOut['lines'][number]): void }) {
  const { t } = useTranslation('billing');
  const lang = useLang();
  const label = useLabel();
  const sum = (k: 'days' | 'days3to7' | 'days7to18' | 'daysPoor') => c.lines.reduce((s, l) => s + l[k], 0);
  return (
    <Card sx={{ p: 2 }}>
      <Typography variant="h6" component="h3" gutterBottom>
        {t('claim.lines')}
      </Typography>
      {c.lines.length === 0 ? (
        <Typography color="text.secondary">{t('claim.noLines')}</Typography>
      ) : (
        <Table size="small" aria-label={t('claim.lines')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('claim.col.client')}</TableCell>
              <TableCell align="right">{t('claim.col.days')}</TableCell>
              <TableCell align="right">{t('claim.col.d37')}</TableCell>
              <TableCell align="right">{t('claim.col.d718')}</TableCell>
              <TableCell align="right">{t('claim.col.poor')}</TableCell>
              <TableCell align="right">{t('claim.col.amount')}</TableCell>
              {c.status !== 'draft' && <TableCell>{t('claim.col.outcome')}</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {c.lines.map((l) => (
              <TableRow key={`${l.lineNo}`} data-testid="claim-line">
                <TableCell>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {l.clientCode}
                    {l.clientName ? ` — ${l.clientName}` : ''}
                  </Typography>
                  {l.program !== 'day_care_child' && <Typography variant="caption">{label('program', l.program)}</Typography>}
                  {l.kind === 'adjustment' && (
                    <Typography variant="caption" color="warning.main" sx={{ display: 'block' }}>
                      {t('claim.adjustment', { ref: l.refClaimNumber })}
                    </Typography>
                  )}
                </TableCell>
                <TableCell align="right">{l.days}</TableCell>
                <TableCell align="right">{l.days3to7}</TableCell>
                <TableCell align="right">{l.days7to18}</TableCell>
                <TableCell align="right">{l.daysPoor}</TableCell>
                <TableCell align="right">{formatNumber(l.amount)}</TableCell>
                {c.status !== 'draft' && (
                  <TableCell>
                    {l.outcome && <StatusChip status={l.outcome} />} {l.rejectedReason}
                    {l.reclaimable && (
                      <Button size="small" startIcon={<ReplayIcon />} onClick={() => onReclaim(l)} sx={{ display: 'flex', mt: 0.5 }}>
                        {t('reclaim.button')}
                      </Button>
                    )}
                  </TableCell>
                )}
              </TableRow>
            ))}
            <TableRow sx={{ '& td': { fontWeight: 700 } }}>
              <TableCell>{t('claim.total')}</TableCell>
              <TableCell align="right">{sum('days')}</TableCell>
              <TableCell align="right">{sum('days3to7')}</TableCell>
              <TableCell align="right">{sum('days7to18')}</TableCell>
              <TableCell align="right">{sum('daysPoor')}</TableCell>
              <TableCell align="right" data-testid="claim-total">
                {som(c.total, lang)}
              </TableCell>
              {c.status !== 'draft' && <TableCell />}
            </TableRow>
          </TableBody>
        </Table>
      )}
    </Card>
  );
}

function ExceptionsCard({ claim: c }: { claim: ClaimOut }) {
  const { t } = useTranslation('billing');
  const label = useLabel();
  return (
    <Card sx={{ p: 2, borderColor: c.exceptions.length ? 'warning.main' : undefined }} variant="outlined">
      <Typography variant="h6" component="h3" gutterBottom>
        {t('claim.exceptions')}
      </Typography>
      {c.exceptions.length === 0 ? (
        <Typography color="success.main">{t('claim.noExceptions')}</Typography>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t('claim.exceptionsHelp')}
          </Typography>
          <Table size="small" aria-label={t('claim.exceptions')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('claim.col2.client')}</TableCell>
                <TableCell>{t('claim.col2.date')}</TableCell>
                <TableCell>{t('claim.col2.reason')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {c.exceptions.map((e) => (
                <TableRow key={`${e.clientId}-${e.date}-${e.reason}`} data-testid="claim-exception">
                  <TableCell>{e.clientCode}</TableCell>
                  <TableCell>{formatDate(e.date)}</TableCell>
                  <TableCell>{label('reason', e.reason)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </Card>
  );
}
