// Today's attendance as a kiosk: a grid of children's cards, the running present / expected count.
import { useState } from 'react';
import { Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Paper, Stack, Typography } from '@mui/material';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import CelebrationIcon from '@mui/icons-material/Celebration';
import { useTranslation } from 'react-i18next';
import type { SheetRow, Input } from '../../../electron/contract/index';
import { formatDate } from '../../../electron/contract/format';
import { call, isApiError } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useSignedInUser } from '../../app/session';
import { EmptyState } from '../../components/EmptyState';
import { PageLoading } from '../../components/LoadingScreen';
import { errorMessage } from '../../components/errors';
import { ChildCard, stateOf } from './ChildCard';
import { AbsentDialog, DayDialog, OvertimeDialog, type DayValues } from './SheetDialogs';
import { CorrectDayDialog, type Target } from './CorrectDayDialog';
import { DayPicker, usePickedDay } from './DayPicker';
import { BigCount, NoticeBar, hoursText, minutesOf, shortName, useAbsenceLabel, useClock, type Notice } from './shared';

/** A second tap this soon after arriving is more likely a slip than a departure: ask first. */
const DOUBLE_TAP_MINUTES = 2;

export function TodaySheet() {
  const { t, i18n } = useTranslation(['daily', 'common']);
  const user = useSignedInUser();
  const clock = useClock();
  const queries = useQueryClient();
  const [groupId, setGroupId] = useState<number | undefined>(undefined);
  // Earlier days are read back here; the manager corrects them from the same cards.
  const { date, setDate, day, past } = usePickedDay();
  const sheet = useApiQuery('attendance.sheet', { ...(groupId === undefined ? {} : { groupId }), ...(past ? { date: day } : {}) });
  const [correcting, setCorrecting] = useState<Target | null>(null);
  const reasonLabel = useAbsenceLabel(sheet.data?.reasons);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [absent, setAbsent] = useState<SheetRow | null>(null);
  const [editing, setEditing] = useState<SheetRow | null>(null);
  const [overtime, setOvertime] = useState<SheetRow | null>(null);
  const [confirmOut, setConfirmOut] = useState<SheetRow | null>(null);
  const [busy, setBusy] = useState<number | null>(null);

  if (sheet.isError) return <Alert severity="error">{errorMessage(sheet.error)}</Alert>;
  if (!sheet.data) return <PageLoading />;
  const data = sheet.data;
  const canMark = data.isToday && user.role !== 'accountant';
  const canCorrect = !data.isToday && user.role === 'manager';
  const correctTarget = (row: SheetRow): Target => ({
    client: row.client,
    cell: {
      date: data.date,
      checkIn: row.record?.checkIn ?? null,
      checkOut: row.record?.checkOut ?? null,
      minutes: null,
      absenceReason: row.record?.absenceReason ?? null,
      incomplete: false,
      locked: row.locked,
      corrected: !!row.correction,
      correction: row.correction,
      expected: true,
      unmarked: !row.record,
    },
  });

  const refresh = () =>
    Promise.all([queries.invalidateQueries({ queryKey: ['attendance.sheet'] }), queries.invalidateQueries({ queryKey: ['daily.today'] })]);
  const run = async (row: SheetRow, fn: () => Promise<unknown>, text?: (r: SheetRow) => string, undo?: () => Promise<unknown>) => {
    setBusy(row.client.id);
    try {
      const after = (await fn()) as SheetRow;
      await refresh();
      if (text) setNotice({ text: text(after), undo: undo ? () => void undo().then(refresh) : undefined });
    } finally {
      setBusy(null);
    }
  };
  /** Puts a day back as it was before a tap (undo). */
  const restore = (row: SheetRow) => () => {
    const r = row.record;
    const input: Input<'attendance.setDay'> = r
      ? {
          clientId: row.client.id,
          checkIn: r.checkIn,
          checkOut: r.checkOut,
          absenceReason: r.absenceReason,
          broughtBy: r.broughtBy,
          collectedBy: r.collectedBy,
          note: r.note,
          overtimeReason: r.overtimeReason,
        }
      : { clientId: row.client.id };
    return call('attendance.setDay', input);
  };
  const fail = (e: unknown) => setNotice({ text: errorMessage(e), severity: 'error' });

  const checkOut = (row: SheetRow, overtimeReason?: string) =>
    run(
      row,
      () => call('attendance.checkOut', { clientId: row.client.id, ...(overtimeReason ? { overtimeReason } : {}) }),
      (a) => t('sheet.checkedOut', { name: shortName(a.client), time: a.record?.checkOut }),
      restore(row),
    );

  const tap = (row: SheetRow) => {
    if (busy !== null) return;
    const state = stateOf(row);
    if (state === 'waiting' || state === 'absent') {
      void run(
        row,
        () => call('attendance.checkIn', { clientId: row.client.id }),
        (a) => t('sheet.checkedIn', { name: shortName(a.client), time: a.record?.checkIn }),
        restore(row),
      ).catch(fail);
    } else if (state === 'here') {
      if (minutesOf(clock.time) - minutesOf(row.record!.checkIn!) < DOUBLE_TAP_MINUTES) return setConfirmOut(row);
      void checkOut(row).catch((e: unknown) => (isApiError(e) && e.fields.overtimeReason ? setOvertime(row) : fail(e)));
    }
  };

  const saveDay = (row: SheetRow) => async (v: DayValues) => {
    const text = (s: string) => s.trim() || null;
    await call('attendance.setDay', {
      clientId: row.client.id,
      checkIn: text(v.checkIn),
      checkOut: text(v.checkOut),
      broughtBy: text(v.broughtBy),
      collectedBy: text(v.collectedBy),
      note: text(v.note),
      overtimeReason: text(v.overtimeReason),
    });
    await refresh();
    setEditing(null);
    setNotice({ text: t('saved') });
  };

  return (
    <>
      <Paper variant="outlined" sx={{ px: 2, py: 1.25, mb: 2, display: 'flex', alignItems: 'center', gap: 3, flexWrap: 'wrap' }}>
        <Box data-testid="sheet-count" aria-live="polite">
          <BigCount
            value={data.present}
            of={
              <Typography component="span" sx={{ fontSize: '1.6rem', fontWeight: 700, color: 'text.secondary' }}>
                / {data.expected}
              </Typography>
            }
            label={t('sheet.presentOfExpected')}
          />
        </Box>
        {data.absent > 0 && (
          <Chip color="warning" variant="outlined" label={`${data.absent} ${t('sheet.absent')}`} sx={{ fontWeight: 700 }} />
        )}
        <DayPicker value={date} onChange={setDate} />
        <Box sx={{ flex: 1 }} />
        {data.groups.length > 1 && (
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }} role="group" aria-label={t('tabs.today')}>
            <Chip
              label={t('sheet.allGroups')}
              color={groupId === undefined ? 'primary' : 'default'}
              onClick={() => setGroupId(undefined)}
              sx={{ minHeight: 44, px: 1 }}
            />
            {data.groups.map((g) => (
              <Chip
                key={g.id}
                label={g.name}
                color={groupId === g.id ? 'primary' : 'default'}
                onClick={() => setGroupId(g.id)}
                sx={{ minHeight: 44, px: 1 }}
              />
            ))}
          </Stack>
        )}
      </Paper>
      {data.holiday && (
        // Calm, not a warning: the centre is closed, nobody is expected, marks stay possible.
        <Alert severity="success" icon={<CelebrationIcon />} sx={{ mb: 2 }} data-testid="holiday-banner">
          <Typography component="div" sx={{ fontWeight: 700 }}>
            {data.isToday
              ? t('sheet.holidayToday', { name: data.holiday.name })
              : t('sheet.holidayOn', { name: data.holiday.name, date: formatDate(data.holiday.date) })}
          </Typography>
          {t('sheet.holidayHint')}
        </Alert>
      )}
      {!data.isToday && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t(canCorrect ? 'sheet.correctHint' : 'sheet.notToday', { date: formatDate(data.date) })}
        </Alert>
      )}
      {data.rows.length === 0 ? (
        <EmptyState icon={EventAvailableIcon} title={t('sheet.empty')} text={t('sheet.emptyText')} />
      ) : (
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(216px, 1fr))', gap: 1.75 }} aria-busy={busy !== null}>
          {data.rows.map((row) => (
            <ChildCard
              key={row.client.id}
              row={row}
              now={clock.time}
              canMark={canMark}
              reasonLabel={reasonLabel}
              onTap={() => tap(row)}
              onAbsent={() => setAbsent(row)}
              onEdit={() => (row.record?.absenceReason ? setAbsent(row) : setEditing(row))}
              onCorrect={canCorrect ? () => setCorrecting(correctTarget(row)) : undefined}
              past={!data.isToday}
              holiday={!!data.holiday}
            />
          ))}
        </Box>
      )}
      <AbsentDialog
        row={absent}
        reasons={data.reasons}
        reasonLabel={reasonLabel}
        onClose={() => setAbsent(null)}
        onSave={async (reason, note) => {
          const row = absent!;
          await run(
            row,
            () => call('attendance.markAbsent', { clientId: row.client.id, reason, note }),
            (a) => t('sheet.markedAbsent', { name: shortName(a.client) }),
            restore(row),
          );
          setAbsent(null);
        }}
      />
      <DayDialog
        row={editing}
        onClose={() => setEditing(null)}
        onSave={saveDay(editing!)}
        onClear={async () => {
          await call('attendance.setDay', { clientId: editing!.client.id });
          await refresh();
          setEditing(null);
        }}
      />
      <OvertimeDialog
        row={overtime}
        hours={overtime?.record?.checkIn ? hoursText(minutesOf(clock.time) - minutesOf(overtime.record.checkIn), i18n.language) : ''}
        onClose={() => setOvertime(null)}
        onSave={async (reason) => {
          await checkOut(overtime!, reason);
          setOvertime(null);
        }}
      />
      <Dialog open={!!confirmOut} onClose={() => setConfirmOut(null)} maxWidth="xs" fullWidth aria-labelledby="confirm-out-title">
        <DialogTitle id="confirm-out-title">
          {confirmOut ? t('sheet.confirmOutTitle', { name: shortName(confirmOut.client) }) : ''}
        </DialogTitle>
        <DialogContent>{confirmOut && t('sheet.confirmOutText', { time: confirmOut.record?.checkIn })}</DialogContent>
        <DialogActions sx={{ px: 3, pb: 2.5 }}>
          <Button onClick={() => setConfirmOut(null)} autoFocus>
            {t('common:actions.cancel')}
          </Button>
          <Button
            variant="contained"
            onClick={() => {
              const row = confirmOut!;
              setConfirmOut(null);
              void checkOut(row).catch(fail);
            }}
          >
            {t('sheet.confirmOut')}
          </Button>
        </DialogActions>
      </Dialog>
      {correcting && (
        <CorrectDayDialog
          target={correcting}
          reasons={data.reasons}
          reasonLabel={reasonLabel}
          onClose={() => setCorrecting(null)}
          onSaved={() => {
            setCorrecting(null);
            void refresh();
            setNotice({ text: t('month.saved') });
          }}
        />
      )}
      <NoticeBar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
