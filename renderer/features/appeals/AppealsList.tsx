import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import LockIcon from '@mui/icons-material/Lock';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Appeal } from '../../../electron/contract/appeals.contract';
import { APPLICANTS, CHANNELS, PLACES, VIOLENCE_TYPES } from '../../../electron/contract/appeals.codes';
import { formatDate } from '../../../electron/contract/format';
import { useApiQuery } from '../../api/hooks';
import { useSignedInUser } from '../../app/session';
import { EmptyState } from '../../components/EmptyState';
import { errorMessage } from '../../components/errors';
import { NativeSelect } from './fields';
import { useCodeLabels, useRegions } from './labels';
import { AppealDetails } from './AppealDetails';
import { DateField } from './DateField';
import { ListPagination } from '../../components/ListPagination';

/** Below 1200 px the channel leaves its column for a line under the date, so the register needs no sideways scroll. */
const WIDE_ONLY = { display: { xs: 'none', lg: 'table-cell' } } as const;
const NARROW_ONLY = { display: { xs: 'block', lg: 'none' } } as const;

interface Filters {
  from: string;
  to: string;
  channel: string;
  applicant: string;
  violenceType: string;
  regionSoato: string;
  place: string;
  code: string;
}
const NO_FILTERS: Filters = { from: '', to: '', channel: '', applicant: '', violenceType: '', regionSoato: '', place: '', code: '' };

/** The register, newest first, with the filters a manager uses most. Names show only to whom they may. */
export function AppealsList() {
  const { t } = useTranslation(['appeals', 'common']);
  const user = useSignedInUser();
  const label = useCodeLabels();
  const regions = useRegions();
  const regionName = (soato: string) => regions.find((r) => r.soato === soato)?.name ?? soato;
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(25);
  const [open, setOpen] = useState<Appeal | null>(null);
  const input = {
    ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== '')),
    page: page + 1,
    pageSize,
  } as Parameters<typeof useApiQuery<'appeals.list'>>[1];
  const list = useApiQuery('appeals.list', input, { placeholderData: (prev) => prev });
  const set = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(0);
  };
  const opts = (group: Parameters<typeof label>[0], codes: readonly string[]) => codes.map((c) => ({ value: c, label: label(group, c) }));
  const filtered = Object.values(filters).some((v) => v !== '');

  if (list.data && list.data.total === 0 && !filtered) {
    return (
      <EmptyState
        icon={SupportAgentIcon}
        title={t('list.emptyTitle')}
        text={t('list.emptyText')}
        actions={
          user.role !== 'inspector' && (
            <Button variant="contained" component={RouterLink} to="/appeals/new" startIcon={<AddIcon />}>
              {t('list.newAppeal')}
            </Button>
          )
        }
      />
    );
  }

  return (
    <Box>
      <Paper
        variant="outlined"
        sx={{ p: 2, mb: 2, display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', lg: 'repeat(4, 1fr) 1.2fr' }, gap: 1.5 }}
      >
        <DateField name="from" label={t('list.from')} value={filters.from} onChange={(v) => set({ from: v })} />
        <DateField name="to" label={t('list.to')} value={filters.to} onChange={(v) => set({ to: v })} />
        <NativeSelect
          name="channel"
          label={t('form.channel')}
          value={filters.channel}
          empty={t('list.all')}
          options={opts('channel', CHANNELS)}
          onChange={(v) => set({ channel: v })}
        />
        <NativeSelect
          name="violenceType"
          label={t('list.col.type')}
          value={filters.violenceType}
          empty={t('list.all')}
          options={opts('violenceType', VIOLENCE_TYPES)}
          onChange={(v) => set({ violenceType: v })}
        />
        <TextField
          name="code"
          label={t('list.code')}
          value={filters.code}
          onChange={(e) => set({ code: e.target.value })}
          size="small"
          placeholder="A-2026-00"
        />
        <NativeSelect
          name="regionSoato"
          label={t('list.col.region')}
          value={filters.regionSoato}
          empty={t('list.all')}
          options={regions.map((r) => ({ value: r.soato, label: r.name }))}
          onChange={(v) => set({ regionSoato: v })}
        />
        <NativeSelect
          name="applicant"
          label={t('list.col.applicant')}
          value={filters.applicant}
          empty={t('list.all')}
          options={opts('applicantOne', APPLICANTS)}
          onChange={(v) => set({ applicant: v })}
        />
        <NativeSelect
          name="place"
          label={t('list.col.place')}
          value={filters.place}
          empty={t('list.all')}
          options={[...opts('place', PLACES), { value: 'none', label: label('place', 'none') }]}
          onChange={(v) => set({ place: v })}
        />
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, gridColumn: { lg: 'span 2' } }}>
          <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }} aria-live="polite">
            {list.data ? t('list.found', { count: list.data.total }) : ''}
          </Typography>
          <Button onClick={() => set(NO_FILTERS)} disabled={!filtered}>
            {t('list.reset')}
          </Button>
        </Box>
      </Paper>
      {list.error && <Alert severity="error">{errorMessage(list.error)}</Alert>}
      <Paper variant="outlined">
        <TableContainer>
          {/* Eight narrow columns fit 1024 px without sideways scrolling: the name sits under the code, the time under
              the date, and the help chips wrap. */}
          <Table size="small" aria-label={t('tabs.list')} sx={{ '& td, & th': { px: 0.75 } }}>
            <TableHead>
              <TableRow>
                {(['code', 'when', 'channel', 'applicant', 'region', 'type', 'place', 'help'] as const).map((c) => (
                  <TableCell key={c} sx={{ fontWeight: 700, whiteSpace: 'nowrap', ...(c === 'channel' && WIDE_ONLY) }}>
                    {t(`list.col.${c}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {list.data?.items.map((a) => (
                <TableRow key={a.id} hover onClick={() => setOpen(a)} sx={{ cursor: 'pointer' }} data-code={a.code}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Button
                      size="small"
                      onClick={() => setOpen(a)}
                      sx={{ minHeight: 32, px: 0.5, fontFamily: 'monospace', fontWeight: 700 }}
                    >
                      {a.code}
                    </Button>
                    {a.suicideRisk && (
                      <Tooltip title={t('list.suicide')}>
                        <WarningAmberIcon
                          color="error"
                          fontSize="small"
                          sx={{ verticalAlign: 'middle', ml: 0.5 }}
                          aria-label={t('list.suicide')}
                        />
                      </Tooltip>
                    )}
                    <AppealName appeal={a} />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {formatDate(a.appealDate)}
                    {a.appealTime && (
                      <Typography variant="caption" component="span" color="text.secondary" sx={{ display: 'block' }}>
                        {a.appealTime}
                      </Typography>
                    )}
                    <Typography variant="caption" component="span" color="text.secondary" sx={{ ...NARROW_ONLY, whiteSpace: 'normal' }}>
                      {label('channel', a.channel)}
                    </Typography>
                  </TableCell>
                  <TableCell sx={WIDE_ONLY}>{label('channel', a.channel)}</TableCell>
                  <TableCell>
                    {label('applicantOne', a.applicant)}
                    {a.age !== null ? `, ${a.age}` : ''}
                  </TableCell>
                  <TableCell>{regionName(a.regionSoato)}</TableCell>
                  <TableCell>
                    {a.violenceType
                      ? label('violenceType', a.violenceType)
                      : a.exploitationType
                        ? label('exploitation', a.exploitationType)
                        : '—'}
                  </TableCell>
                  <TableCell>
                    {a.place ? label('place', a.place) : '—'}
                    {a.relationship && (
                      <Typography variant="caption" component="span" color="text.secondary" sx={{ display: 'block' }}>
                        {label('relationship', a.relationship)}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>
                    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
                      {a.help.map((h) => (
                        <Chip
                          key={h}
                          size="small"
                          label={label('help', h)}
                          // A long kind of help wraps inside its chip instead of widening the column.
                          sx={{ height: 'auto', minHeight: 24, maxWidth: '100%', '& .MuiChip-label': { whiteSpace: 'normal', py: '2px' } }}
                        />
                      ))}
                    </Box>
                  </TableCell>
                </TableRow>
              ))}
              {list.data && list.data.total === 0 && (
                <TableRow>
                  <TableCell colSpan={8} sx={{ py: 4, textAlign: 'center', color: 'text.secondary' }}>
                    {t('list.noMatch')}
                  </TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
        <ListPagination total={list.data?.total ?? 0} page={page} pageSize={pageSize} onPage={setPage} onPageSize={setPageSize} />
      </Paper>
      {open && <AppealDetails id={open.id} onClose={() => setOpen(null)} />}
    </Box>
  );
}

/** Under the code: the name when this role may see it, a lock when it is hidden, or "anonymous". */
function AppealName({ appeal: a }: { appeal: Appeal }) {
  const { t } = useTranslation('appeals');
  return (
    <Typography
      variant="caption"
      component="span"
      color={a.name && !a.nameHidden ? 'text.primary' : 'text.secondary'}
      sx={{ display: 'flex', alignItems: 'center', gap: 0.5, pl: 0.5, whiteSpace: 'normal', maxWidth: 150 }}
    >
      {a.nameHidden ? (
        <>
          <LockIcon fontSize="inherit" /> {t('list.hidden')}
        </>
      ) : (
        (a.name ?? t('list.anonymous'))
      )}
    </Typography>
  );
}
