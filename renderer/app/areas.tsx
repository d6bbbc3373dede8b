// THE AREA REGISTRY. Each area of the app is one line, in navigation order: its navigation entry, who
// sees it, and its pages. This file merges by union, so add a line and do not edit others'.
// Roles here are the single navigation-by-role map: manager sees all; caregiver: home, clients, beds,
// attendance, care log, plans; social_worker: home, clients, plans, care log; accountant: home, billing,
// reports, attendance; inspector: home, plans (read only), reports.
import HomeIcon from '@mui/icons-material/Home';
import GroupsIcon from '@mui/icons-material/Groups';
import BedIcon from '@mui/icons-material/Bed';
import FlagIcon from '@mui/icons-material/Flag';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import AssessmentIcon from '@mui/icons-material/Assessment';
import SettingsIcon from '@mui/icons-material/Settings';
import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import BackupIcon from '@mui/icons-material/Backup';
import PolicyIcon from '@mui/icons-material/Policy';
import type { AreaEntry } from './area-registry';

// One line per area, so that union merges keep every line: prettier must not wrap them.
// prettier-ignore
export const areas: AreaEntry[] = [
  { id: 'home', path: '/', icon: HomeIcon, labelKey: 'nav.home', roles: ['manager', 'caregiver', 'social_worker', 'accountant', 'inspector'], load: () => import('../features/home/HomePage') },
  { id: 'appeals', path: '/appeals', icon: SupportAgentIcon, labelKey: 'nav.appeals', roles: ['manager', 'social_worker', 'caregiver', 'inspector'], kinds: ['women_center', 'trafficking_shelter'], load: () => import('../features/appeals/AppealsPage') },
  { id: 'clients', path: '/clients', icon: GroupsIcon, labelKey: 'nav.clients', roles: ['manager', 'caregiver', 'social_worker'], load: () => import('../features/clients/ClientsArea') },
  { id: 'beds', path: '/beds', icon: BedIcon, labelKey: 'nav.beds', roles: ['manager', 'caregiver'], load: () => import('../features/clients/BedsArea') },
  { id: 'plans', path: '/plans', icon: FlagIcon, labelKey: 'nav.plans', roles: ['manager', 'caregiver', 'social_worker', 'inspector'], load: () => import('../features/plans/PlansPage') },
  { id: 'attendance', path: '/attendance', icon: EventAvailableIcon, labelKey: 'nav.attendance', roles: ['manager', 'caregiver', 'accountant'], roleKinds: { accountant: ['day_care'] }, load: () => import('../features/daily/AttendancePage') },
  { id: 'careLog', path: '/care-log', icon: MenuBookIcon, labelKey: 'nav.careLog', roles: ['manager', 'caregiver', 'social_worker'], load: () => import('../features/daily/CareLogPage') },
  { id: 'billing', path: '/billing', icon: ReceiptLongIcon, labelKey: 'nav.billing', roles: ['manager', 'accountant'], kinds: ['day_care'], load: () => import('../features/billing/BillingPage') },
  { id: 'reports', path: '/reports', icon: AssessmentIcon, labelKey: 'nav.reports', roles: ['manager', 'accountant', 'inspector'], load: () => import('../features/reports/ReportsPage') },
  { id: 'backups', path: '/backups', icon: BackupIcon, labelKey: 'nav.backups', roles: ['manager'], load: () => import('../features/trust/BackupsPage') },
  { id: 'audit', path: '/audit', icon: PolicyIcon, labelKey: 'nav.audit', roles: ['manager'], load: () => import('../features/trust/AuditPage') },
  { id: 'settings', path: '/settings', icon: SettingsIcon, labelKey: 'nav.settings', roles: ['manager'], load: () => import('../features/settings/SettingsPage') },
];
