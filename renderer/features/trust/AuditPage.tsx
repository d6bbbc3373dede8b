import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  LinearProgress,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { AuditEntryRow } from '../../../electron/contract/audit.contract';
import { formatDateTime } from '../../../electron/contract/format';
import { useApiQuery } from '../../api/hooks';
import { errorMessage, fieldErrors } from '../../components/errors';
import { PageHeader } from '../../components/PageHeader';
import { AuditFilters, type AuditFilter } from './AuditFilters';
import { AuditVerifyBanner } from './AuditVerifyBanner';

const PAGE = 50;
const OUTCOME_COLOR = { ok: 'default', denied: 'warning', failed: 'error' } as const;

/** `{ field: [before, after] }` as one short line; long values are cut, the full entry stays in the trail. */
function changesText(changes: AuditEntryRow['changes']): string {
  if (!changes) return '';
  const text = Object.entries(changes)
    .map(([k, v]) =>
      Array.isArray(v) && v.length === 2 ? `${k}: ${JSON.stringify(v[0])} → ${JSON.stringify(v[1])}` : `${k}: ${JSON.stringify(v)}`,
    )
    .join('; ');
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** The audit trail (manager): filter, page back in time, and see whether the chain is intact. */
export default function AuditPage() {
  const { t } = useTranslation(['trust', 'common']);
  const [filter, setFilter] = useState<AuditFilter>({});
  // Cursors of the pages seen so far: "Older" pushes, "Newer" pops.
  const [cursors, setCursors] = useState<number[]>([]);
  const beforeSeq = cursors[cursors.length - 1];
  const list = useApiQuery('audit.list', { ...filter, beforeSeq, limit: PAGE }, { staleTime: 0 });
  const fields = fieldErrors(list.error);

  return (
    <>
      <PageHeader title={t('common:nav.audit')} subtitle={t('audit.subtitle')} />
      <Box sx={{ mb: 2 }}>
        <AuditVerifyBanner />
      </Box>
      <Paper variant="outlined" sx={{ p: 2.5 }}>
        <AuditFilters
          value={filter}
          fields={fields}
          onApply={(f) => {
            setFilter(f);
            setCursors([]);
          }}
        />
        {list.isFetching && <LinearProgress sx={{ mb: 1 }} />}
        {list.error && Object.keys(fields).length === 0 && (
          <Alert severity="error" role="alert">
            {errorMessage(list.error)}
          </Alert>
        )}
        {list.data && list.data.entries.length === 0 && <Alert severity="info">{t('audit.empty')}</Alert>}
        {list.data && list.data.entries.length > 0 && (
          <TableContainer>
            <Table size="small" aria-label={t('common:nav.audit')}>
              <TableHead>
                <TableRow>
                  {(['seq', 'at', 'who', 'action', 'object', 'outcome', 'changes'] as const).map((c) => (
                    <TableCell key={c}>{t(`audit.col.${c}`)}</TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {list.data.entries.map((e) => (
                  <TableRow key={e.seq} data-testid="audit-row">
                    <TableCell>{e.seq}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</TableCell>
                    <TableCell>
                      {e.username ?? t('audit.system')}
                      {e.role && (
                        <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
                          {t(`common:roles.${e.role as 'manager'}`, { defaultValue: e.role })}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell sx={{ fontFamily: 'monospace', fontSize: '0.8125rem' }}>{e.action}</TableCell>
                    <TableCell sx={{ fontSize: '0.8125rem' }}>{[e.objectType, e.objectId].filter(Boolean).join(' · ')}</TableCell>
                    <TableCell>
                      <Chip size="small" variant="outlined" color={OUTCOME_COLOR[e.outcome]} label={t(`audit.outcome.${e.outcome}`)} />
                    </TableCell>
                    <TableCell sx={{ fontSize: '0.8125rem', maxWidth: 360, wordBreak: 'break-word' }}>{changesText(e.changes)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: 1.5, mt: 2 }}>
          <Typography variant="body2" color="text.secondary">
            {t('audit.page', { n: cursors.length + 1 })}
          </Typography>
          <Button disabled={cursors.length === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
            {t('audit.newer')}
          </Button>
          <Button
            variant="outlined"
            disabled={!list.data?.nextBeforeSeq}
            onClick={() => list.data?.nextBeforeSeq && setCursors((c) => [...c, list.data.nextBeforeSeq!])}
          >
            {t('audit.older')}
          </Button>
        </Box>
      </Paper>
    </>
  );
}
