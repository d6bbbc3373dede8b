import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { TestFacility } from '../../fixtures/backend';
import { readManifest } from '../../../electron/features/backup/manifest';
import { sha256Of } from '../../../electron/features/backup/backup-writer';

let f: TestFacility;
afterEach(async () => {
  await f?.close();
});

/** Some tens of megabytes of (encrypted) pages, so the copy, its check and its hash take a while. */
async function bulkUp(t: TestFacility, megabytes = 32): Promise<void> {
  await sql`CREATE TABLE bulk_test (x BLOB)`.execute(t.backend.db);
  await sql`WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < ${megabytes * 256})
            INSERT INTO bulk_test SELECT randomblob(4096) FROM c`.execute(t.backend.db);
}

/** Settles with the order things finished in, so a test can say which came first. */
function recordFinish<T>(order: string[], name: string, p: Promise<T>): Promise<T> {
  return p.finally(() => order.push(name));
}

/** Every .komak file in the folder is a backup with a manifest it still matches; nothing unfinished is left. */
function expectOnlyValidBackups(folder: string): string[] {
  const names = existsSync(folder) ? readdirSync(folder) : [];
  expect(names.filter((n) => n.endsWith('.partial'))).toEqual([]);
  const files = names.filter((n) => n.endsWith('.komak'));
  for (const n of files) expect(readManifest(join(folder, n))?.sha256).toBe(sha256Of(join(folder, n)));
  return files;
}

describe('backups in the background', () => {
  it('answers other calls while “back up now” is copying and checking a database of tens of megabytes', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    await bulkUp(f);
    const order: string[] = [];
    const backup = recordFinish(order, 'backup', f.ok(m, 'backup.create', {}));
    const status = await recordFinish(order, 'status', f.ok(m, 'backup.status', {}));
    const audit = await recordFinish(order, 'list', f.ok(m, 'audit.list', {}));
    // Both answered while the backup was still running: they did not wait for it.
    expect(order).toEqual(['status', 'list']);
    expect(status.lastSuccessAt).toBeNull();
    expect(audit).toBeTruthy();
    const info = await backup;
    expect(order).toEqual(['status', 'list', 'backup']);
    // Still the whole guarantee: checked, counted, recorded and audited.
    expect(info.counts.bulk_test).toBe(32 * 256);
    expect(info.verified).toBe(true);
    expect((await f.ok(m, 'backup.status', {})).lastFile).toBe(info.file);
    const last = await f.backend.db
      .selectFrom('audit_log')
      .select(['action', 'object_id'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(last).toEqual({ action: 'backup.create', object_id: info.file.split('/').pop() });
  });

  it('answers while the daily backup runs, and records it only after its check', async () => {
    f = await TestFacility.create({ backend: { autoBackup: true } });
    const m = await f.signIn();
    await bulkUp(f);
    const order: string[] = [];
    const daily = recordFinish(order, 'daily', f.backend.maintenance.runDailyBackup());
    const status = await recordFinish(order, 'status', f.ok(m, 'backup.status', {}));
    expect(order).toEqual(['status']);
    expect(status.lastSuccessAt).toBeNull();
    const file = await daily;
    expect(file).toBeTruthy();
    expect((await f.ok(m, 'backup.status', {})).lastFile).toBe(file);
    expect(expectOnlyValidBackups(join(f.dir, 'backups'))).toHaveLength(1);
  });

  it('stopping the backend during a backup waits for it or cancels it, leaving no unfinished file', async () => {
    f = await TestFacility.create({ backend: { autoBackup: true } });
    await f.signIn();
    await bulkUp(f, 48);
    const folder = join(f.dir, 'backups');
    const daily = f.backend.maintenance.runDailyBackup().then(
      (file) => ({ file }),
      (e: Error) => ({ error: e.name }),
    );
    // Stopped while the copy is being written.
    while (!(existsSync(folder) && readdirSync(folder).some((n) => n.endsWith('.partial')))) await new Promise((r) => setTimeout(r, 2));
    await f.backend.close();
    const outcome = await daily;
    // Either it finished before the stop (a whole, checked backup) or it was cancelled (nothing kept).
    const left = expectOnlyValidBackups(folder);
    if ('error' in outcome) {
      expect(outcome.error).toBe('BackupCancelledError');
      expect(left).toEqual([]);
    } else {
      expect(outcome.file).toBeTruthy();
      expect(left).toHaveLength(1);
    }
    // The database opens again as it was.
    f.backend = await f.open();
    await f.signIn();
    expect(await sql<{ n: number }>`SELECT count(*) AS n FROM bulk_test`.execute(f.backend.db).then((r) => r.rows[0]!.n)).toBe(48 * 256);
  });

  it('a daily backup that fails is on the audit trail and leaves the status stale', async () => {
    f = await TestFacility.create({ backend: { autoBackup: true } });
    const m = await f.signIn();
    // The backup folder's place is taken by a file: nothing can be written there.
    writeFileSync(join(f.dir, 'backups'), 'not a folder');
    await expect(f.backend.maintenance.runDailyBackup()).rejects.toThrow();
    const last = await f.backend.db
      .selectFrom('audit_log')
      .select(['action', 'outcome'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(last).toEqual({ action: 'backup.auto', outcome: 'failed' });
    expect(await f.ok(m, 'backup.status', {})).toMatchObject({ lastSuccessAt: null, stale: true });
  });
});
