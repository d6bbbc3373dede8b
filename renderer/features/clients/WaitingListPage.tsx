import { useState } from 'react';
import { Box, Button, Chip, MenuItem, Paper, Table, TableBody, TableCell, TableHead, TableRow, TextField, Link } from '@mui/material';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import LoginIcon from '@mui/icons-material/Login';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, tashkentToday } from '../../../electron/contract/format';
import { SEXES, WAITING_PRIORITIES, type Sex, type WaitingPriority } from '../../../electron/contract/clients.codes';
import type { WaitingEntry } from '../../../electron/contract/waiting.contract';
import type { ClientSummary } from '../../../electron/contract/clients.schemas';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/EmptyState';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useSignedInUser } from '../../app/session';
import { ClientName, Code, isResidential, useFacilityKind } from './shared';
import { FormDialog } from './FormDialog';
import { DateField, dateText } from './DateField';
import { useFormErrors } from './useFormState';
import { AdmitDialog } from './AdmitDialog';

const PRIORITY_COLOR: Record<WaitingPriority, 'error' | 'warning' | 'default'> = { urgent: 'error', high: 'warning', normal: 'default' };
const QUERIES = ['waitingList.list', 'clients.list', 'home.summary'] as const;

/** A new applicant, or someone already in the register applying again (a former resident): then only the application is asked. */
function AddDialog({ existing, onClose }: { existing?: ClientSummary; onClose(): void }) {
  const { t } = useTranslation('clients');
  const [v, setV] = useState({
    lastName: '',
    firstName: '',
    middleName: '',
    birthDate: '',
    sex: '' as Sex | '',
    appliedOn: formatDate(tashkentToday()),
    priority: 'normal' as WaitingPriority,
    expectedOn: '',
    note: '',
  });
  const errors = useFormErrors();
  const add = useApiMutation('waitingList.add', { invalidates: [...QUERIES] });
  const set = (patch: Partial<typeof v>) => {
    setV({ ...v, ...patch });
    errors.clear(
      ...Object.keys(patch).map((k) => (k in v && ['lastName', 'firstName', 'sex', 'birthDate'].includes(k) ? `client.${k}` : k)),
    );
  };
  const submit = async () => {
    const applied = dateText(v.appliedOn);
    const expected = dateText(v.expectedOn);
    const birth = dateText(v.birthDate);
    const local: Record<string, string> = {};
    if (!existing) {
      if (!v.lastName.trim()) local['client.lastName'] = t('v.required');
      if (!v.firstName.trim()) local['client.firstName'] = t('v.required');
      if (!v.sex) local['client.sex'] = t('v.required');
      if (birth === null) local['client.birthDate'] = t('v.date');
    }
    if (!applied) local.appliedOn = t('v.date');
    if (expected === null) local.expectedOn = t('v.date');
    if (!errors.set(local)) return;
    try {
      await add.mutateAsync({
        ...(existing
          ? { clientId: existing.id }
          : {
              client: {
                lastName: v.lastName,
                firstName: v.firstName,
                middleName: v.middleName,
                birthDate: birth || null,
                sex: v.sex as Sex,
              },
            }),
        appliedOn: applied as string,
        priority: v.priority,
        expectedOn: expected || null,
        note: v.note,
      });
      onClose();
    } catch (e) {
      errors.fromError(e);
    }
  };
  const f = errors.fields;
  return (
    <FormDialog
      open
      title={existing ? t('waiting.againTitle') : t('waiting.addTitle')}
      submitLabel={t('waiting.add')}
      busy={add.isPending}
      error={errors.form}
      onSubmit={submit}
      onClose={onClose}
      maxWidth="md"
    >
      {existing ? (
        <Box className="wide" data-testid="waiting-existing" sx={{ display: 'flex', gap: 1.5, alignItems: 'center', py: 1 }}>
          <Code code={existing.code} />
          <ClientName name={existing.name} hidden={existing.nameHidden} />
          <Chip size="small" label={t('waiting.again')} />
        </Box>
      ) : (
        <>
          <TextField
            name="lastName"
            label={t('fields.lastName')}
            value={v.lastName}
            onChange={(e) => set({ lastName: e.target.value })}
            error={!!f['client.lastName']}
            helperText={f['client.lastName']}
            required
            autoFocus
          />
          <TextField
            name="firstName"
            label={t('fields.firstName')}
            value={v.firstName}
            onChange={(e) => set({ firstName: e.target.value })}
            error={!!f['client.firstName']}
            helperText={f['client.firstName']}
            required
          />
          <TextField
            name="middleName"
            label={t('fields.middleName')}
            value={v.middleName}
            onChange={(e) => set({ middleName: e.target.value })}
          />
          <DateField
            name="birthDate"
            label={t('fields.birthDate')}
            value={v.birthDate}
            onChange={(x) => set({ birthDate: x })}
            error={!!f['client.birthDate']}
            helperText={f['client.birthDate']}
          />
          <TextField
            select
            name="sex"
            label={t('fields.sex')}
            value={v.sex}
            onChange={(e) => set({ sex: e.target.value as Sex })}
            error={!!f['client.sex']}
            helperText={f['client.sex']}
            required
          >
            {SEXES.map((s) => (
              <MenuItem key={s} value={s}>
                {t(`sex.${s}`)}
              </MenuItem>
            ))}
          </TextField>
        </>
      )}
      <TextField
        select
        name="priority"
        label={t('waiting.priority')}
        value={v.priority}
        onChange={(e) => set({ priority: e.target.value as WaitingPriority })}
      >
        {WAITING_PRIORITIES.map((p) => (
          <MenuItem key={p} value={p}>
            {t(`priority.${p}`)}
          </MenuItem>
        ))}
      </TextField>
      <DateField
        name="appliedOn"
        label={t('waiting.appliedOn')}
        value={v.appliedOn}
        onChange={(x) => set({ appliedOn: x })}
        error={!!f.appliedOn}
        helperText={f.appliedOn}
        required
      />
      <DateField
        name="expectedOn"
        label={t('waiting.expectedOn')}
        value={v.expectedOn}
        onChange={(x) => set({ expectedOn: x })}
        error={!!f.expectedOn}
        helperText={f.expectedOn}
      />
      <TextField
        className="wide"
        name="note"
        label={t('waiting.note')}
        value={v.note}
        onChange={(e) => set({ note: e.target.value })}
        multiline
      />
    </FormDialog>
  );
}

/** Applicants in queue order; the manager admits from here with one click, or takes someone off with a reason. */
export function WaitingListPage() {
  const { t } = useTranslation('clients');
  const user = useSignedInUser();
  const kind = useFacilityKind();
  const list = useApiQuery('waitingList.list', {}).data;
  // From a client's page: "apply again" opens the form for that person (`?apply=<id>`).
  const [params, setParams] = useSearchParams();
  const applyId = Number(params.get('apply')) || null;
  const applicant = useApiQuery('clients.get', { id: applyId ?? 0 }, { enabled: applyId !== null }).data;
  const [adding, setAdding] = useState(false);
  const [admitting, setAdmitting] = useState<WaitingEntry | null>(null);
  const [withdrawing, setWithdrawing] = useState<WaitingEntry | null>(null);
  const [reason, setReason] = useState('');
  const errors = useFormErrors();
  const withdraw = useApiMutation('waitingList.withdraw', { invalidates: [...QUERIES] });
  const manager = user.role === 'manager';
  const addButton = (
    <Button variant="contained" startIcon={<PersonAddIcon />} onClick={() => setAdding(true)}>
      {t('waiting.add')}
    </Button>
  );
  return (
    <>
      <PageHeader title={t('waiting.title')} subtitle={t('waiting.subtitle')} actions={list && list.length > 0 ? addButton : undefined} />
      {list && list.length === 0 && (
        <EmptyState icon={HourglassTopIcon} title={t('waiting.empty')} text={t('waiting.emptyText')} actions={addButton} />
      )}
      {list && list.length > 0 && (
        // On a 1024 px tablet the table is wider than the page: it scrolls inside its card, the page does not.
        <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={t('waiting.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('waiting.position')}</TableCell>
                <TableCell>{t('waiting.person')}</TableCell>
                <TableCell>{t('waiting.priority')}</TableCell>
                <TableCell>{t('waiting.appliedOn')}</TableCell>
                <TableCell>{t('waiting.expectedOn')}</TableCell>
                <TableCell>{t('waiting.note')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {list.map((w) => (
                <TableRow key={w.id} data-testid="waiting-row">
                  <TableCell sx={{ fontWeight: 700 }}>{w.position}</TableCell>
                  <TableCell>
                    <Link component={RouterLink} to={`/clients/${w.client.id}`} sx={{ mr: 1 }}>
                      <Code code={w.client.code} />
                    </Link>
                    <ClientName name={w.client.name} hidden={w.client.nameHidden} variant="body2" />
                  </TableCell>
                  <TableCell>
                    <Chip size="small" color={PRIORITY_COLOR[w.priority]} label={t(`priority.${w.priority}`)} />
                  </TableCell>
                  <TableCell>{formatDate(w.appliedOn)}</TableCell>
                  <TableCell>{w.expectedOn ? formatDate(w.expectedOn) : '—'}</TableCell>
                  <TableCell sx={{ minWidth: 160, maxWidth: 280 }}>{w.note ?? ''}</TableCell>
                  <TableCell align="right">
                    {manager && (
                      <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end', gap: 0.5 }}>
                        <Button
                          size="small"
                          variant="contained"
                          startIcon={<LoginIcon />}
                          onClick={() => setAdmitting(w)}
                          sx={{ whiteSpace: 'nowrap' }}
                        >
                          {t('actions.admit')}
                        </Button>
                        <Button size="small" onClick={() => setWithdrawing(w)} sx={{ whiteSpace: 'nowrap' }}>
                          {t('waiting.withdraw')}
                        </Button>
                      </Box>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
      {adding && <AddDialog onClose={() => setAdding(false)} />}
      {applicant && applyId !== null && <AddDialog existing={applicant} onClose={() => setParams({}, { replace: true })} />}
      {admitting && (
        <AdmitDialog
          open
          client={admitting.client}
          residential={isResidential(kind)}
          waitingId={admitting.id}
          onClose={() => setAdmitting(null)}
          onDone={() => setAdmitting(null)}
        />
      )}
      <FormDialog
        open={!!withdrawing}
        title={t('waiting.withdrawTitle')}
        submitLabel={t('waiting.withdraw')}
        destructive
        maxWidth="xs"
        busy={withdraw.isPending}
        error={errors.form}
        onClose={() => setWithdrawing(null)}
        onSubmit={async () => {
          try {
            await withdraw.mutateAsync({ id: withdrawing!.id, reason });
            setWithdrawing(null);
            setReason('');
          } catch (e) {
            errors.fromError(e);
          }
        }}
      >
        <TextField
          className="wide"
          {...errors.props('reason')}
          label={t('waiting.withdrawReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
          autoFocus
        />
      </FormDialog>
    </>
  );
}
