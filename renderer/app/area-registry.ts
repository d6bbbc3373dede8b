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
  /** A placeholder until the area is built. A later entry with the same id replaces it in place. */
  planned?: boolean;
  /** Only facilities of these kinds have the area (the appeals register: women's center, shelter). */
  kinds?: readonly FacilityKind[];
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

/** The areas a role sees; an area for some facility kinds only shows once the facility's kind is known. */
export function areasFor(areas: readonly AreaEntry[], role: Role, kind?: FacilityKind): AreaEntry[] {
  return areas.filter((a) => a.roles.includes(role) && isForKind(a, kind));
}

export function isForKind(area: AreaEntry, kind: FacilityKind | undefined): boolean {
  return !area.kinds || (kind !== undefined && area.kinds.includes(kind));
}
