// The month "tabel": children × days with hours or absence letters, totals per child and per day.
// The manager corrects a day with a reason; a billed month is locked and says where to go instead.
import { useState } from 'react';
import { Alert, Box, Button, IconButton, Paper, Typography } from '@mui/material';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import LockIcon from '@mui/icons-material/Lock';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AttendanceMonth } from '../../../electron/contract/index';
import { formatDate, tashkentToday } from '../../../electron/contract/format';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { useSignedInUser } from '../../app/session';
import { PageLoading } from '../../components/LoadingScreen';
import { errorMessage } from '../../components/errors';
import { CorrectDayDialog, type Target } from './CorrectDayDialog';
import { NoticeBar, downloadFile, hoursText, useAbsenceLabel, type Notice } from './shared';

const shiftMonth = (month: string, by: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
};

type Cell = AttendanceMonth['rows'][number]['cells'][number];
/** The totals per child: present + absences + unmarked add up to the days she was due so far. */
const TOTALS = ['days', 'hours', 'absences', 'unmarked'] as const;

export function MonthTabel() {
  const { t, i18n } = useTranslation(['daily', 'common']);
  const user = useSignedInUser();
  const today = tashkentToday();
  // The month comes from the address (`?m=2026-10`) so billing's exceptions can open the right sheet.
  const [params, setParams] = useSearchParams();
  const asked = params.get('m') ?? '';
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(asked) && asked <= today.slice(0, 7) ? asked : today.slice(0, 7);
  const setMonth = (m: string) => setParams((p) => (p.set('m', m), p), { replace: true });
  const grid = useApiQuery('attendance.month', { month });
  const reasonLabel = useAbsenceLabel(grid.data?.reasons);
  const [target, setTarget] = useState<Target | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [printing, setPrinting] = useState(false);
  const monthName = (m: string) => t(`months.m${m.slice(5)}` as 'months.m01', { year: m.slice(0, 4) });

  if (grid.isError) return <Alert severity="error">{errorMessage(grid.error)}</Alert>;
  const data = grid.data;
  const manager = user.role === 'manager';
  const short = new Map((data?.reasons ?? []).map((r) => [r.code, r.short]));
  // A public holiday: the centre is closed, so its column is shaded and named, and nobody is due.
  const holidayOn = new Map((data?.holidays ?? []).map((h) => [h.date, h.name]));

  const cellText = (c: Cell) => {
    if (c.absenceReason) return short.get(c.absenceReason) ?? '?';
    if (c.incomplete) return '!';
    if (c.minutes !== null) return hoursText(c.minutes, i18n.language);
    if (c.unmarked) return '–';
    return '';
  };
  const cellTitle = (c: Cell) =>
    [
      formatDate(c.date),
      c.absenceReason ? reasonLabel(c.absenceReason) : c.checkIn ? `${c.checkIn} – ${c.checkOut ?? '…'}` : '',
      c.incomplete ? t('month.incomplete') : '',
      c.unmarked ? t('month.unmarkedDay') : '',
      holidayOn.has(c.date)
        ? t('month.holiday', { name: holidayOn.get(c.date) })
        : !c.expected && !c.checkIn && !c.absenceReason
          ? t('month.notDue')
          : '',
      c.corrected ? t('month.corrected') : '',
      c.locked ? t('month.lockedDay') : '',
    ]
      .filter(Boolean)
      .join(' · ');

  const print = async () => {
    setPrinting(true);
    try {
      downloadFile(await call('attendance.monthPdf', { month }));
    } catch (e) {
      setNotice({ text: errorMessage(e), severity: 'error' });
    } finally {
      setPrinting(false);
    }
  };

  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 2, flexWrap: 'wrap' }}>
        <IconButton onClick={() => setMonth(shiftMonth(month, -1))} aria-label={t('month.prev')}>
          <ChevronLeftIcon />
        </IconButton>
        <Typography variant="h6" component="h2" sx={{ minWidth: 180, textAlign: 'center' }} data-testid="tabel-month">
          {monthName(month)}
        </Typography>
        <IconButton onClick={() => setMonth(shiftMonth(month, 1))} aria-label={t('month.next')} disabled={month >= today.slice(0, 7)}>
          <ChevronRightIcon />
        </IconButton>
        <Box sx={{ flex: 1 }} />
        <Button variant="outlined" startIcon={<PictureAsPdfIcon />} onClick={() => void print()} disabled={printing || !data?.rows.length}>
          {t('sheet.pdf')}
        </Button>
      </Box>
      {data?.locked && (
        <Alert severity="info" icon={<LockIcon />} sx={{ mb: 2 }}>
          {t('month.locked')}
        </Alert>
      )}
      {!data ? (
        <PageLoading />
      ) : !data.rows.length ? (
        <Alert severity="info">{t('month.empty')}</Alert>
      ) : (
        <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
          <Box
            component="table"
            sx={{
              borderCollapse: 'collapse',
              width: '100%',
              fontSize: '0.8125rem',
              '& td, & th': { borderBottom: '1px solid', borderColor: 'divider', p: 0, textAlign: 'center' },
            }}
          >
            <thead>
              <tr>
                <Box
                  component="th"
                  scope="col"
                  sx={{
                    position: 'sticky',
                    left: 0,
                    bgcolor: 'background.paper',
                    textAlign: 'left !important',
                    px: '10px !important',
                    minWidth: 120,
                    zIndex: 1,
                  }}
                >
                  {t('month.child')}
                </Box>
                {data.days.map((d) => (
                  <Box
                    component="th"
                    scope="col"
                    key={d.date}
                    title={holidayOn.has(d.date) ? t('month.holiday', { name: holidayOn.get(d.date) }) : undefined}
                    data-holiday={holidayOn.has(d.date) || undefined}
                    sx={{
                      // A 31-day month fits 1366 px; on a narrower screen the grid scrolls under the sticky names
                      // instead of squeezing the hours into each other.
                      width: 27,
                      minWidth: 22,
                      py: '6px !important',
                      bgcolor: holidayOn.has(d.date) ? 'success.light' : d.weekday >= 6 ? 'action.hover' : undefined,
                      color: holidayOn.has(d.date) ? 'success.contrastText' : d.date === today ? 'primary.main' : 'text.secondary',
                    }}
                  >
                    {Number(d.date.slice(8))}
                    {holidayOn.has(d.date) && (
                      <Box component="span" aria-hidden sx={{ display: 'block', fontSize: '0.625rem', lineHeight: 1 }}>
                        ★
                      </Box>
                    )}
                  </Box>
                ))}
                {TOTALS.map((k) => (
                  <Box
                    component="th"
                    scope="col"
                    key={k}
                    title={t(`month.${k}Full`)}
                    aria-label={t(`month.${k}Full`)}
                    sx={{ px: '3px !important', minWidth: 34, whiteSpace: 'nowrap' }}
                  >
                    {t(`month.${k}`)}
                  </Box>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.client.id} data-client={row.client.code}>
                  <Box
                    component="th"
                    scope="row"
                    sx={{
                      position: 'sticky',
                      left: 0,
                      bgcolor: 'background.paper',
                      textAlign: 'left !important',
                      px: '10px !important',
                      py: '4px !important',
                      fontWeight: 600,
                      zIndex: 1,
                    }}
                  >
                    <Box
                      title={row.client.name ?? undefined}
                      sx={{ lineHeight: 1.2, maxWidth: 150, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
                    >
                      {row.client.name ?? row.client.code}
                    </Box>
                    {row.client.name && (
                      <Typography variant="caption" color="text.secondary">
                        {row.client.code}
                      </Typography>
                    )}
                  </Box>
                  {row.cells.map((c, i) => {
                    const editable = manager && !c.locked && c.date <= today;
                    // Shaded: a day she was not due (a weekend, not yet in the group, not her weekday).
                    const weekend = data.days[i]!.weekday >= 6 || (!c.expected && !c.checkIn && !c.absenceReason);
                    return (
                      <Box
                        component="td"
                        key={c.date}
                        title={cellTitle(c)}
                        sx={{
                          bgcolor: c.locked ? '#eef0f2' : weekend ? 'action.hover' : undefined,
                          color: c.absenceReason
                            ? 'warning.dark'
                            : c.incomplete
                              ? 'error.main'
                              : c.unmarked
                                ? 'text.secondary'
                                : 'text.primary',
                          fontWeight: c.absenceReason || c.incomplete ? 800 : 500,
                          fontSize: '0.75rem',
                          letterSpacing: '-0.02em',
                        }}
                      >
                        {editable ? (
                          <Box
                            component="button"
                            type="button"
                            onClick={() => setTarget({ client: row.client, cell: c })}
                            aria-label={`${row.client.name ?? row.client.code}, ${cellTitle(c)}`}
                            sx={{
                              all: 'unset',
                              cursor: 'pointer',
                              display: 'block',
                              width: '100%',
                              minHeight: 40,
                              lineHeight: '40px',
                              '&:hover': { bgcolor: 'action.selected' },
                              '&:focus-visible': { outline: '3px solid #e0a100' },
                            }}
                          >
                            {cellText(c)}
                            {c.corrected && <sup>*</sup>}
                          </Box>
                        ) : (
                          <Box sx={{ minHeight: 40, lineHeight: '40px' }}>
                            {cellText(c)}
                            {c.corrected && <sup>*</sup>}
                          </Box>
                        )}
                      </Box>
                    );
                  })}
                  <Box component="td" sx={{ fontWeight: 800 }}>
                    {row.daysPresent}
                  </Box>
                  <Box component="td">{hoursText(row.minutes, i18n.language)}</Box>
                  <Box component="td">{row.absences || ''}</Box>
                  <Box component="td" sx={{ color: row.unmarked ? 'warning.dark' : undefined, fontWeight: row.unmarked ? 700 : undefined }}>
                    {row.unmarked || ''}
                  </Box>
                </tr>
              ))}
              <Box component="tr" sx={{ '& td, & th': { fontWeight: 800, borderTop: '2px solid', borderColor: 'divider' } }}>
                <Box
                  component="th"
                  scope="row"
                  sx={{
                    position: 'sticky',
                    left: 0,
                    bgcolor: 'background.paper',
                    textAlign: 'left !important',
                    px: '10px !important',
                    py: '8px !important',
                  }}
                >
                  {t('month.present')}
                </Box>
                {data.days.map((d) => (
                  <td key={d.date}>{d.present || ''}</td>
                ))}
                <td>{data.totals.daysPresent}</td>
                <td>{hoursText(data.totals.minutes, i18n.language)}</td>
                <td>{data.totals.absences}</td>
                <td>{data.totals.unmarked}</td>
              </Box>
            </tbody>
          </Box>
        </Paper>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
        {t('month.legend')} {data?.reasons.map((r) => `${r.short} — ${reasonLabel(r.code)}`).join(', ')}. {t('month.sums')}
        {!manager && ` ${t('month.readOnly')}`}
      </Typography>
      {!!data?.holidays.length && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }} data-testid="tabel-holidays">
          ★ {t('month.holidays')} {data.holidays.map((h) => `${formatDate(h.date)} — ${h.name}`).join('; ')}.
        </Typography>
      )}
      {target && data && (
        <CorrectDayDialog
          target={target}
          reasons={data.reasons}
          reasonLabel={reasonLabel}
          onClose={() => setTarget(null)}
          onSaved={() => {
            setTarget(null);
            setNotice({ text: t('month.saved') });
            void grid.refetch();
          }}
        />
      )}
      <NoticeBar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
