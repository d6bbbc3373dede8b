import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Role } from '../../contract/core';
import type { FacilityKind } from '../../contract/setup.contract';
import { AppError } from '../errors';
import { getFacilityKind } from '../../../db/repositories/facility';
import { staffScopeOf } from '../../../db/repositories/rooms';

/**
 * Need-to-know for the register, in one place.
 *
 * | facility kind                      | real name (and identifying details)                                  |
 * |------------------------------------|----------------------------------------------------------------------|
 * | women_center, trafficking_shelter  | manager, and the client's assigned worker; nobody else               |
 * | family_home, day_care              | manager, assigned worker, caregiver (own rooms/groups), social worker, accountant; not the inspector |
 *
 * Case narratives (notes, reason for placement, trafficking details) and medical data follow the
 * name in the anonymous kinds, and are never shown to accountants. A caregiver assigned to rooms or
 * groups sees only the clients placed there (and those assigned to her); without any assignment
 * she sees everyone (a small facility where everybody does everything).
 *
 * The daily journal follows the case: where the case is closed to a reader, she sees the routine of
 * the shift (meals, sleep, hygiene, activities as chips), her own entries and those flagged for
 * handover — never free text, mood, health or family entries (daily/carelog.rules.ts), nor the
 * narrative of an incident she did not report. The medication round stays open to the staff in scope:
 * whoever gives the dose must read the prescription.
 */
export const ANONYMOUS_KINDS: ReadonlySet<FacilityKind> = new Set(['women_center', 'trafficking_shelter']);
const OPEN_KIND_NAME_ROLES: ReadonlySet<Role> = new Set(['manager', 'caregiver', 'social_worker', 'accountant']);

export interface Viewer {
  userId: number;
  role: Role;
  kind: FacilityKind;
  /** Null: sees every client. Otherwise the rooms and groups the caregiver works in. */
  scope: { roomIds: number[]; groupIds: number[] } | null;
}

/** The fields of a client row the rules look at. */
export interface Guarded {
  assigned_worker_id: number | null;
  current_room_id: number | null;
  current_group_id: number | null;
}

/**
 * The facility's kind as the call's session statement read it, by the call's user object (made
 * anew for each call, so it lives as long as the call): `loadViewer` then needs no query of its own.
 */
const kindOfCall = new WeakMap<object, string>();
export function rememberFacilityKind(user: object, kind: string | null): void {
  if (kind) kindOfCall.set(user, kind);
}

export async function loadViewer(db: Kysely<Database>, user: { id: number; role: Role }): Promise<Viewer> {
  const kind = kindOfCall.get(user) ?? (await getFacilityKind(db));
  if (!kind) throw new AppError('not_initialized');
  let scope: Viewer['scope'] = null;
  if (user.role === 'caregiver') {
    const s = await staffScopeOf(db, user.id);
    if (s.roomIds.length + s.groupIds.length > 0) scope = s;
  }
  return {
    userId: user.id,
    role: user.role,
    kind: kind as FacilityKind,
    scope,
  };
}

export const isAnonymousKind = (v: Viewer) => ANONYMOUS_KINDS.has(v.kind);

/** Whose names a viewer may see: every client in scope, or only those assigned to them. */
export function nameRule(v: Viewer): 'all' | 'assigned' {
  if (v.role === 'manager') return 'all';
  if (isAnonymousKind(v)) return 'assigned';
  return OPEN_KIND_NAME_ROLES.has(v.role) ? 'all' : 'assigned';
}

export function inScope(v: Viewer, c: Guarded): boolean {
  if (!v.scope || c.assigned_worker_id === v.userId) return true;
  return (
    (c.current_room_id !== null && v.scope.roomIds.includes(c.current_room_id)) ||
    (c.current_group_id !== null && v.scope.groupIds.includes(c.current_group_id))
  );
}

export function canSeeName(v: Viewer, c: Guarded): boolean {
  if (c.assigned_worker_id === v.userId) return true;
  return nameRule(v) === 'all' && inScope(v, c);
}

/** Medical data, case narratives: never for accountants; in anonymous kinds only with the name. */
export function canSeeCase(v: Viewer, c: Guarded): boolean {
  if (v.role === 'accountant') return false;
  return isAnonymousKind(v) ? canSeeName(v, c) : inScope(v, c);
}

/** Sorting by a hidden name would leak its order: such viewers get the code order. */
export const maySortByName = (v: Viewer) => nameRule(v) === 'all';

/** Refuses a client outside the caregiver's rooms and groups as if it did not exist. */
export function assertInScope(v: Viewer, c: Guarded): void {
  if (!inScope(v, c)) throw new AppError('forbidden');
}

/** Writing identifying details needs the name: the manager or the assigned worker (or staff with names). */
export function assertMayEdit(v: Viewer, c: Guarded): void {
  assertInScope(v, c);
  if (v.role === 'manager' || c.assigned_worker_id === v.userId) return;
  if (!isAnonymousKind(v) && v.role === 'social_worker') return;
  throw new AppError('forbidden');
}
