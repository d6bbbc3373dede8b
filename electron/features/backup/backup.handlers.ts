import { basename } from 'node:path';
import { handlersFor } from '../context';
import type { BackupInfo } from './backup-service';

export const backupHandlers = handlersFor({
  'backup.status': async (ctx) => ctx.store.backups.status(ctx.db),
  'backup.create': async (ctx, input) => {
    const b = ctx.store.backups;
    const { path } = await b.backupNow('manual', { dir: input.dir, userId: ctx.user.id, db: ctx.db });
    await ctx.audit({ action: 'backup.create', objectType: 'backup', objectId: basename(path), changes: { dir: input.dir ?? b.folder } });
    return b.list(input.dir ?? b.folder).find((x) => x.file === path)!;
  },
  'backup.list': async (ctx, input) => ctx.store.backups.list(input.dir),
  'backup.inspect': async (ctx, input) => {
    const info = ctx.store.backups.inspect(input.file);
    await ctx.audit({ action: 'backup.inspect', objectType: 'backup', objectId: basename(info.file) });
    return info;
  },
  'backup.restore': async (ctx, input) => {
    // Checked now, so a bad file is refused before anything happens; the swap runs after this
    // transaction (it closes the database), with the request already on the old trail.
    const checked = ctx.store.backups.inspect(input.file);
    await ctx.audit({ action: 'backup.restoreRequested', objectType: 'backup', objectId: basename(checked.file) });
    const result: { restoredFrom: BackupInfo; revertPoint: string; signInAgain: true } = {
      restoredFrom: checked,
      revertPoint: '',
      signInAgain: true,
    };
    const actor = { userId: ctx.user.id, username: ctx.user.username, role: ctx.user.role, via: 'app' };
    ctx.afterCommit(async () => {
      const done = await ctx.store.backups.restore(input.file, actor);
      result.restoredFrom = done.info;
      result.revertPoint = done.revertPoint;
    });
    return result;
  },
});
