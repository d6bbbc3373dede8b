import type { ReactNode } from 'react';
import { Box, Button, Card, Link, List, ListItem, ListItemButton, ListItemIcon, ListItemText, Typography } from '@mui/material';
import ErrorIcon from '@mui/icons-material/Error';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import InfoIcon from '@mui/icons-material/Info';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MeterBar } from '../../components/MeterBar';
import { formatDate } from '../../../electron/contract/format';
import { useApiQuery } from '../../api/hooks';
import { ClientName, Code, isResidential, useFacilityKind } from './shared';

const SEVERITY_ICON = { danger: ErrorIcon, warning: WarningAmberIcon, info: InfoIcon } as const;
const SEVERITY_COLOR = { danger: 'error.main', warning: 'warning.main', info: 'info.main' } as const;

function Panel({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <Card sx={{ p: 2.5, display: 'flex', flexDirection: 'column' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1.5 }}>
        <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
          {title}
        </Typography>
        {action}
      </Box>
      {children}
    </Card>
  );
}

/** The manager's today: occupancy against capacity, this week's arrivals and departures, the waiting list, alerts with where to act. */
export function ManagerSummary() {
  const { t, ready } = useTranslation('clients');
  const kind = useFacilityKind();
  const s = useApiQuery('home.summary', {}).data;
  if (!ready || !s) return null;
  const residential = isResidential(kind);
  const bars = residential
    ? s.byRoom.map((r) => ({ id: r.id, name: r.name, used: r.occupied + r.held, of: r.beds }))
    : s.byGroup.map((g) => ({ id: g.id, name: g.name, used: g.enrolled, of: g.places }));
  const movement = (list: typeof s.arrivals, none: string) =>
    list.length === 0 ? (
      <Typography color="text.secondary">{none}</Typography>
    ) : (
      <List dense disablePadding>
        {list.map((m) => (
          <ListItem key={`${m.id}${m.kind}`} disableGutters sx={{ gap: 1.5 }}>
            <Typography variant="body2" sx={{ width: 84, flex: 'none', color: 'text.secondary' }}>
              {formatDate(m.date)}
            </Typography>
            <Link component={RouterLink} to={`/clients/${m.id}`}>
              <Code code={m.code} />
            </Link>
            <ClientName name={m.name} hidden={m.nameHidden} variant="body2" />
            <Typography variant="body2" color="text.secondary" sx={{ ml: 'auto' }}>
              {t(`home.kind.${m.kind}`)}
            </Typography>
          </ListItem>
        ))}
      </List>
    );

  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2.5, mb: 3.5 }} data-testid="manager-summary">
      <Panel
        title={t('home.occupancy')}
        action={
          <Button component={RouterLink} to="/beds" size="small">
            {t('home.openBoard')}
          </Button>
        }
      >
        <Typography variant="h4" component="p" sx={{ color: s.overCapacity ? 'error.main' : 'text.primary' }}>
          {t(residential ? 'home.ofCapacity' : 'home.ofPlaces', { occupied: s.occupied, capacity: s.capacity })}
        </Typography>
        <MeterBar
          used={s.occupied}
          of={s.capacity}
          color={s.overCapacity ? 'error' : 'primary'}
          sx={{ height: 12, borderRadius: 6, my: 1.5 }}
          label={t('home.occupancy')}
          valueText={t(residential ? 'home.ofCapacity' : 'home.ofPlaces', { occupied: s.occupied, capacity: s.capacity })}
        />
        {s.away > 0 && <Typography color="text.secondary">{t('home.away', { count: s.away })}</Typography>}
        {bars.length > 0 && (
          <>
            <Typography variant="subtitle1" sx={{ mt: 1.5, mb: 0.5 }}>
              {residential ? t('home.byRoom') : t('home.byGroup')}
            </Typography>
            {bars.map((b) => (
              <Box key={b.id} sx={{ display: 'grid', gridTemplateColumns: '120px 1fr 56px', gap: 1.5, alignItems: 'center', py: 0.5 }}>
                <Typography variant="body2" noWrap>
                  {b.name}
                </Typography>
                <MeterBar
                  used={b.used}
                  of={b.of}
                  sx={{ height: 8, borderRadius: 4 }}
                  label={b.name}
                  valueText={t(residential ? 'home.ofCapacity' : 'home.ofPlaces', { occupied: b.used, capacity: b.of })}
                />
                <Typography variant="body2" sx={{ textAlign: 'right' }}>{`${b.used}/${b.of}`}</Typography>
              </Box>
            ))}
          </>
        )}
      </Panel>
      <Panel title={t('home.alerts')}>
        {s.alerts.length === 0 ? (
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', color: 'success.main' }}>
            <CheckCircleIcon />
            <Typography color="text.secondary">{t('home.noAlerts')}</Typography>
          </Box>
        ) : (
          <List disablePadding>
            {s.alerts.map((a) => {
              const Icon = SEVERITY_ICON[a.severity];
              return (
                <ListItemButton key={a.type} component={RouterLink} to={a.link} sx={{ borderRadius: 2 }}>
                  <ListItemIcon sx={{ minWidth: 40, color: SEVERITY_COLOR[a.severity] }}>
                    <Icon />
                  </ListItemIcon>
                  <ListItemText primary={a.message} />
                </ListItemButton>
              );
            })}
          </List>
        )}
      </Panel>
      <Panel title={t('home.arrivals')}>{movement(s.arrivals, t('home.noArrivals'))}</Panel>
      <Panel title={t('home.departures')}>{movement(s.departures, t('home.noDepartures'))}</Panel>
      <Panel
        title={t('home.waiting')}
        action={
          <Button component={RouterLink} to="/clients/waiting" size="small">
            {t('home.waitingCount', { count: s.waiting.count })}
          </Button>
        }
      >
        {s.waiting.count === 0 ? (
          <Typography color="text.secondary">{t('home.noWaiting')}</Typography>
        ) : (
          <List dense disablePadding>
            {s.waiting.next.map((w) => (
              <ListItem key={w.id} disableGutters sx={{ gap: 1.5 }}>
                <Typography sx={{ width: 24, fontWeight: 700 }}>{w.position}</Typography>
                <Link component={RouterLink} to={`/clients/${w.client.id}`}>
                  <Code code={w.client.code} />
                </Link>
                <ClientName name={w.client.name} hidden={w.client.nameHidden} variant="body2" />
                <Typography variant="body2" color="text.secondary" sx={{ ml: 'auto' }}>
                  {t(`priority.${w.priority}`)}
                </Typography>
              </ListItem>
            ))}
          </List>
        )}
      </Panel>
    </Box>
  );
}
