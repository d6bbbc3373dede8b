// One resident's quick entries: every category's chips at once, one tap = one saved entry (the
// time stamped now). Measurements and free notes open a small dialog; a mistaken tap is undone
// by striking the entry through, never by erasing it.
import { useState } from 'react';
import { Box, Button, Chip, FormControlLabel, MenuItem, Paper, Switch, TextField, Typography } from '@mui/material';
import EditNoteIcon from '@mui/icons-material/EditNote';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ClientSummary, Input } from '../../../electron/contract/index';
import { CARE_CHIPS, MEALS, WRITABLE_CARE_CATEGORIES } from '../../../electron/contract/daily.lists';
import { tashkentToday } from '../../../electron/contract/format';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../components/errors';
import { EntryList } from './EntryList';
import { MeasureDialog, NoteDialog, CorrectEntryDialog, needsDialog } from './EntryDialogs';
import { PersonName, shortName, useClock, type Notice } from './shared';
import type { CareLogEntry } from '../../../electron/contract/index';

type AddInput = Omit<Input<'careLog.add'>, 'clientId'>;
type Meal = (typeof MEALS)[number];

/** The meal of the moment, so "ate all" needs no second tap. */
export function mealAt(time: string): Meal {
  if (time < '10:30') return 'breakfast';
  if (time < '15:00') return 'lunch';
  if (time < '17:30') return 'snack';
  return 'dinner';
}

export function QuickEntry({ client, onNotice }: { client: ClientSummary; onNotice(n: Notice): void }) {
  const { t } = useTranslation('daily');
  const clock = useClock();
  const queries = useQueryClient();
  const today = tashkentToday();
  const [handover, setHandover] = useState(false);
  const [meal, setMeal] = useState<Meal | null>(null);
  const [measure, setMeasure] = useState<string | null>(null);
  const [noting, setNoting] = useState(false);
  const [correcting, setCorrecting] = useState<CareLogEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const entries = useApiQuery('careLog.list', { clientId: client.id, from: today, to: today });
  const currentMeal = meal ?? mealAt(clock.time);

  const refresh = () =>
    Promise.all(
      ['careLog.list', 'careLog.residents', 'careLog.handover', 'daily.today'].map((m) => queries.invalidateQueries({ queryKey: [m] })),
    );
  const add = async (input: AddInput) => {
    const e = await call('careLog.add', { clientId: client.id, ...input });
    setHandover(false);
    await refresh();
    const what = e.value ? t(`care.chip.${e.value}` as 'care.chip.ate_all') : t('care.category.note');
    onNotice({
      text: t('care.saved', { name: shortName(client), what }),
      undo: () => void call('careLog.correct', { entryId: e.id, reason: t('care.undoReason') }).then(refresh),
    });
  };
  const tap = async (category: (typeof WRITABLE_CARE_CATEGORIES)[number], value: string) => {
    if (needsDialog(value)) return setMeasure(value);
    setBusy(true);
    try {
      await add({ category, value, forHandover: handover, ...(category === 'meal' ? { details: { meal: currentMeal } } : {}) });
    } catch (e) {
      onNotice({ text: errorMessage(e), severity: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="quick-entry">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1.5, flexWrap: 'wrap' }}>
        <Box sx={{ flex: 1, minWidth: 200 }}>
          <PersonName client={client} variant="h6" />
          <Typography variant="body2" color="text.secondary">
            {client.code}
          </Typography>
        </Box>
        <FormControlLabel
          control={<Switch checked={handover} onChange={(e) => setHandover(e.target.checked)} />}
          label={<Typography sx={{ fontWeight: 600 }}>{t('care.forHandover')}</Typography>}
          title={t('care.forHandoverHelp')}
          sx={{ minHeight: 44 }}
        />
        <Button component={RouterLink} to={`/care-log/client/${client.id}`} startIcon={<MenuBookIcon />}>
          {t('care.open')}
        </Button>
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: '132px 1fr', rowGap: 1.25, columnGap: 1.5, alignItems: 'center' }}>
        {WRITABLE_CARE_CATEGORIES.filter((c) => c !== 'note').map((category) => (
          <Box key={category} sx={{ display: 'contents' }} role="group" aria-label={t(`care.category.${category}`)}>
            <Box>
              <Typography sx={{ fontWeight: 700, color: 'text.secondary' }}>{t(`care.category.${category}`)}</Typography>
              {category === 'meal' && (
                <TextField
                  select
                  size="small"
                  value={currentMeal}
                  onChange={(e) => setMeal(e.target.value as Meal)}
                  slotProps={{ htmlInput: { 'aria-label': t('care.category.meal') } }}
                  sx={{ mt: 0.5, '& .MuiSelect-select': { py: 1.1 } }}
                >
                  {MEALS.map((m) => (
                    <MenuItem key={m} value={m}>
                      {t(`care.meal.${m}`)}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            </Box>
            <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
              {CARE_CHIPS[category].map((value) => (
                <Chip
                  key={value}
                  label={t(`care.chip.${value}` as 'care.chip.ate_all')}
                  onClick={() => void tap(category, value)}
                  disabled={busy}
                  variant="outlined"
                  color={needsDialog(value) ? 'secondary' : 'primary'}
                  sx={{ height: 44, fontSize: '0.95rem', fontWeight: 600, px: 0.5, borderRadius: 22 }}
                />
              ))}
            </Box>
          </Box>
        ))}
      </Box>
      <Button variant="outlined" startIcon={<EditNoteIcon />} onClick={() => setNoting(true)} sx={{ mt: 2 }}>
        {t('care.addNote')}
      </Button>
      <Typography variant="subtitle1" component="h3" sx={{ mt: 2.5, mb: 1 }}>
        {entries.data?.items.length
          ? t('care.entriesToday', { count: entries.data.items.filter((e) => !e.correction).length })
          : t('care.noEntries')}
      </Typography>
      {entries.data && <EntryList entries={entries.data.items} onCorrect={setCorrecting} dense />}
      <MeasureDialog
        client={measure ? client : null}
        value={measure}
        forHandover={handover}
        onClose={() => setMeasure(null)}
        onSave={async (input) => {
          await add(input);
          setMeasure(null);
        }}
      />
      {noting && (
        <NoteDialog
          client={client}
          forHandover={handover}
          onClose={() => setNoting(false)}
          onSave={async (input) => {
            await add(input);
            setNoting(false);
          }}
        />
      )}
      <CorrectEntryDialog
        entry={correcting}
        onClose={() => setCorrecting(null)}
        onDone={() => {
          setCorrecting(null);
          void refresh();
        }}
      />
    </Paper>
  );
}
