import FamilyRestroomIcon from '@mui/icons-material/FamilyRestroom';
import VolunteerActivismIcon from '@mui/icons-material/VolunteerActivism';
import ShieldIcon from '@mui/icons-material/Shield';
import AccessibleIcon from '@mui/icons-material/Accessible';
import type SvgIcon from '@mui/material/SvgIcon';
import type { FacilityKind } from '../../../electron/contract/setup.contract';

// Listed here (not imported from the contract) so the renderer bundle does not pull in zod.
export const FACILITY_KINDS = ['family_home', 'women_center', 'trafficking_shelter', 'day_care'] as const satisfies readonly FacilityKind[];

export const KIND_ICONS: Record<FacilityKind, typeof SvgIcon> = {
  family_home: FamilyRestroomIcon,
  women_center: VolunteerActivismIcon,
  trafficking_shelter: ShieldIcon,
  day_care: AccessibleIcon,
};
