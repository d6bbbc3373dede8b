// Settings → Holidays (day care): the days the centre is closed. On them nobody is due on the
// attendance sheet or the month tabel; the moving feasts and transfer days are entered by hand.
import { useState, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  IconButton,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import FlagIcon from '@mui/icons-material/Flag';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { useNotice } from '../../components/Notice';
import type { Holiday } from '../../../electron/contract/holidays.contract';
import { HOLIDAY_YEAR_MAX, HOLIDAY_YEAR_MIN } from '../../../electron/contract/holidays.contract';
import { formatDate, tashkentToday } from '../../../electron/contract/format';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageLoading } from '../../components/LoadingScreen';
import { errorMessage, fieldErrors } from '../../components/errors';
import { DateField } from '../daily/fields';

const INVALIDATES = ['holidays.list', 'attendance.sheet', 'attendance.month', 'daily.today'] as const;

export function HolidaysPanel() {
  const { t } = useTranslation(['settings', 'common']);
  const [year, setYear] = useState(Number(tashkentToday().slice(0, 4)));
  const list = useApiQuery('holidays.list', { year });
  const [removing, setRemoving] = useState<Holiday | null>(null);
  const setNotice = useNotice();
  const national = useApiMutation('holidays.addNational', { invalidates: [...INVALIDATES] });
  const remove = useApiMutation('holidays.remove', { invalidates: [...INVALIDATES] });

  const addNational = async () => {
    try {
      const r = await national.mutateAsync({ year });
      const text = r.added.length ? t('holidays.nationalAdded', { count: r.added.length }) : t('holidays.nationalNone');
      setNotice(
        r.lockedOut.length ? `${text} ${t('holidays.lockedOut', { dates: r.lockedOut.map((h) => formatDate(h.date)).join(', ') })}` : text,
      );
    } catch {
      /* shown below */
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: { xs: 2.5, md: 4 }, maxWidth: 880 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mb: 1 }}>
        <FlagIcon color="primary" />
        <Typography variant="h6" component="h2">
          {t('holidays.title')}
        </Typography>
      </Box>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t('holidays.intro')}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 2 }}>
        <IconButton onClick={() => setYear(year - 1)} disabled={year <= HOLIDAY_YEAR_MIN} aria-label={t('holidays.prevYear')}>
          <ChevronLeftIcon />
        </IconButton>
        <Typography variant="h6" component="p" sx={{ minWidth: 64, textAlign: 'center' }} data-testid="holidays-year">
          {year}
        </Typography>
        <IconButton onClick={() => setYear(year + 1)} disabled={year >= HOLIDAY_YEAR_MAX} aria-label={t('holidays.nextYear')}>
          <ChevronRightIcon />
        </IconButton>
        <Box sx={{ flex: 1 }} />
        <Button variant="outlined" startIcon={<FlagIcon />} onClick={() => void addNational()} disabled={national.isPending}>
          {t('holidays.addNational', { year })}
        </Button>
      </Box>
      {national.error && (
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          {errorMessage(national.error)}
        </Alert>
      )}
      {list.isError ? (
        <Alert severity="error">{errorMessage(list.error)}</Alert>
      ) : !list.data ? (
        <PageLoading />
      ) : (
        <Table size="small" aria-label={t('holidays.title')} sx={{ mb: 3 }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 140 }}>{t('holidays.date')}</TableCell>
              <TableCell>{t('holidays.name')}</TableCell>
              <TableCell sx={{ width: 64 }} />
            </TableRow>
          </TableHead>
          <TableBody>
            {list.data.length === 0 && (
              <TableRow>
                <TableCell colSpan={3} sx={{ color: 'text.secondary', py: 3 }}>
                  {t('holidays.empty', { year })}
                </TableCell>
              </TableRow>
            )}
            {list.data.map((h) => (
              <TableRow key={h.date} data-date={h.date}>
                <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>{formatDate(h.date)}</TableCell>
                <TableCell>{h.name}</TableCell>
                <TableCell align="right">
                  <IconButton onClick={() => setRemoving(h)} aria-label={t('holidays.remove', { name: h.name })}>
                    <DeleteOutlineIcon />
                  </IconButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <AddHoliday onAdded={(h) => setNotice(t('holidays.added', { name: h.name, date: formatDate(h.date) }))} />
      <ConfirmDialog
        open={!!removing}
        title={removing ? t('holidays.removeTitle', { name: removing.name, date: formatDate(removing.date) }) : ''}
        confirmLabel={t('holidays.removeConfirm')}
        destructive
        onCancel={() => setRemoving(null)}
        onConfirm={async () => {
          const h = removing!;
          await remove.mutateAsync({ date: h.date });
          setRemoving(null);
          setNotice(t('holidays.removed', { name: h.name }));
        }}
      >
        {t('holidays.removeText')}
      </ConfirmDialog>
    </Paper>
  );
}

/** A holiday typed by hand: Ramazon hayit, Qurbon hayit, a transfer day. */
function AddHoliday({ onAdded }: { onAdded(h: Holiday): void }) {
  const { t } = useTranslation(['settings', 'common']);
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const save = useApiMutation('holidays.save', { invalidates: [...INVALIDATES] });
  const fields = fieldErrors(save.error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      onAdded(await save.mutateAsync({ date, name }));
      setDate('');
      setName('');
    } catch {
      /* shown below */
    }
  };

  return (
    <Box component="form" onSubmit={submit} noValidate sx={{ borderTop: 1, borderColor: 'divider', pt: 2.5 }}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700, mb: 0.5 }}>
        {t('holidays.addTitle')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('holidays.addHelp')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <DateField
          label={t('holidays.date')}
          value={date}
          onChange={(v) => {
            setDate(v);
            save.reset();
          }}
          error={!!fields.date}
          helperText={fields.date ?? t('holidays.dateHelp')}
          sx={{ width: 180 }}
        />
        <TextField
          label={t('holidays.name')}
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            save.reset();
          }}
          error={!!fields.name}
          helperText={fields.name ?? ' '}
          slotProps={{ htmlInput: { maxLength: 120 } }}
          sx={{ flex: 1, minWidth: 240 }}
        />
        <Button type="submit" variant="contained" size="large" startIcon={<AddIcon />} disabled={save.isPending} sx={{ minHeight: 56 }}>
          {t('holidays.add')}
        </Button>
      </Box>
      {save.error && !fields.date && !fields.name && (
        <Alert severity="error" role="alert" sx={{ mt: 1 }}>
          {errorMessage(save.error)}
        </Alert>
      )}
    </Box>
  );
}
