import { useState } from 'react';
import { Avatar, Box, Button, Divider, ListItemIcon, ListItemText, ListSubheader, Menu, MenuItem, Typography } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import KeyIcon from '@mui/icons-material/Key';
import LogoutIcon from '@mui/icons-material/Logout';
import SwitchAccountIcon from '@mui/icons-material/SwitchAccount';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, UI_LANGS } from '../i18n/types';
import { useLanguage } from './useLanguage';
import { useSession, useSignedInUser } from './session';
import { ChangePasswordDialog } from '../features/auth/ChangePasswordDialog';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { hasUnsavedWork } from '../components/LeaveGuard';

export function initials(fullName: string): string {
  const parts = fullName.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts[1]?.[0] ?? '')).toUpperCase() || '?';
}

/** Who is signed in, in which language, and the way out. */
export function UserMenu({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { signOut, switchUser } = useSession();
  const { lang, change } = useLanguage();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [passwordOpen, setPasswordOpen] = useState(false);
  const [confirmSignOut, setConfirmSignOut] = useState(false);
  const close = () => setAnchor(null);

  return (
    <>
      <Button
        color="inherit"
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-haspopup="menu"
        aria-label={t('shell.userMenu')}
        endIcon={<ExpandMoreIcon />}
        sx={{ textAlign: 'left', py: 0.5, px: 1 }}
      >
        <Avatar sx={{ width: 36, height: 36, bgcolor: 'secondary.main', fontSize: '0.9rem', fontWeight: 700, mr: compact ? 0 : 1.25 }}>
          {initials(user.fullName)}
        </Avatar>
        {!compact && (
          <Box sx={{ lineHeight: 1.2 }}>
            <Typography component="span" sx={{ display: 'block', fontWeight: 600, fontSize: '0.9375rem' }}>
              {user.fullName}
            </Typography>
            <Typography component="span" sx={{ display: 'block', fontSize: '0.8125rem', opacity: 0.85 }}>
              {t(`roles.${user.role}`)}
            </Typography>
          </Box>
        )}
      </Button>
      <Menu
        anchorEl={anchor}
        open={!!anchor}
        onClose={close}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        <Box sx={{ px: 2, pt: 1, pb: 1.5, minWidth: 260 }}>
          <Typography sx={{ fontWeight: 700 }}>{user.fullName}</Typography>
          <Typography variant="body2" color="text.secondary">
            {t(`roles.${user.role}`)} · {user.username}
          </Typography>
        </Box>
        <Divider />
        <ListSubheader sx={{ lineHeight: '36px' }}>{t('shell.language')}</ListSubheader>
        {UI_LANGS.map((l) => (
          <MenuItem
            key={l}
            lang={l}
            selected={l === lang}
            onClick={() => {
              close();
              void change(l);
            }}
          >
            <ListItemIcon>{l === lang && <CheckIcon fontSize="small" />}</ListItemIcon>
            <ListItemText>{LANGUAGE_NAMES[l]}</ListItemText>
          </MenuItem>
        ))}
        <Divider />
        <MenuItem
          onClick={() => {
            close();
            setPasswordOpen(true);
          }}
        >
          <ListItemIcon>
            <KeyIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('shell.changePassword')}</ListItemText>
        </MenuItem>
        <MenuItem
          onClick={() => {
            close();
            void switchUser();
          }}
        >
          <ListItemIcon>
            <SwitchAccountIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('shell.switchUser')}</ListItemText>
        </MenuItem>
        <MenuItem
          onClick={() => {
            close();
            if (hasUnsavedWork()) setConfirmSignOut(true);
            else void signOut();
          }}
        >
          <ListItemIcon>
            <LogoutIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('shell.signOut')}</ListItemText>
        </MenuItem>
      </Menu>
      <ChangePasswordDialog open={passwordOpen} onClose={() => setPasswordOpen(false)} />
      <ConfirmDialog
        open={confirmSignOut}
        title={t('leave.title')}
        confirmLabel={t('shell.signOut')}
        cancelLabel={t('leave.stay')}
        destructive
        onConfirm={() => signOut()}
        onCancel={() => setConfirmSignOut(false)}
      >
        {t('leave.text')}
      </ConfirmDialog>
    </>
  );
}
