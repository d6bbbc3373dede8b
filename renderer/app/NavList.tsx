import { List, ListItemButton, ListItemIcon, ListItemText, Tooltip } from '@mui/material';
import { NavLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AreaEntry } from './area-registry';

/** The areas the user's role may open, in registry order. Collapsed: icons only, names in tooltips. */
export function NavList({ areas, collapsed, onNavigate }: { areas: AreaEntry[]; collapsed: boolean; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const isActive = (a: AreaEntry) => (a.path === '/' ? pathname === '/' : pathname === a.path || pathname.startsWith(`${a.path}/`));
  return (
    <List component="nav" aria-label={t('shell.mainNav')} sx={{ px: 1.25, py: 1, display: 'grid', gap: 0.5 }}>
      {areas.map((a) => {
        const label = t(a.labelKey);
        const active = isActive(a);
        const item = (
          <ListItemButton
            key={a.id}
            component={NavLink}
            to={a.path}
            end={a.path === '/'}
            selected={active}
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
            data-area={a.id}
            sx={{
              color: 'rgba(255,255,255,0.86)',
              px: collapsed ? 1.5 : 1.75,
              justifyContent: collapsed ? 'center' : 'flex-start',
              '&:hover': { bgcolor: 'rgba(255,255,255,0.08)' },
              '&.Mui-selected, &.Mui-selected:hover': { bgcolor: 'rgba(255,255,255,0.16)', color: '#fff' },
              '&.Mui-selected::before': {
                content: '""',
                position: 'absolute',
                left: -10,
                top: 10,
                bottom: 10,
                width: 4,
                borderRadius: 2,
                bgcolor: '#e0a100',
              },
            }}
          >
            <ListItemIcon sx={{ color: 'inherit', minWidth: collapsed ? 0 : 40 }}>
              <a.icon />
            </ListItemIcon>
            {!collapsed && (
              <ListItemText primary={label} slotProps={{ primary: { sx: { fontWeight: active ? 700 : 500, fontSize: '0.9375rem' } } }} />
            )}
          </ListItemButton>
        );
        return collapsed ? (
          <Tooltip key={a.id} title={label} placement="right">
            {item}
          </Tooltip>
        ) : (
          item
        );
      })}
    </List>
  );
}
