// Today's medication round by time: one tap "given" for the common case; refused, missed, not
// available or away in a small dialog with the reason. Late doses stand out; an absence explains.
import { useState } from 'react';
import { Alert, Box, Button, Chip, Paper, Typography } from '@mui/material';
import MedicationIcon from '@mui/icons-material/Medication';
import CheckIcon from '@mui/icons-material/Check';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../electron/contract/format';
import type { RoundDose } from '../../../electron/contract/index';
import { useApiQuery } from '../../api/hooks';
import { call } from '../../api/client';
import { useQueryClient } from '@tanstack/react-query';
import { useSignedInUser } from '../../app/session';
import { EmptyState } from '../../components/EmptyState';
import { PageLoading } from '../../components/LoadingScreen';
import { errorMessage } from '../../components/errors';
import { DoseDialog, PrnDialog, PrnCorrectDialog, type PrnItem } from './MedicationDialogs';
import { Prescriptions } from './Prescriptions';
import { CodeLine, NoticeBar, PersonName, type Notice } from './shared';
import { DayPicker, usePickedDay } from './DayPicker';

export function MedicationRound() {
  const { t } = useTranslation('daily');
  const user = useSignedInUser();
  const queries = useQueryClient();
  // An earlier day's round is read back; the manager records what the paper says was given then.
  const { date, setDate, day, past } = usePickedDay();
  const round = useApiQuery('medication.round', past ? { date: day } : {}, { refetchInterval: 60_000 });
  const mayRecord = !past || user.role === 'manager';
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dose, setDose] = useState<RoundDose | null>(null);
  const [prn, setPrn] = useState<PrnItem | null>(null);
  const [prnFix, setPrnFix] = useState<{ item: PrnItem; dose: PrnItem['doses'][number] } | null>(null);
  const [busy, setBusy] = useState(false);

  if (round.isError) return <Alert severity="error">{errorMessage(round.error)}</Alert>;
  if (!round.data) return <PageLoading />;
  const refresh = () => Promise.all(['medication.round', 'daily.today'].map((m) => queries.invalidateQueries({ queryKey: [m] })));
  const give = async (d: RoundDose) => {
    setBusy(true);
    try {
      const r = await call('medication.record', { prescriptionId: d.prescriptionId, scheduledTime: d.scheduledTime, status: 'given' });
      await refresh();
      setNotice({ text: t('mar.savedDose', { medicine: r.medicine, status: t('mar.status.given') }) });
    } catch (e) {
      setNotice({ text: errorMessage(e), severity: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const times = [...new Set(round.data.doses.map((d) => d.scheduledTime))];
  const empty = !round.data.doses.length && !round.data.prn.length;

  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2, flexWrap: 'wrap' }}>
        <DayPicker value={date} onChange={setDate} />
        {past && (
          <Typography color="text.secondary" data-testid="round-past">
            {t(mayRecord ? 'mar.pastManager' : 'mar.pastReadOnly')}
          </Typography>
        )}
      </Box>
      {empty && <EmptyState icon={MedicationIcon} title={t('mar.empty')} text={t('mar.emptyText')} />}
      {times.map((time) => (
        <Box key={time} sx={{ mb: 2.5 }} data-time={time}>
          <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
            {time}
          </Typography>
          <Box sx={{ display: 'grid', gap: 1 }}>
            {round.data.doses
              .filter((d) => d.scheduledTime === time)
              .map((d) => {
                const late = d.state === 'late' && !d.absence;
                return (
                  <Paper
                    key={`${d.prescriptionId}-${time}`}
                    variant="outlined"
                    data-testid="dose"
                    data-state={d.state}
                    sx={{
                      p: 1.5,
                      display: 'flex',
                      alignItems: 'center',
                      gap: 2,
                      flexWrap: 'wrap',
                      borderLeft: 6,
                      borderLeftColor: late ? 'error.main' : d.state === 'recorded' ? 'success.main' : 'warning.main',
                    }}
                  >
                    <Box sx={{ width: 220, minWidth: 0 }}>
                      <PersonName client={d.client} />
                      <CodeLine client={d.client} />
                    </Box>
                    <Box sx={{ flex: 1, minWidth: 220 }}>
                      <Typography sx={{ fontWeight: 700 }}>
                        {d.medicine} · {d.dose}
                      </Typography>
                      <Typography variant="body2" color="text.secondary">
                        {[t(`mar.route.${d.route}`), d.instructions].filter(Boolean).join(' · ')}
                      </Typography>
                    </Box>
                    {d.record ? (
                      <Box sx={{ textAlign: 'right' }}>
                        <Chip
                          color={d.record.status === 'given' ? 'success' : 'warning'}
                          icon={d.record.status === 'given' ? <CheckIcon /> : undefined}
                          label={`${t(`mar.status.${d.record.status}`)} · ${d.record.time}`}
                          sx={{ fontWeight: 700 }}
                        />
                        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                          {[d.record.reason, d.record.by].filter(Boolean).join(' · ')}
                        </Typography>
                      </Box>
                    ) : (
                      <Chip
                        color={late ? 'error' : d.absence ? 'default' : 'warning'}
                        variant={late ? 'filled' : 'outlined'}
                        label={
                          d.absence
                            ? t('mar.absent', {
                                reason: t(`rollCall.status.${d.absence}` as 'rollCall.status.away', {
                                  defaultValue: t(`absence.${d.absence}` as 'absence.illness', { defaultValue: d.absence }),
                                }),
                              })
                            : t(late ? 'mar.late' : 'mar.due')
                        }
                        sx={{ fontWeight: 700 }}
                      />
                    )}
                    <Box sx={{ display: 'flex', gap: 1 }}>
                      {!past && !d.record && !d.absence && (
                        <Button
                          variant="contained"
                          color="success"
                          startIcon={<CheckIcon />}
                          disabled={busy}
                          onClick={() => void give(d)}
                          aria-label={`${t('mar.give')}: ${d.medicine}, ${d.client.name ?? d.client.code}`}
                        >
                          {t('mar.give')}
                        </Button>
                      )}
                      {mayRecord && (
                        <Button variant="outlined" onClick={() => setDose(d)} sx={{ minHeight: 48 }}>
                          {d.record ? t('care.correct') : past ? t('mar.recordLate') : t('mar.other')}
                        </Button>
                      )}
                    </Box>
                  </Paper>
                );
              })}
          </Box>
        </Box>
      ))}
      {round.data.prn.length > 0 && (
        <Box sx={{ mb: 3 }}>
          <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
            {t('mar.prn')}
          </Typography>
          <Box sx={{ display: 'grid', gap: 1 }}>
            {round.data.prn.map((p) => {
              const full = p.maxPerDay !== null && p.givenToday >= p.maxPerDay;
              return (
                <Paper
                  key={p.prescriptionId}
                  variant="outlined"
                  data-testid="prn"
                  sx={{ p: 1.5, display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}
                >
                  <Box sx={{ width: 220 }}>
                    <PersonName client={p.client} />
                    <CodeLine client={p.client} />
                  </Box>
                  <Box sx={{ flex: 1, minWidth: 220 }}>
                    <Typography sx={{ fontWeight: 700 }}>
                      {p.medicine} · {p.dose}
                    </Typography>
                    <Typography variant="body2" color="text.secondary">
                      {[t(`mar.route.${p.route}`), p.reasonHint].filter(Boolean).join(' · ')}
                    </Typography>
                  </Box>
                  <Chip
                    color={full ? 'error' : 'default'}
                    variant="outlined"
                    label={
                      p.maxPerDay !== null
                        ? t(past ? 'mar.prnGivenOn' : 'mar.prnGiven', { count: p.givenToday, max: p.maxPerDay, date: formatDate(day) })
                        : t(past ? 'mar.prnGivenOnNoMax' : 'mar.prnGivenNoMax', { count: p.givenToday, date: formatDate(day) })
                    }
                    title={full ? t('mar.prnMaxReached') : undefined}
                    sx={{ fontWeight: 700 }}
                  />
                  {!past && (
                    <Button variant="outlined" disabled={full} onClick={() => setPrn(p)} sx={{ minHeight: 48 }}>
                      {t('mar.prnGive')}
                    </Button>
                  )}
                  {p.doses.length > 0 && <PrnDoses item={p} onCorrect={mayRecord ? (dose) => setPrnFix({ item: p, dose }) : undefined} />}
                </Paper>
              );
            })}
          </Box>
        </Box>
      )}
      {user.role === 'manager' && <Prescriptions onChanged={() => void refresh()} />}
      {dose && (
        <DoseDialog
          dose={dose}
          date={past ? day : undefined}
          onClose={() => setDose(null)}
          onSaved={(r) => {
            setDose(null);
            void refresh();
            setNotice({ text: t('mar.savedDose', { medicine: r.medicine, status: t(`mar.status.${r.record!.status}`) }) });
          }}
        />
      )}
      {prn && (
        <PrnDialog
          item={prn}
          onClose={() => setPrn(null)}
          onSaved={() => {
            setPrn(null);
            void refresh();
            setNotice({ text: t('mar.savedDose', { medicine: prn.medicine, status: t('mar.status.given') }) });
          }}
        />
      )}
      {prnFix && (
        <PrnCorrectDialog
          item={prnFix.item}
          dose={prnFix.dose}
          onClose={() => setPrnFix(null)}
          onSaved={() => {
            setPrnFix(null);
            void refresh();
            setNotice({ text: t('mar.savedDose', { medicine: prnFix.item.medicine, status: t('care.correct') }) });
          }}
        />
      )}
      <NoticeBar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}

/** The day's as-needed doses under their medicine: time, reason, who; a struck-out one stays, crossed through. */
function PrnDoses({ item, onCorrect }: { item: PrnItem; onCorrect?(d: PrnItem['doses'][number]): void }) {
  const { t } = useTranslation('daily');
  return (
    <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, flexBasis: '100%', display: 'grid', gap: 0.5 }}>
      {item.doses.map((d) => (
        <Box
          component="li"
          key={d.id}
          data-testid="prn-dose"
          data-struck={d.corrected}
          sx={{ display: 'flex', alignItems: 'center', gap: 1.5, borderTop: 1, borderColor: 'divider', pt: 0.5 }}
        >
          <Typography
            sx={{ flex: 1, textDecoration: d.corrected ? 'line-through' : 'none', color: d.corrected ? 'text.secondary' : 'text.primary' }}
          >
            <b>{d.time}</b> · {d.status === 'given' ? t('mar.status.given') : t('mar.prnNotGiven')}
            {d.reason ? ` · ${d.reason}` : ''} · {d.by}
            {d.corrected ? ` (${t('mar.prnStruck')})` : ''}
          </Typography>
          {!d.corrected && onCorrect && (
            <Button size="small" onClick={() => onCorrect(d)} sx={{ minHeight: 44 }}>
              {t('care.correct')}
            </Button>
          )}
        </Box>
      ))}
    </Box>
  );
}
