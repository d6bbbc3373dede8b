import { basename, resolve } from 'node:path';
import { handlersFor } from '../context';
import { assertLocalFolder, type BackupInfo } from './backup-service';

export const backupHandlers = handlersFor({
  'backup.status': async (ctx) => ctx.store.backups.status(ctx.db),
  'backup.create': async (ctx, input) => {
    const b = ctx.store.backups;
    const dir = input.dir ?? b.folder;
    // Refused here, inside the call's transaction, with the field error the form shows.
    assertLocalFolder(resolve(dir));
    // The copy is written after this (empty) transaction: held open, it would make every other
    // call wait for the whole backup. The log row and the audit entry follow in one transaction,
    // and the answer is filled in then (like the restore's below): the call answers after that.
    const created = {} as BackupInfo;
    const { user } = ctx;
    ctx.afterCommit(async () => {
      const audit = { action: 'backup.create', userId: user.id, username: user.username, role: user.role, changes: { dir } };
      const { path } = await b.backupNow('manual', { dir: input.dir, audit });
      Object.assign(
        created,
        b.list(dir).find((x) => x.file === path),
      );
    });
    return created;
  },
  'backup.list': async (ctx, input) => ctx.store.backups.list(input.dir),
  'backup.inspect': async (ctx, input) => {
    const info = await ctx.store.backups.inspect(input.file);
    await ctx.audit({ action: 'backup.inspect', objectType: 'backup', objectId: basename(info.file) });
    return info;
  },
  'backup.restore': async (ctx, input) => {
    // Checked now, so a bad file is refused before anything happens; the swap runs after this
    // transaction (it closes the database), with the request already on the old trail.
    const checked = await ctx.store.backups.inspect(input.file);
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
