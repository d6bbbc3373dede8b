import { z } from 'zod';
import { method, roleSchema, langSchema, ALL_ROLES, empty, ok, id, username, newPassword, requiredText } from './core';

export const sessionUser = z.object({
  id,
  username: z.string(),
  fullName: z.string(),
  role: roleSchema,
  lang: langSchema,
});
export type SessionUser = z.infer<typeof sessionUser>;

export const userOut = sessionUser.extend({
  active: z.boolean(),
  createdAt: z.string(),
  lockedUntil: z.string().nullable(),
});
export type UserRow = z.infer<typeof userOut>;

export const authContract = {
  'auth.signIn': method({
    input: z.object({
      username: z.string().trim().toLowerCase().min(1, 'v.required').max(64, 'v.tooLong'),
      password: z.string().min(1, 'v.required').max(128, 'v.tooLong'),
    }),
    output: z.object({ user: sessionUser, token: z.string() }),
    roles: 'public',
    kind: 'mutation',
    doc: 'Signs in; the front keeps the token (cookie or per window) and never shows it to scripts.',
  }),
  'auth.signOut': method({
    input: empty,
    output: ok,
    roles: ALL_ROLES,
    kind: 'mutation',
    doc: 'Ends the current session.',
  }),
  'auth.me': method({
    input: empty,
    output: sessionUser,
    roles: ALL_ROLES,
    kind: 'query',
    doc: 'The signed-in user.',
  }),
  'auth.setLanguage': method({
    input: z.object({ lang: langSchema }),
    output: sessionUser,
    roles: ALL_ROLES,
    kind: 'mutation',
    doc: 'Remembers the UI language for the signed-in user.',
  }),
  'auth.changePassword': method({
    input: z.object({ currentPassword: z.string().min(1, 'v.required'), newPassword }),
    output: ok,
    roles: ALL_ROLES,
    kind: 'mutation',
    doc: 'Changes the signed-in user’s own password.',
  }),
  'users.list': method({
    input: empty,
    output: z.array(userOut),
    roles: ['manager'],
    kind: 'query',
    doc: 'All user accounts.',
  }),
  'users.create': method({
    input: z.object({ username, fullName: requiredText(120), role: roleSchema, password: newPassword, lang: langSchema.default('uz') }),
    output: userOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Creates a staff account.',
  }),
  'users.resetPassword': method({
    input: z.object({ userId: id, password: newPassword }),
    output: ok,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Sets a new password for a user and unlocks the account.',
  }),
  'users.setActive': method({
    input: z.object({ userId: id, active: z.boolean() }),
    output: userOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Deactivates or reactivates an account; a manager cannot deactivate themself or the last manager.',
  }),
};
