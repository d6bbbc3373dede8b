import { Suspense, useEffect, useRef, useState } from 'react';
import { AppBar, Box, Chip, Divider, Drawer, IconButton, Toolbar, Tooltip, Typography, useMediaQuery, useTheme } from '@mui/material';
import MenuIcon from '@mui/icons-material/Menu';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { areas } from './areas';
import { areasFor } from './area-registry';
import { useSignedInUser } from './session';
import { NavList } from './NavList';
import { UserMenu } from './UserMenu';
import { Logo, LogoMark } from '../components/Logo';
import { PageLoading } from '../components/LoadingScreen';
import { useApiQuery } from '../api/hooks';
import { TrainingBanner } from './TrainingBanner';
import { BackupStaleBanner } from './BackupStaleBanner';
import { useIdleLock } from './useIdleLock';

const WIDE = 264;
const NARROW = 76;
const NAV_KEY = 'komak.nav';

function initialCollapsed(): boolean {
  const saved = localStorage.getItem(NAV_KEY);
  if (saved) return saved === 'collapsed';
  // The office PC (1366 wide) gets names; a 1280 tablet starts with icons and more room for the page.
  return window.innerWidth < 1300;
}

/** The frame around every page: navigation by role on the left, facility and user at the top. */
export function Shell() {
  const { t } = useTranslation();
  const theme = useTheme();
  const user = useSignedInUser();
  const small = useMediaQuery(theme.breakpoints.down('md'));
  const [collapsed, setCollapsed] = useState(initialCollapsed);
  const [mobileOpen, setMobileOpen] = useState(false);
  const facility = useApiQuery('facility.get', {}).data;
  useIdleLock();
  const visible = areasFor(areas, user.role, facility?.kind);
  const narrow = !small && collapsed;
  const width = narrow ? NARROW : WIDE;
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);
  // After moving to another page, keyboard and screen-reader users continue in the page, not in the menu.
  useEffect(() => {
    if (pathname !== firstPath.current) main.current?.focus({ preventScroll: true });
  }, [pathname]);

  const toggle = () => {
    setCollapsed((c) => {
      localStorage.setItem(NAV_KEY, c ? 'expanded' : 'collapsed');
      return !c;
    });
  };

  const nav = (
    <Box sx={{ height: '100%', display: 'flex', flexDirection: 'column', bgcolor: 'primary.dark', color: '#fff' }}>
      <Box
        sx={{ height: 64, display: 'flex', alignItems: 'center', px: narrow ? 0 : 2.5, justifyContent: narrow ? 'center' : 'flex-start' }}
      >
        {narrow ? <LogoMark size={36} /> : <Logo size={34} inverse />}
      </Box>
      <Divider sx={{ borderColor: 'rgba(255,255,255,0.12)' }} />
      <Box sx={{ flex: 1, overflowY: 'auto' }}>
        <NavList areas={visible} collapsed={narrow} onNavigate={small ? () => setMobileOpen(false) : undefined} />
      </Box>
      {!small && (
        <Box sx={{ p: 1.25, display: 'flex', justifyContent: narrow ? 'center' : 'flex-end' }}>
          <Tooltip title={t(narrow ? 'shell.expandNav' : 'shell.collapseNav')} placement="right">
            <IconButton
              onClick={toggle}
              sx={{ color: 'rgba(255,255,255,0.8)' }}
              aria-label={t(narrow ? 'shell.expandNav' : 'shell.collapseNav')}
            >
              {narrow ? <ChevronRightIcon /> : <ChevronLeftIcon />}
            </IconButton>
          </Tooltip>
        </Box>
      )}
    </Box>
  );

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <Box
        component="a"
        href="#main"
        sx={{
          position: 'absolute',
          left: -9999,
          '&:focus': { left: 12, top: 12, zIndex: 2000, bgcolor: 'background.paper', p: 1.5, borderRadius: 1 },
        }}
      >
        {t('shell.skipToContent')}
      </Box>
      {small ? (
        <Drawer open={mobileOpen} onClose={() => setMobileOpen(false)} slotProps={{ paper: { sx: { width: WIDE, border: 0 } } }}>
          {nav}
        </Drawer>
      ) : (
        <Drawer
          variant="permanent"
          sx={{
            width,
            flexShrink: 0,
            bgcolor: 'primary.dark',
            transition: 'width 150ms',
            '& .MuiDrawer-paper': { width, border: 0, transition: 'width 150ms', overflowX: 'hidden' },
          }}
        >
          {nav}
        </Drawer>
      )}
      <Box sx={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        <Box sx={{ position: 'sticky', top: 0, zIndex: (th) => th.zIndex.appBar }}>
          {facility?.training && <TrainingBanner />}
          <AppBar
            position="static"
            color="inherit"
            elevation={0}
            sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
          >
            <Toolbar sx={{ minHeight: 64, gap: 1.5 }}>
              {small && (
                <IconButton edge="start" onClick={() => setMobileOpen(true)} aria-label={t('shell.openNav')}>
                  <MenuIcon />
                </IconButton>
              )}
              <Box sx={{ flex: 1, minWidth: 0, display: 'flex', alignItems: 'center', gap: 1.5 }}>
                <Typography component="div" noWrap sx={{ fontWeight: 700, fontSize: '1.0625rem' }} data-testid="facility-name">
                  {facility?.name ?? ''}
                </Typography>
                {facility && (
                  <Chip
                    size="small"
                    label={t(`kinds.${facility.kind}.short`)}
                    sx={{
                      display: { xs: 'none', sm: 'inline-flex' },
                      bgcolor: 'rgba(29,92,122,0.08)',
                      color: 'primary.dark',
                      fontWeight: 600,
                    }}
                  />
                )}
              </Box>
              <UserMenu compact={small} />
            </Toolbar>
          </AppBar>
        </Box>
        <Box
          component="main"
          id="main"
          ref={main}
          tabIndex={-1}
          sx={{ position: 'relative', flex: 1, p: { xs: 2, md: 3.5 }, outline: 'none' }}
        >
          <Box sx={{ maxWidth: 1320, mx: 'auto' }}>
            {user.role === 'manager' && <BackupStaleBanner />}
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </Box>
        </Box>
      </Box>
    </Box>
  );
}
