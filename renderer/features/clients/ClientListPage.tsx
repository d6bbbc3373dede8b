import { useEffect, useMemo, useState } from 'react';
import {
  Box,
  Button,
  InputAdornment,
  MenuItem,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TableSortLabel,
  TextField,
  Typography,
} from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import DownloadIcon from '@mui/icons-material/Download';
import GroupsIcon from '@mui/icons-material/Groups';
import { keepPreviousData } from '@tanstack/react-query';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, tashkentToday } from '../../../electron/contract/format';
import { CODE_PREFIX } from '../../../electron/contract/clients.codes';
import type { Input } from '../../../electron/contract/index';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/EmptyState';
import { useApiQuery } from '../../api/hooks';
import { PlanFlag, usePlanFlags } from '../plans/PlanFlag';
import { call } from '../../api/client';
import { useSignedInUser } from '../../app/session';
import { ClientName, Code, StatusChip, ageOn, isResidential, useFacilityKind, usePlaceLabel } from './shared';
import { saveBase64 } from './files';
import { ListPagination } from '../../components/ListPagination';

type ListInput = Input<'clients.list'>;
type Sort = NonNullable<ListInput['sort']>;
const STATUSES = ['all', 'current', 'new', 'active', 'away', 'discharged'] as const;
type StatusFilter = (typeof STATUSES)[number];

/** Waits until typing pauses, so each keystroke does not start a query. */
function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}

/** The register: search as you type, filters by status, room and group, sort and pages. */
export function ClientListPage() {
  const { t } = useTranslation(['clients', 'common']);
  const user = useSignedInUser();
  const kind = useFacilityKind();
  const navigate = useNavigate();
  const placeLabel = usePlaceLabel();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const status = (STATUSES as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as StatusFilter) : 'all';
  const roomId = Number(params.get('room')) || undefined;
  const groupId = Number(params.get('group')) || undefined;
  const [sort, setSort] = useState<Sort>('code');
  const [dir, setDir] = useState<'asc' | 'desc'>('asc');
  const [perPage, setPerPage] = useState(25);
  const query = useDebounced(q, 150);
  // A new search or filter starts again at the first page.
  const filterKey = `${query}|${status}|${roomId}|${groupId}`;
  const [paging, setPaging] = useState({ key: filterKey, page: 0 });
  const page = paging.key === filterKey ? paging.page : 0;
  const setPage = (p: number) => setPaging({ key: filterKey, page: p });

  const input: ListInput = { q: query || undefined, status, roomId, groupId, sort, dir, offset: page * perPage, limit: perPage };
  const list = useApiQuery('clients.list', input, { placeholderData: keepPreviousData });
  const rooms = useApiQuery('rooms.list', {}).data ?? [];
  const groups = useApiQuery('groups.list', {}).data ?? [];
  const planFlags = usePlanFlags(list.data?.items.map((c) => c.id) ?? [], user.role);
  const today = tashkentToday();
  const canRegister = user.role === 'manager' || user.role === 'social_worker';
  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const orderBy = (s: Sort) => {
    if (sort === s) setDir(dir === 'asc' ? 'desc' : 'asc');
    else {
      setSort(s);
      setDir('asc');
    }
  };
  const exportFile = async () => {
    const file = await call('clients.export', { format: 'xlsx', status });
    saveBase64(file.fileName, file.mime, file.contentBase64);
  };
  const registerEmpty = list.data?.total === 0 && !query && status === 'all' && !roomId && !groupId;
  const example = useMemo(() => `${kind ? CODE_PREFIX[kind] : 'C'}-${today.slice(0, 4)}-0001`, [kind, today]);

  const actions = (
    <>
      {canRegister && (
        <Button component={RouterLink} to="/clients/waiting" startIcon={<HourglassTopIcon />}>
          {t('actions.waiting')}
        </Button>
      )}
      {user.role === 'manager' && (
        <Button component={RouterLink} to="/clients/import" startIcon={<UploadFileIcon />}>
          {t('actions.import')}
        </Button>
      )}
      {user.role === 'manager' && !registerEmpty && (
        <Button onClick={() => void exportFile()} startIcon={<DownloadIcon />}>
          {t('actions.export')}
        </Button>
      )}
      {canRegister && (
        <Button component={RouterLink} to="/clients/new" variant="contained" startIcon={<PersonAddIcon />}>
          {t('actions.new')}
        </Button>
      )}
    </>
  );

  if (registerEmpty) {
    return (
      <>
        <PageHeader title={t('title')} subtitle={t('subtitle')} />
        <EmptyState
          icon={GroupsIcon}
          title={t('list.empty')}
          text={t('list.emptyText')}
          points={[t('list.emptyPoints.code', { example }), t('list.emptyPoints.history'), t('list.emptyPoints.scans')]}
          actions={actions}
        />
      </>
    );
  }

  const head = (s: Sort | null, label: string) => (
    <TableCell sortDirection={sort === s ? dir : false}>
      {s ? (
        <TableSortLabel active={sort === s} direction={sort === s ? dir : 'asc'} onClick={() => orderBy(s)}>
          {label}
        </TableSortLabel>
      ) : (
        label
      )}
    </TableCell>
  );

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} actions={actions} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 1fr 1fr' }, gap: 2, mb: 2 }}>
        <TextField
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setParam('q', e.target.value || undefined);
          }}
          placeholder={t('list.search')}
          autoFocus
          slotProps={{
            htmlInput: { 'aria-label': t('list.search'), spellCheck: false },
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon />
                </InputAdornment>
              ),
            },
          }}
        />
        <TextField
          select
          label={t('list.status')}
          value={status}
          onChange={(e) => setParam('status', e.target.value === 'all' ? undefined : e.target.value)}
        >
          {STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {t(`statusFilter.${s}`)}
            </MenuItem>
          ))}
        </TextField>
        {isResidential(kind) ? (
          <TextField
            select
            label={t('list.room')}
            value={roomId ?? ''}
            onChange={(e) => setParam('room', e.target.value ? String(e.target.value) : undefined)}
          >
            <MenuItem value="">{t('list.allRooms')}</MenuItem>
            {rooms.map((r) => (
              <MenuItem key={r.id} value={r.id}>
                {r.name}
              </MenuItem>
            ))}
          </TextField>
        ) : (
          <TextField
            select
            label={t('list.group')}
            value={groupId ?? ''}
            onChange={(e) => setParam('group', e.target.value ? String(e.target.value) : undefined)}
          >
            <MenuItem value="">{t('list.allGroups')}</MenuItem>
            {groups.map((g) => (
              <MenuItem key={g.id} value={g.id}>
                {g.name}
              </MenuItem>
            ))}
          </TextField>
        )}
      </Box>
      <Paper variant="outlined">
        <TableContainer>
          <Table size="small" aria-label={t('title')}>
            <TableHead>
              <TableRow>
                {head('code', t('list.code'))}
                {head('name', t('list.name'))}
                {head('birthDate', t('list.birth'))}
                {head(null, t('list.status'))}
                {head(null, t('list.place'))}
                {head('admittedOn', t('list.admitted'))}
              </TableRow>
            </TableHead>
            <TableBody sx={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
              {list.data?.items.map((c) => (
                <TableRow
                  key={c.id}
                  hover
                  onClick={() => void navigate(`/clients/${c.id}`)}
                  sx={{ cursor: 'pointer', '& td': { py: 1.25 } }}
                  data-testid="client-row"
                >
                  <TableCell>
                    <RouterLink to={`/clients/${c.id}`} style={{ color: 'inherit' }} onClick={(e) => e.stopPropagation()}>
                      <Code code={c.code} />
                    </RouterLink>
                  </TableCell>
                  <TableCell>
                    <ClientName name={c.name} hidden={c.nameHidden} variant="body2" />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {c.birthDate ? `${formatDate(c.birthDate)} · ${t('age', { count: ageOn(c.birthDate, today) ?? 0 })}` : '—'}
                  </TableCell>
                  <TableCell>
                    <StatusChip status={c.status} />
                    <PlanFlag clientId={c.id} flag={planFlags.get(c.id)} />
                    {c.absenceReason && (
                      <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                        {t(`absence.${c.absenceReason}`)}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>{placeLabel(c) || '—'}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{c.admittedOn ? formatDate(c.admittedOn) : '—'}</TableCell>
                </TableRow>
              ))}
              {list.data && list.data.items.length === 0 && (
                <TableRow>
                  <TableCell colSpan={6} sx={{ py: 4, textAlign: 'center', color: 'text.secondary' }}>
                    {t('list.noMatch')}
                  </TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
        <ListPagination total={list.data?.total ?? 0} page={page} pageSize={perPage} onPage={setPage} onPageSize={setPerPage} />
      </Paper>
    </>
  );
}
