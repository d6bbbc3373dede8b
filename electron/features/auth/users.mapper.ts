import type { UserRecord } from '../../../db/schema';
import type { SessionUser, UserRow } from '../../contract/auth.contract';
import type { Lang, Role } from '../../contract/core';

export function toSessionUser(u: UserRecord): SessionUser {
  return { id: u.id, username: u.username, fullName: u.full_name, role: u.role as Role, lang: u.lang as Lang };
}

export function toUserRow(u: UserRecord): UserRow {
  return { ...toSessionUser(u), active: u.active === 1, createdAt: u.created_at, lockedUntil: u.locked_until };
}
