import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { TestFacility, PASSWORD } from '../../fixtures/backend';
import { createBackend } from '../../../electron/backend';
import { verifyAuditChain } from '../../../db/repositories/audit';
import { readKeyring } from '../../../electron/features/keys/keyring';

let f: TestFacility;
afterEach(async () => f?.close());

const child = join(import.meta.dirname, '..', '..', 'fixtures', 'children', 'crash-writer.ts');

/** Runs the writer, kills it `afterMs` after it is ready, and returns the ids it acknowledged. */
function runAndKill(dbFile: string, recoveryKey: string, afterMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', child, dbFile, recoveryKey, PASSWORD], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | null = null;
    p.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!timer && out.startsWith('ready\n')) timer = setTimeout(() => p.kill('SIGKILL'), afterMs);
    });
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended by itself (${code}): ${err}`));
      // Only complete lines count: a number cut off mid-write was not acknowledged.
      const lines = out.split('\n').slice(1, -1);
      resolve(lines.map(Number));
    });
  });
}

describe('crash safety', () => {
  it('keeps every acknowledged record, whole, through many SIGKILLs at random moments', { timeout: 900_000 }, async () => {
    f = await TestFacility.create();
    await f.backend.close();
    const acknowledged: number[] = [];
    const rounds = 24;
    for (let round = 0; round < rounds; round++) {
      const ids = await runAndKill(f.dbFile, f.recoveryKey!, 20 + Math.floor(Math.random() * 400));
      acknowledged.push(...ids);
      // Reopened the way the app would be: the keyring still reads and opens it, by password too.
      expect(readKeyring(`${f.dbFile}.keyring`)).not.toBeNull();
      const b = await createBackend({ dbFile: f.dbFile, autoBackup: false });
      const signIn = await b.call({}, 'auth.signIn', { username: 'manager', password: PASSWORD });
      expect(signIn.ok, JSON.stringify(signIn)).toBe(true);
      const check = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(b.db);
      expect(check.rows.map((r) => r.integrity_check)).toEqual(['ok']);
      if (acknowledged.length > 0) {
        const present = await sql<{ id: number }>`SELECT id FROM crash_claim`.execute(b.db);
        const have = new Set(present.rows.map((r) => r.id));
        expect(acknowledged.filter((id) => !have.has(id))).toEqual([]);
        // No claim without all its lines, no line without its claim, no claim without its audit entry.
        const torn = await sql<{ id: number }>`
          SELECT c.id FROM crash_claim c LEFT JOIN crash_claim_line l ON l.claim_id = c.id
          GROUP BY c.id HAVING count(l.id) != c.lines OR coalesce(sum(l.amount), 0) != c.total`.execute(b.db);
        expect(torn.rows).toEqual([]);
        const orphans = await sql<{
          n: number;
        }>`SELECT count(*) AS n FROM crash_claim_line WHERE claim_id NOT IN (SELECT id FROM crash_claim)`.execute(b.db);
        expect(orphans.rows[0]!.n).toBe(0);
        const unaudited = await sql<{ n: number }>`
          SELECT count(*) AS n FROM crash_claim c
          WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.action = 'test.claim' AND a.object_id = CAST(c.id AS TEXT))`.execute(b.db);
        expect(unaudited.rows[0]!.n).toBe(0);
      }
      expect((await verifyAuditChain(b.db)).ok).toBe(true);
      await b.close();
    }
    // The writer did get work done between the kills.
    expect(acknowledged.length).toBeGreaterThan(rounds);
    expect(readFileSync(f.dbFile).subarray(0, 15).toString()).not.toBe('SQLite format 3');
    f.backend = await f.open();
  });
});
