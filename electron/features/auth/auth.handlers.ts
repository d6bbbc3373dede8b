import { AppError, conflict, notFound } from '../errors';
import { handlersFor, publicHandlersFor, iso } from '../context';
import { findUserByName, findUserById, updateUser, listUsers, insertUser, countActiveManagers } from '../../../db/repositories/users';
import { insertSession, deleteSession, deleteUserSessions } from '../../../db/repositories/sessions';
import { appendAudit } from '../../../db/repositories/audit';
import { hashPassword, verifyPassword, burnTime } from './passwords';
import { newToken, tokenHash, sessionExpiry, MAX_FAILED_ATTEMPTS, LOCK_MINUTES } from './sessions';
import { toSessionUser, toUserRow } from './users.mapper';

export const signInHandlers = publicHandlersFor({
  'auth.signIn': async (ctx, input) => {
    const now = ctx.now();
    const user = await findUserByName(ctx.db, input.username);
    const failed = async (userId: number | null) => {
      await appendAudit(ctx.db, {
        at: iso(now),
        userId,
        username: input.username,
        role: null,
        action: 'auth.signIn',
        outcome: 'failed',
      });
      return new AppError('bad_credentials', {}, undefined, true);
    };
    if (!user || user.active !== 1) {
      await burnTime(input.password);
      throw await failed(user?.id ?? null);
    }
    if (user.locked_until && user.locked_until > iso(now)) {
      await appendAudit(ctx.db, {
        at: iso(now),
        userId: user.id,
        username: user.username,
        role: user.role,
        action: 'auth.signIn',
        outcome: 'denied',
      });
      throw new AppError('account_locked', { until: user.locked_until }, undefined, true);
    }
    if (!(await verifyPassword(user.password_hash, input.password))) {
      const attempts = user.failed_attempts + 1;
      const lock = attempts >= MAX_FAILED_ATTEMPTS;
      await updateUser(ctx.db, user.id, {
        failed_attempts: lock ? 0 : attempts,
        locked_until: lock ? iso(new Date(now.getTime() + LOCK_MINUTES * 60_000)) : user.locked_until,
      });
      throw await failed(user.id);
    }
    await updateUser(ctx.db, user.id, { failed_attempts: 0, locked_until: null });
    // The keyring heals itself: a user without exactly one current wrapped key gets one now.
    if (ctx.keys.needsWrap(user.username)) await ctx.keys.setUserPassword(user.username, input.password);
    const token = newToken();
    await insertSession(ctx.db, {
      token_hash: tokenHash(token),
      user_id: user.id,
      created_at: iso(now),
      last_seen_at: iso(now),
      expires_at: sessionExpiry(now),
    });
    await appendAudit(ctx.db, {
      at: iso(now),
      userId: user.id,
      username: user.username,
      role: user.role,
      action: 'auth.signIn',
      outcome: 'ok',
    });
    return { user: toSessionUser(user), token };
  },
});

export const authHandlers = handlersFor({
  'auth.signOut': async (ctx) => {
    if (ctx.tokenHash) await deleteSession(ctx.db, ctx.tokenHash);
    await ctx.audit({ action: 'auth.signOut' });
    return { ok: true as const };
  },
  'auth.me': async (ctx) => ctx.user,
  'auth.setLanguage': async (ctx, input) => {
    await updateUser(ctx.db, ctx.user.id, { lang: input.lang, updated_at: iso(ctx.now()) });
    await ctx.audit({
      action: 'auth.setLanguage',
      objectType: 'user',
      objectId: String(ctx.user.id),
      changes: { lang: [ctx.user.lang, input.lang] },
    });
    return { ...ctx.user, lang: input.lang };
  },
  'auth.changePassword': async (ctx, input) => {
    const user = await findUserById(ctx.db, ctx.user.id);
    if (!user || !(await verifyPassword(user.password_hash, input.currentPassword))) {
      throw conflict('wrongPassword', { currentPassword: 'conflict.wrongPassword' });
    }
    await updateUser(ctx.db, user.id, { password_hash: await hashPassword(input.newPassword), updated_at: iso(ctx.now()) });
    await ctx.keys.setUserPassword(user.username, input.newPassword);
    await ctx.audit({ action: 'auth.changePassword', objectType: 'user', objectId: String(user.id) });
    return { ok: true as const };
  },
  'users.list': async (ctx) => (await listUsers(ctx.db)).map(toUserRow),
  'users.create': async (ctx, input) => {
    if (await findUserByName(ctx.db, input.username)) throw conflict('usernameTaken', { username: 'conflict.usernameTaken' });
    const now = iso(ctx.now());
    const id = await insertUser(ctx.db, {
      username: input.username,
      full_name: input.fullName,
      role: input.role,
      lang: input.lang,
      password_hash: await hashPassword(input.password),
      locked_until: null,
      created_at: now,
      updated_at: now,
    });
    await ctx.keys.setUserPassword(input.username, input.password);
    await ctx.audit({
      action: 'users.create',
      objectType: 'user',
      objectId: String(id),
      changes: { username: [null, input.username], role: [null, input.role] },
    });
    const created = await findUserById(ctx.db, id);
    return toUserRow(created!);
  },
  'users.resetPassword': async (ctx, input) => {
    const user = await findUserById(ctx.db, input.userId);
    if (!user) throw notFound();
    await updateUser(ctx.db, user.id, {
      password_hash: await hashPassword(input.password),
      failed_attempts: 0,
      locked_until: null,
      updated_at: iso(ctx.now()),
    });
    await deleteUserSessions(ctx.db, user.id);
    if (user.active === 1) await ctx.keys.setUserPassword(user.username, input.password);
    await ctx.audit({ action: 'users.resetPassword', objectType: 'user', objectId: String(user.id) });
    return { ok: true as const };
  },
  'users.setActive': async (ctx, input) => {
    const user = await findUserById(ctx.db, input.userId);
    if (!user) throw notFound();
    if (!input.active) {
      if (user.id === ctx.user.id) throw conflict('selfDeactivate');
      if (user.role === 'manager' && user.active === 1 && (await countActiveManagers(ctx.db)) <= 1) throw conflict('lastManager');
      await deleteUserSessions(ctx.db, user.id);
      // A deactivated account can no longer open the encrypted database.
      ctx.keys.removeUser(user.username);
    }
    // Reactivated users get their wrapped key back at their next sign-in (their password is not known here).
    await updateUser(ctx.db, user.id, { active: input.active ? 1 : 0, updated_at: iso(ctx.now()) });
    await ctx.audit({
      action: 'users.setActive',
      objectType: 'user',
      objectId: String(user.id),
      changes: { active: [user.active === 1, input.active] },
    });
    return toUserRow((await findUserById(ctx.db, user.id))!);
  },
});
