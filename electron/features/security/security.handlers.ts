import { handlersFor } from '../context';
import { conflict } from '../errors';
import { getIdleLockMinutes, setIdleLockMinutes } from '../../../db/repositories/security';
import { IDLE_LOCK_DEFAULT_MINUTES } from '../../contract/security.contract';

export const securityHandlers = handlersFor({
  'security.settings': async (ctx) => ({ idleLockMinutes: (await getIdleLockMinutes(ctx.db)) ?? IDLE_LOCK_DEFAULT_MINUTES }),
  'security.setIdleLock': async (ctx, input) => {
    const before = (await getIdleLockMinutes(ctx.db)) ?? IDLE_LOCK_DEFAULT_MINUTES;
    await setIdleLockMinutes(ctx.db, input.minutes, ctx.now().toISOString());
    await ctx.audit({
      action: 'security.setIdleLock',
      objectType: 'security_settings',
      objectId: '1',
      changes: { idleLockMinutes: [before, input.minutes] },
    });
    return { idleLockMinutes: input.minutes };
  },
  // With the database open nothing is damaged: the damaged state is answered before the store (backend.ts).
  'recovery.status': async () => ({ damaged: null }),
  'recovery.restoreLatest': async () => {
    throw conflict('notDamaged');
  },
});
