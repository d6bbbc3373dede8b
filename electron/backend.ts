import type { Kysely } from 'kysely';
import { contract, isMethodName, type ApiError, type ApiResult, type Lang, type MethodName } from './contract/index';
import type { Database } from '../db/schema';
import { openDatabase, type OpenedDb } from '../db/open';
import { findLiveSession, touchSession } from '../db/repositories/sessions';
import { appendAudit } from '../db/repositories/audit';
import { AppError, zodFieldKeys } from './features/errors';
import { handlers } from './features/handlers';
import type { HandlerContext, Handler } from './features/context';
import { tokenHash as hashToken, sessionExpiry } from './features/auth/sessions';
import { toSessionUser } from './features/auth/users.mapper';
import { translator } from './i18n/index';

export interface BackendOptions {
  dbFile: string;
  key?: string;
  /** Injected in tests to move time; defaults to the system clock. */
  clock?: () => Date;
  /** Tests check every output against its schema; production trusts the handlers. */
  checkOutputs?: boolean;
}

export interface CallContext {
  token?: string | null;
  /** The caller's UI language, for messages before sign-in; a signed-in user's own setting wins. */
  lang?: Lang;
}

export interface Backend {
  call(ctx: CallContext, method: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Direct access for the CLI and tests that need the store itself. */
  readonly db: Kysely<Database>;
  close(): Promise<void>;
}

const STORAGE_CODES = new Set(['SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_IOERR', 'SQLITE_CANTOPEN', 'SQLITE_READONLY_DBMOVED']);

export async function createBackend(options: BackendOptions): Promise<Backend> {
  const opened: OpenedDb = await openDatabase(options.dbFile, {
    key: options.key,
  });
  const { db } = opened;
  const clock = options.clock ?? (() => new Date());

  function fail(lang: Lang, e: AppError): ApiResult<never> {
    const t = translator(lang);
    const error: ApiError = {
      code: e.code,
      message: t(`error.${e.code}`, e.vars),
    };
    if (e.fields) error.fields = Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k, t(v)]));
    return { ok: false, error };
  }

  async function call(ctx: CallContext, name: string, rawInput: unknown): Promise<ApiResult<unknown>> {
    let lang: Lang = ctx.lang ?? 'uz';
    if (!isMethodName(name)) return fail(lang, new AppError('unknown_method', { method: String(name).slice(0, 80) }));
    const spec = contract[name];
    try {
      const now = clock();
      let user = null;
      let tokenHash: string | null = null;
      if (ctx.token) {
        tokenHash = hashToken(ctx.token);
        const live = await findLiveSession(db, tokenHash, now.toISOString());
        if (live) {
          user = toSessionUser(live.user);
          lang = user.lang;
          // Sliding expiry, written at most once a minute to keep reads read-only.
          if (now.getTime() - Date.parse(live.session.last_seen_at) > 60_000) {
            await touchSession(db, tokenHash, now.toISOString(), sessionExpiry(now));
          }
        }
      }
      if (spec.roles !== 'public') {
        if (!user) return fail(lang, new AppError('unauthenticated'));
        if (!spec.roles.includes(user.role)) {
          const denied = user;
          await db.transaction().execute((trx) =>
            appendAudit(trx, {
              at: now.toISOString(),
              userId: denied.id,
              username: denied.username,
              role: denied.role,
              action: name,
              outcome: 'denied',
            }),
          );
          return fail(lang, new AppError('forbidden'));
        }
      }
      const parsed = spec.input.safeParse(rawInput ?? {});
      if (!parsed.success) return fail(lang, new AppError('validation', {}, zodFieldKeys(parsed.error)));

      const handler = handlers[name] as unknown as Handler<MethodName>;
      const run = (trxDb: Kysely<Database>) => {
        const hctx: HandlerContext = {
          db: trxDb,
          user,
          tokenHash,
          lang,
          now: () => now,
          audit: (e) => {
            const entry = {
              at: now.toISOString(),
              userId: user?.id ?? null,
              username: user?.username ?? null,
              role: user?.role ?? null,
              outcome: e.outcome ?? 'ok',
              ...e,
            };
            // A query has no transaction of its own: the chain's read-then-append must not interleave
            // with another call's (concurrent HTTP requests), so it gets one.
            const appended =
              spec.kind === 'mutation' ? appendAudit(trxDb, entry) : db.transaction().execute((trx) => appendAudit(trx, entry));
            return appended.then(() => undefined);
          },
        };
        return handler(hctx as Parameters<typeof handler>[0], parsed.data as never);
      };

      let data: unknown;
      if (spec.kind === 'mutation') {
        // Errors that must keep their writes (a counted failed sign-in) are carried out of the
        // transaction as values, so it commits, and thrown after.
        const outcome = await db.transaction().execute(async (trx) => {
          try {
            return { data: await run(trx) };
          } catch (e) {
            if (e instanceof AppError && e.keepWrites) return { kept: e };
            throw e;
          }
        });
        if ('kept' in outcome) throw outcome.kept;
        data = outcome.data;
      } else {
        data = await run(db);
      }
      if (options.checkOutputs) {
        const checked = spec.output.safeParse(data);
        if (!checked.success) throw new Error(`Output of ${name} does not match its contract: ${checked.error.message}`);
      }
      return { ok: true, data };
    } catch (e) {
      if (e instanceof AppError) return fail(lang, e);
      const code = (e as { code?: string }).code;
      if (code && STORAGE_CODES.has(code)) return fail(lang, new AppError('storage'));
      // No input or personal data in logs: the method name and the error only.
      console.error(`[komak] ${name} failed:`, e instanceof Error ? (e.stack ?? e.message) : e);
      return fail(lang, new AppError('internal'));
    }
  }

  return { call, db, close: () => opened.close() };
}
