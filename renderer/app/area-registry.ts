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
  /** A placeholder until the area is built. A later entry with the same id replaces it in place. */
  planned?: boolean;
}

/** Entries in navigation order: a built area's entry takes its placeholder's place, whatever line it is on. */
export function resolveAreas(entries: readonly AreaEntry[]): AreaEntry[] {
  const order: string[] = [];
  const chosen = new Map<string, AreaEntry>();
  for (const entry of entries) {
    const existing = chosen.get(entry.id);
    if (!existing) order.push(entry.id);
    if (!existing || (existing.planned && !entry.planned)) chosen.set(entry.id, entry);
  }
  return order.map((id) => chosen.get(id)!);
}

/** Whether a user of this role may open the area in a facility of this kind (kind unknown while loading: yes). */
export function opens(area: AreaEntry, role: Role, kind?: FacilityKind): boolean {
  const kinds = area.roleKinds?.[role] ?? area.kinds;
  return area.roles.includes(role) && (!kinds || !kind || kinds.includes(kind));
}

export function areasFor(areas: readonly AreaEntry[], role: Role, kind?: FacilityKind): AreaEntry[] {
  return areas.filter((a) => opens(a, role, kind));
}
