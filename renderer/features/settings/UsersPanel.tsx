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
  Typography,
} from '@mui/material';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import LockResetIcon from '@mui/icons-material/LockReset';
import BlockIcon from '@mui/icons-material/Block';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { useTranslation } from 'react-i18next';
import { useNotice } from '../../components/Notice';
import type { UserRow } from '../../../electron/contract/auth.contract';
import { formatDate, formatDateTime } from '../../../electron/contract/format';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useSignedInUser } from '../../app/session';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageLoading } from '../../components/LoadingScreen';
import { errorMessage } from '../../components/errors';
import { LANGUAGE_NAMES } from '../../i18n/types';
import { CreateUserDialog } from './CreateUserDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';

/** Staff accounts: who can sign in, with which role. Nobody is ever deleted: accounts are deactivated. */
export function UsersPanel() {
  const { t } = useTranslation(['settings', 'common']);
  const me = useSignedInUser();
  const users = useApiQuery('users.list', {});
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<UserRow | null>(null);
  const [toggling, setToggling] = useState<UserRow | null>(null);
  const setNotice = useNotice();
  const setActive = useApiMutation('users.setActive', { invalidates: ['users.list'] });

  if (users.isError) return <Alert severity="error">{errorMessage(users.error)}</Alert>;
  if (!users.data) return <PageLoading />;
  const now = new Date().toISOString();

  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2, flexWrap: 'wrap' }}>
        <Typography color="text.secondary" sx={{ flex: 1, minWidth: 280 }}>
          {t('users.intro')}
        </Typography>
        <Button variant="contained" startIcon={<PersonAddIcon />} onClick={() => setCreating(true)}>
          {t('users.add')}
        </Button>
      </Box>
      <TableContainer component={Paper} variant="outlined">
        <Table aria-label={t('tabs.users')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('users.col.name')}</TableCell>
              <TableCell>{t('users.col.role')}</TableCell>
              <TableCell sx={{ display: { xs: 'none', lg: 'table-cell' } }}>{t('users.col.language')}</TableCell>
              <TableCell>{t('users.col.status')}</TableCell>
              <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>{t('users.col.created')}</TableCell>
              <TableCell align="right">{t('users.col.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {users.data.map((u) => {
              const locked = !!u.lockedUntil && u.lockedUntil > now;
              const self = u.id === me.id;
              return (
                <TableRow key={u.id} hover data-username={u.username} sx={{ opacity: u.active ? 1 : 0.72 }}>
                  <TableCell>
                    <Typography sx={{ fontWeight: 600 }}>{u.fullName}</Typography>
                    <Typography variant="body2" color="text.secondary">
                      {u.username}
                      {self && <Chip label={t('users.you')} size="small" sx={{ ml: 1, height: 20 }} />}
                    </Typography>
                  </TableCell>
                  <TableCell>{t(`common:roles.${u.role}`)}</TableCell>
                  <TableCell sx={{ display: { xs: 'none', lg: 'table-cell' } }}>{LANGUAGE_NAMES[u.lang]}</TableCell>
                  <TableCell>
                    {!u.active ? (
                      <Chip label={t('users.status.inactive')} size="small" variant="outlined" />
                    ) : locked ? (
                      <Chip label={t('users.status.locked', { until: formatDateTime(u.lockedUntil) })} size="small" color="warning" />
                    ) : (
                      <Chip label={t('users.status.active')} size="small" color="success" variant="outlined" />
                    )}
                  </TableCell>
                  <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>{formatDate(u.createdAt)}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {!self && (
                      <>
                        {u.active && (
                          <Button size="small" startIcon={<LockResetIcon />} onClick={() => setResetting(u)}>
                            {t('users.resetPassword')}
                          </Button>
                        )}
                        <Button
                          size="small"
                          color={u.active ? 'error' : 'primary'}
                          startIcon={u.active ? <BlockIcon /> : <HowToRegIcon />}
                          onClick={() => setToggling(u)}
                        >
                          {u.active ? t('users.deactivate') : t('users.reactivate')}
                        </Button>
                      </>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>

      <CreateUserDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(u) => setNotice(t('users.created', { name: u.fullName, username: u.username }))}
      />
      <ResetPasswordDialog
        user={resetting}
        onClose={() => setResetting(null)}
        onDone={(u) => setNotice(t('users.passwordReset', { name: u.fullName }))}
      />
      <ConfirmDialog
        open={!!toggling}
        title={
          toggling?.active
            ? t('users.deactivateTitle', { name: toggling.fullName })
            : t('users.reactivateTitle', { name: toggling?.fullName ?? '' })
        }
        confirmLabel={toggling?.active ? t('users.deactivate') : t('users.reactivate')}
        destructive={!!toggling?.active}
        onCancel={() => setToggling(null)}
        onConfirm={async () => {
          if (!toggling) return;
          const u = await setActive.mutateAsync({ userId: toggling.id, active: !toggling.active });
          setToggling(null);
          setNotice(u.active ? t('users.reactivated', { name: u.fullName }) : t('users.deactivated', { name: u.fullName }));
        }}
      >
        {toggling?.active ? t('users.deactivateText') : t('users.reactivateText')}
      </ConfirmDialog>
    </>
  );
}
