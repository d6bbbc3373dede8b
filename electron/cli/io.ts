import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { createBackend, type Backend, type BackendOptions, type CallContext } from '../backend';
import { RecoveryKeyError } from '../features/keys/vault';
import { KeyringUnreadableError } from '../features/keys/keyring';
import type { ApiResult, Input, MethodName, Output } from '../contract/index';

/** A failure the CLI reports in one line and turns into an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[]): Promise<number | void>;
}

export function parse<T extends ParseArgsConfig['options']>(argv: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({
      args: argv,
      options: { ...options, db: { type: 'string' }, 'recovery-key-file': { type: 'string' } },
      allowPositionals,
      strict: true,
    });
  } catch (e) {
    throw new CliError((e as Error).message, 2);
  }
}

export function dbFileFrom(values: { db?: string | boolean | undefined }): string {
  const file = (typeof values.db === 'string' && values.db) || process.env.KOMAK_DB;
  if (!file) throw new CliError('Give the facility database with --db FILE or KOMAK_DB.', 2);
  return file;
}

/** The recovery key from `--recovery-key-file FILE` or `KOMAK_RECOVERY_KEY`, if given. */
export function recoveryKeyFrom(values: { 'recovery-key-file'?: string | boolean | undefined }): string | undefined {
  const file = values['recovery-key-file'];
  if (typeof file === 'string' && file) {
    try {
      return readFileSync(file, 'utf8').trim();
    } catch {
      throw new CliError(`Cannot read the recovery key file ${file}.`, 2);
    }
  }
  return process.env.KOMAK_RECOVERY_KEY || undefined;
}

/**
 * Opens the facility. An encrypted database stays locked until a user signs in, unless the
 * recovery key is given; a damaged one is reported with what to do, and nothing is changed.
 */
export async function openBackend(
  dbFile: string,
  options: Partial<BackendOptions> & { recoveryKey?: string; allowDamaged?: boolean } = {},
): Promise<Backend> {
  const { recoveryKey, allowDamaged, ...rest } = options;
  let backend: Backend;
  try {
    backend = await createBackend({ dbFile, ...rest, unlock: recoveryKey ? { recoveryKey } : undefined });
  } catch (e) {
    if (e instanceof RecoveryKeyError || e instanceof KeyringUnreadableError) throw new CliError(e.message, 2);
    throw e;
  }
  const status = backend.status();
  // `komak serve` keeps serving a damaged database: the app explains it and offers the restore.
  if (status.state === 'damaged' && !allowDamaged) {
    await backend.close();
    throw new CliError(damagedMessage(dbFile, status.problem?.kind ?? 'damaged'), 4);
  }
  return backend;
}

export function damagedMessage(dbFile: string, kind: string): string {
  if (kind === 'too_new') return `${dbFile} was written by a newer version of Komak. Update Komak to open it.`;
  if (kind === 'keyring_missing') {
    return `${dbFile} is encrypted, but its keyring ${dbFile}.keyring is missing. Copy the .keyring file of its newest backup beside it under that name (a password of that time or the recovery key then opens it), or restore a backup with: komak restore BACKUP --db ${dbFile}`;
  }
  if (kind === 'missing') return `${dbFile} is missing (its keyring is there). Restore a backup with: komak restore BACKUP --db ${dbFile}`;
  return `${dbFile} is damaged and was not changed. Restore a backup with: komak restore BACKUP --db ${dbFile}`;
}

/** Unwraps an API result: the CLI adds no logic, it only prints what the backend said. */
export function unwrap<T>(r: ApiResult<T>): T {
  if (r.ok) return r.data;
  const fields = r.error.fields
    ? Object.entries(r.error.fields)
        .map(([k, v]) => `\n  ${k}: ${v}`)
        .join('')
    : '';
  throw new CliError(`${r.error.message}${fields}`, r.error.code === 'validation' ? 3 : 1);
}

export async function callAs<M extends MethodName>(backend: Backend, ctx: CallContext, method: M, input: Input<M>): Promise<Output<M>> {
  return unwrap(await backend.call(ctx, method, input)) as Output<M>;
}

/** Signs in as KOMAK_USER / KOMAK_PASSWORD, or asks on a terminal. */
export async function signInForCli(backend: Backend): Promise<CallContext> {
  let username = process.env.KOMAK_USER;
  let password = process.env.KOMAK_PASSWORD;
  if (!username || !password) {
    if (!process.stdin.isTTY) throw new CliError('Set KOMAK_USER and KOMAK_PASSWORD to act as a user of this facility.', 2);
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    username ??= await rl.question('Username: ');
    password ??= await rl.question('Password: ');
    rl.close();
  }
  const r = await callAs(backend, {}, 'auth.signIn', { username, password });
  return { token: r.token, lang: r.user.lang };
}

/** Opens the database and signs in; closes it whatever happens. */
export async function withUser<T>(dbFile: string, fn: (backend: Backend, ctx: CallContext) => Promise<T>): Promise<T> {
  // The sign-in itself opens an encrypted database (the user's password unwraps its key). A one-shot
  // command runs no daily-backup timer: it would fire in the middle of a long command (a signed
  // package takes seconds) and race the close; `komak serve` and the app keep theirs.
  const backend = await openBackend(dbFile, { recoveryKey: process.env.KOMAK_RECOVERY_KEY || undefined, autoBackup: false });
  try {
    let ctx: CallContext;
    try {
      ctx = await signInForCli(backend);
    } catch (e) {
      // The sign-in is where an encrypted database is first read: damage shows up here.
      const status = backend.status();
      if (status.state === 'damaged') throw new CliError(damagedMessage(dbFile, status.problem?.kind ?? 'damaged'), 4);
      throw e;
    }
    return await fn(backend, ctx);
  } finally {
    await backend.close();
  }
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export const print = (s: string) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
