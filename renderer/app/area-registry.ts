import type { ComponentType } from 'react';
import type SvgIcon from '@mui/material/SvgIcon';
import type { Role } from '../../electron/contract/core';
import type { FacilityKind } from '../../electron/contract/setup.contract';
import type { NavLabelKey } from '../i18n/nav';

export interface AreaEntry {
  id: string;
  /** Where the area lives; it owns everything below it (`/clients/*`). */
  path: string;
  icon: typeof SvgIcon;
  labelKey: NavLabelKey;
  /** Roles that see the area in the navigation and may open it. This is THE navigation-by-role map. */
  roles: readonly Role[];
  load: () => Promise<{ default: ComponentType }>;
  /** Facility kinds the area exists for (the appeals register only in a women's center); all when left out. */
  kinds?: readonly FacilityKind[];
  /** Roles that see the area only in some kinds (the accountant's attendance is the day-care tabel; a home's roll call is not hers). */
  roleKinds?: Partial<Record<Role, readonly FacilityKind[]>>;
}

/** Whether a user of this role may open the area in a facility of this kind (kind unknown while loading: yes). */
export function opens(area: AreaEntry, role: Role, kind?: FacilityKind): boolean {
  const kinds = area.roleKinds?.[role] ?? area.kinds;
  return area.roles.includes(role) && (!kinds || !kind || kinds.includes(kind));
}

export function areasFor(areas: readonly AreaEntry[], role: Role, kind?: FacilityKind): AreaEntry[] {
  return areas.filter((a) => opens(a, role, kind));
}
