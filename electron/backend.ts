import { Kysely, SqliteDialect } from 'kysely';
import { contract, isMethodName, type ApiError, type ApiResult, type Lang, type MethodName, type ParsedInput } from './contract/index';
import type { Database } from '../db/schema';
import { findLiveSession, touchSession } from '../db/repositories/sessions';
import { getLanCertificate } from '../db/repositories/lan';
import { appendAudit, verifyAuditChain } from '../db/repositories/audit';
import { AppError, conflict, invalid, zodFieldKeys } from './features/errors';
import { handlers } from './features/handlers';
import type { HandlerContext, Handler } from './features/context';
import { tokenHash as hashToken, sessionExpiry } from './features/auth/sessions';
import { toSessionUser } from './features/auth/users.mapper';
import { rememberFacilityKind } from './features/clients/privacy';
import { LockedAttempts } from './features/auth/locked-attempts';
import { Vault, StoreLockedError, DatabaseCorruptError, DatabaseTooNewError } from './features/keys/vault';
import type { StoreService } from './features/store-service';
import { BackupService } from './features/backup/backup-service';
import type { Backend, BackendOptions, CallContext } from './backend-types';
import { restoreWithoutSession } from './features/backup/restore-without-session';
import { recoveryStatus, restoreLatest } from './features/security/recovery';
import { endIdleSession, idleTooLong } from './features/security/idle';
import { CloudFolderError, cloudSyncFolder } from './features/backup/cloud-folders';
import { dirname, join, resolve } from 'node:path';
import { translator } from './i18n/index';
import { generateTraining } from './features/demo/generator';

export type { BackendOptions, CallContext, BackendStatus, Maintenance, Backend } from './backend-types';

const STORAGE_CODES = ['SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_IOERR', 'SQLITE_CANTOPEN'];
const DAMAGE_CODES = ['SQLITE_CORRUPT', 'SQLITE_NOTADB'];
const codeIn = (code: string | undefined, list: string[]) => !!code && list.some((c) => code === c || code.startsWith(`${c}_`));

export async function createBackend(options: BackendOptions): Promise<Backend> {
  const clock = options.clock ?? (() => new Date());
  const backupDir = resolve(options.backupDir ?? join(dirname(resolve(options.dbFile)), 'backups'));
  for (const path of [resolve(options.dbFile), backupDir]) {
    const cloud = cloudSyncFolder(path);
    if (cloud) throw new CloudFolderError(path, cloud);
  }
  const backups: BackupService = new BackupService(() => vault, { folder: backupDir, clock, automatic: options.autoBackup !== false });
  const vault: Vault = await Vault.create({
    dbFile: options.dbFile,
    key: options.key,
    recoveryKey: options.unlock?.recoveryKey,
    encrypt: options.encrypt,
    readonly: options.readonly,
    device: options.device,
    beforeMigrate: (source) => backups.beforeMigrate(source),
    checkBeforeUseMaxBytes: options.checkBeforeUseMaxBytes,
  });
  // While locked every query fails as "not signed in"; only setup and sign-in reach the vault.
  const lockedDb = new Kysely<Database>({
    dialect: new SqliteDialect({
      database: async () => {
        throw new StoreLockedError();
      },
    }),
  });
  const lockedAttempts = new LockedAttempts();
  let signedInSinceOpen = false;
  const currentDb = () => (vault.state === 'open' ? vault.db : lockedDb);
  const store: StoreService = {
    get dbFile() {
      return vault.dbFile;
    },
    get encrypted() {
      return vault.encrypted;
    },
    backups,
  };

  /** Whenever the database has just opened: what waited for it is written, the daily backup starts. */
  async function whenOpened(): Promise<void> {
    if (vault.state !== 'open' || options.readonly) return;
    await lockedAttempts.flush(vault.db);
    await backups.flushPending(vault.db);
    backups.start();
  }

  if (options.unlock?.recoveryKey && vault.state === 'open' && !options.readonly) {
    await appendAudit(vault.db, {
      at: clock().toISOString(),
      userId: null,
      username: null,
      role: null,
      action: 'keys.recoveryUnlock',
      outcome: 'ok',
    });
  }

  await whenOpened();

  function fail(lang: Lang, e: AppError): ApiResult<never> {
    const t = translator(lang);
    // i18next does not expand `$t(…)` inside variables (skipOnVariables); a reason key is expanded here.
    const vars = Object.fromEntries(Object.entries(e.vars).map(([k, v]) => [k, /^\$t\(([\w.]+)\)$/.test(v) ? t(v.slice(3, -1)) : v]));
    const error: ApiError = { code: e.code, message: t(`error.${e.code}`, vars) };
    if (e.fields) error.fields = Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k, t(v)]));
    return { ok: false, error };
  }

  /** Errors raised by triggers in the store, as the user's message. */
  const STORE_GUARDS = [
    { marker: 'komak:report_period_closed', error: () => conflict('recordInClosedPeriod') },
    { marker: 'komak:appeal_client_missing', error: () => invalid({ clientId: 'v.appeals.clientUnknown' }) },
  ];

  function failFrom(lang: Lang, name: string, e: unknown): ApiResult<never> {
    if (e instanceof AppError) return fail(lang, e);
    if (e instanceof StoreLockedError) return fail(lang, new AppError('unauthenticated'));
    if (e instanceof DatabaseCorruptError) return fail(lang, new AppError('database_damaged'));
    if (e instanceof DatabaseTooNewError) return fail(lang, new AppError('database_too_new'));
    const code = (e as { code?: string }).code;
    // The store's own guards (db/migrations/2026_11_22_2310_report_locks.ts) raise fixed codes.
    const raised = e instanceof Error ? STORE_GUARDS.find((g) => e.message.includes(g.marker)) : undefined;
    if (raised) return fail(lang, raised.error());
    if (codeIn(code, STORAGE_CODES)) return fail(lang, new AppError('storage'));
    if (codeIn(code, DAMAGE_CODES)) return fail(lang, new AppError('database_damaged'));
    // No input or personal data in logs: the method name and the error only.
    console.error(`[komak] ${name} failed:`, e instanceof Error ? (e.stack ?? e.message) : e);
    return fail(lang, new AppError('internal'));
  }

  /** The normal path: session, role, input, handler (in one transaction for mutations), output. */
  async function dispatch(ctx: CallContext, name: MethodName, rawInput: unknown, lang: Lang, now: Date): Promise<ApiResult<unknown>> {
    // Errors are answered here, in the language of the signed-in user once known.
    const answer = { lang };
    try {
      return await dispatchIn(ctx, name, rawInput, answer, now);
    } catch (e) {
      return failFrom(answer.lang, name, e);
    }
  }

  async function dispatchIn(
    ctx: CallContext,
    name: MethodName,
    rawInput: unknown,
    answer: { lang: Lang },
    now: Date,
  ): Promise<ApiResult<unknown>> {
    let lang = answer.lang;
    const spec = contract[name];
    const db = currentDb();
    let user = null;
    let tokenHash: string | null = null;
    if (ctx.token && vault.state === 'open') {
      tokenHash = hashToken(ctx.token);
      let live = await findLiveSession(db, tokenHash, now.toISOString());
      // The idle lock is enforced here too, so a closed or tampered window cannot keep a session open.
      if (live && options.idleLock !== false && (await idleTooLong(db, live.session.last_seen_at, now))) {
        await endIdleSession(db, tokenHash, live.user, now);
        live = undefined;
      }
      if (live) {
        user = toSessionUser(live.user);
        rememberFacilityKind(user, live.facilityKind);
        lang = user.lang;
        answer.lang = lang;
        // Sliding expiry, written at most once a minute to keep reads read-only.
        if (now.getTime() - Date.parse(live.session.last_seen_at) > 60_000) {
          await touchSession(db, tokenHash, now.toISOString(), sessionExpiry(now));
        }
      }
    }
    // Refusals come before anything else: the input of a refused call is never looked at.
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
    const keys = vault.beginChanges();
    const after: Array<() => Promise<void>> = [];
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
            spec.kind === 'mutation'
              ? appendAudit(trxDb, entry)
              : currentDb()
                  .transaction()
                  .execute((trx) => appendAudit(trx, entry));
          return appended.then(() => undefined);
        },
        keys,
        store,
        afterCommit: (fn) => void after.push(fn),
      };
      return handler(hctx as Parameters<typeof handler>[0], parsed.data as never);
    };

    let data: unknown;
    const stamp = now.toISOString();
    if (spec.kind === 'mutation') {
      // Errors that must keep their writes (a counted failed sign-in) are carried out of the
      // transaction as values, so it commits, and thrown after.
      let outcome: { data: unknown } | { kept: AppError };
      let cause: unknown = null;
      try {
        outcome = await db.transaction().execute(async (trx) => {
          try {
            const result = { data: await run(trx) };
            keys.prepare(stamp); // the keyring learns new wraps before the COMMIT
            return result;
          } catch (e) {
            if (e instanceof AppError && e.keepWrites) return { kept: e };
            cause = e;
            throw e;
          }
        });
      } catch (e) {
        keys.abort(stamp);
        // SQLite rolls back by itself on a full disk; the ROLLBACK that follows then fails and
        // would hide the real cause.
        throw cause ?? e;
      }
      if ('kept' in outcome) throw outcome.kept;
      keys.finish(stamp);
      data = outcome.data;
    } else {
      data = await run(db);
    }
    for (const fn of after) await fn();
    if (options.checkOutputs) {
      const checked = spec.output.safeParse(data);
      if (!checked.success) throw new Error(`Output of ${name} does not match its contract: ${checked.error.message}`);
    }
    return { ok: true, data };
  }

  /** Before the database is open: the sign-in screen's status, first-run setup, and sign-in. */
  async function callWhileClosed(
    ctx: CallContext,
    name: MethodName,
    rawInput: unknown,
    lang: Lang,
    now: Date,
  ): Promise<ApiResult<unknown>> {
    const spec = contract[name];
    const damaged = vault.state === 'damaged';
    if (spec.roles !== 'public') return fail(lang, new AppError(damaged ? damagedCode() : 'unauthenticated'));
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) return fail(lang, new AppError('validation', {}, zodFieldKeys(parsed.error)));
    if (name === 'setup.status') {
      return {
        ok: true,
        data: { initialized: vault.state !== 'fresh', locked: vault.state !== 'fresh', facility: vault.publicFacility() },
      };
    }

    if (name === 'setup.init' || name === 'setup.openTraining') {
      if (vault.state !== 'fresh') return fail(lang, new AppError('already_initialized'));
      await vault.createFresh();
      let result: ApiResult<unknown>;
      try {
        result =
          name === 'setup.init'
            ? await dispatch(ctx, name, rawInput, lang, now)
            : await openTraining(parsed.data as ParsedInput<'setup.openTraining'>, lang);
      } catch (e) {
        await vault.abandonCreate();
        throw e;
      }
      if (result.ok) {
        await vault.finishCreate();
        await whenOpened();
      } else await vault.abandonCreate();
      return result;
    }
    if (name === 'auth.signIn') {
      if (damaged) return fail(lang, new AppError(damagedCode()));
      const { username, password } = parsed.data as { username: string; password: string };
      const held = lockedAttempts.lockedUntil(username, now);
      if (held) return fail(lang, new AppError('account_locked', { until: held }));
      const key = await vault.keyFromPassword(username, password);
      if (!key) {
        lockedAttempts.record(username, now);
        return fail(lang, new AppError('bad_credentials'));
      }
      const openedHere = vault.state !== 'open';
      if (openedHere) signedInSinceOpen = false;
      await vault.openWithKey(key);
      await whenOpened();
      // Only a successful sign-in leaves the database open (unless another one succeeded meanwhile).
      const result = await dispatch(ctx, name, rawInput, lang, now);
      if (result.ok) signedInSinceOpen = true;
      else if (openedHere && !signedInSinceOpen) await vault.lock();
      return result;
    }
    // A damaged database: say so, and restore the newest verified backup for a manager of that backup.
    if (name === 'recovery.status') return { ok: true, data: recoveryStatus(vault, backups) };
    if (name === 'recovery.restoreLatest') {
      try {
        const data = await restoreLatest(vault, backups, lockedAttempts, parsed.data as ParsedInput<'recovery.restoreLatest'>, now);
        await whenOpened();
        return { ok: true, data };
      } catch (e) {
        return failFrom(lang, name, e);
      }
    }
    // Other public methods (reference lists) need no store; a query they tried would fail as locked.
    return dispatch(ctx, name, rawInput, lang, now);
  }

  /** A training facility: the generator runs the real handlers on the new store, month by month. */
  async function openTraining(input: ParsedInput<'setup.openTraining'>, lang: Lang): Promise<ApiResult<unknown>> {
    try {
      const host = { db: () => vault.db, raw: () => vault.raw, beginChanges: () => vault.beginChanges(), store };
      return { ok: true, data: await generateTraining(host, { ...input, checkOutputs: options.checkOutputs, progress: options.progress }) };
    } catch (e) {
      return failFrom(lang, 'setup.openTraining', e);
    }
  }

  const damagedCode = () => (vault.problem?.kind === 'too_new' ? 'database_too_new' : 'database_damaged');

  async function call(ctx: CallContext, name: string, rawInput: unknown): Promise<ApiResult<unknown>> {
    const lang: Lang = ctx.lang ?? 'uz';
    if (!isMethodName(name)) return fail(lang, new AppError('unknown_method', { method: String(name).slice(0, 80) }));
    try {
      const now = clock();
      if (vault.state !== 'open') return await callWhileClosed(ctx, name, rawInput, lang, now);
      const result = await dispatch(ctx, name, rawInput, lang, now);
      if (name === 'auth.signIn' && result.ok) signedInSinceOpen = true;
      return result;
    } catch (e) {
      return failFrom(lang, name, e);
    }
  }

  return {
    call,
    get db() {
      return vault.db;
    },
    status: () => ({
      state: vault.state,
      encrypted: vault.encrypted,
      facility: vault.publicFacility(),
      problem: vault.problem,
      restoreOffer: vault.state === 'damaged' ? backups.restoreOffer() : null,
    }),
    maintenance: {
      verifyAudit: async () => {
        const anchors = await backups.auditAnchors(vault.db);
        const verdict = await verifyAuditChain(vault.db, { anchors });
        await appendAudit(vault.db, {
          at: clock().toISOString(),
          userId: null,
          username: null,
          role: null,
          action: 'audit.verify',
          objectType: 'audit_log',
          changes: verdict.ok ? { ok: true, count: verdict.count } : { ok: false, seq: verdict.seq, problem: verdict.problem },
          outcome: 'ok',
        });
        return { ...verdict, anchorsChecked: anchors.length };
      },
      runDailyBackup: () => backups.maybeDaily(),
      integrityChecked: () => vault.integrityChecked,
      restore: async (file, auth) => {
        const result = await restoreWithoutSession(vault, backups, file, auth);
        await whenOpened();
        return result;
      },
    },
    tlsCertificate: async () => {
      const row = await getLanCertificate(vault.db);
      return row ? { certPem: row.cert_pem, keyPem: row.key_pem, fingerprint: row.fingerprint } : null;
    },
    close: async () => {
      await backups.stop();
      await vault.close();
      await lockedDb.destroy();
    },
  };
}
