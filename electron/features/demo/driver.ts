// Runs the app's real handlers for the generator: the same input parsing, the same rules, the same
// audit entries as a call from the UI — only the clock is the simulation's, and many calls share
// one transaction (a month of the facility's life) so ten years take minutes, not hours.
import type { Kysely, Transaction } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { Database } from '../../../db/schema';
import { appendAudit, type AuditEntry } from '../../../db/repositories/audit';
import { contract, type Input, type MethodName, type Output } from '../../contract/index';
import type { SessionUser } from '../../contract/auth.contract';
import { handlers } from '../handlers';
import type { Handler, HandlerContext } from '../context';
import { AppError } from '../errors';
import type { KeyChanges } from '../keys/key-changes';
import type { StoreService } from '../store-service';

/** What the backend lends the generator: its open store and the keyring's change set. */
export interface DemoHost {
  db(): Kysely<Database>;
  raw(): BetterSqlite3.Database;
  beginChanges(): KeyChanges;
  store: StoreService;
}

/** A generator bug or a rule the simulation broke: names the method and what the app said. */
export class DemoCallError extends Error {
  constructor(method: string, detail: string) {
    super(`demo: ${method} refused: ${detail}`);
    this.name = 'DemoCallError';
  }
}

export class DemoDriver {
  private trx: Transaction<Database> | null = null;
  private keys: KeyChanges | null = null;
  /** Checks every output against the contract (tests); off for speed in the large run. */
  checkOutputs = false;
  /** Calls and milliseconds per method, for the progress report of a long run. */
  readonly timings = new Map<string, { calls: number; ms: number }>();

  constructor(private readonly host: DemoHost) {}

  /** The transaction of the current step. */
  get db(): Kysely<Database> {
    if (!this.trx) throw new Error('demo: no step is running');
    return this.trx;
  }

  /** better-sqlite3 itself, for bulk inserts: same connection, so inside the step's transaction. */
  get raw(): BetterSqlite3.Database {
    return this.host.raw();
  }

  /** One transaction; the keyring learns new password wraps before its COMMIT, as in the dispatcher. */
  async step<T>(stamp: string, fn: () => Promise<T>): Promise<T> {
    if (this.trx) return fn();
    const keys = this.host.beginChanges();
    try {
      const result = await this.host
        .db()
        .transaction()
        .execute(async (trx) => {
          this.trx = trx;
          this.keys = keys;
          const r = await fn();
          keys.prepare(stamp);
          return r;
        });
      keys.finish(stamp);
      return result;
    } catch (e) {
      keys.abort(stamp);
      throw e;
    } finally {
      this.trx = null;
      this.keys = null;
    }
  }

  /** Calls a contract method's handler as `user` at the simulated instant `at`. */
  async call<M extends MethodName>(user: SessionUser | null, at: Date, method: M, input: Input<M>): Promise<Output<M>> {
    const spec = contract[method];
    if (spec.roles !== 'public' && (!user || !spec.roles.includes(user.role)))
      throw new DemoCallError(method, `role ${user?.role ?? 'none'} may not call it`);
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) throw new DemoCallError(method, `input ${parsed.error.message}`);
    const db = this.db;
    const stamp = at.toISOString();
    const ctx: HandlerContext = {
      db,
      user,
      tokenHash: null,
      lang: user?.lang ?? 'uz',
      now: () => at,
      audit: (e) =>
        appendAudit(db, {
          at: stamp,
          userId: user?.id ?? null,
          username: user?.username ?? null,
          role: user?.role ?? null,
          outcome: e.outcome ?? 'ok',
          ...e,
        }).then(() => undefined),
      keys: this.keys!,
      store: this.host.store,
      afterCommit: () => {
        throw new Error(`demo: ${method} needs work after commit, which the generator does not run`);
      },
    };
    const handler = handlers[method] as unknown as Handler<MethodName>;
    let out: unknown;
    const t0 = performance.now();
    try {
      out = await handler(ctx as Parameters<typeof handler>[0], parsed.data as never);
      const t = this.timings.get(method) ?? { calls: 0, ms: 0 };
      t.calls++;
      t.ms += performance.now() - t0;
      this.timings.set(method, t);
    } catch (e) {
      if (e instanceof AppError) throw new DemoCallError(method, `${e.code} ${JSON.stringify(e.vars)} ${JSON.stringify(e.fields ?? {})}`);
      throw e;
    }
    if (this.checkOutputs) {
      const checked = spec.output.safeParse(out);
      if (!checked.success) throw new DemoCallError(method, `output ${checked.error.message}`);
    }
    return out as Output<M>;
  }

  /** An audit entry for a bulk write, stamped like the handler it stands for would stamp it. */
  audit(user: SessionUser | null, at: Date, e: Pick<AuditEntry, 'action' | 'objectType' | 'objectId' | 'changes'>): Promise<unknown> {
    return appendAudit(this.db, {
      at: at.toISOString(),
      userId: user?.id ?? null,
      username: user?.username ?? null,
      role: user?.role ?? null,
      outcome: 'ok',
      ...e,
    });
  }
}
