import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Lang, MethodName, ParsedInput, Output } from '../contract/index';
import type { SessionUser } from '../contract/auth.contract';
import type { AuditEntry } from '../../db/repositories/audit';
import type { KeyService } from './keys/key-changes';
import type { StoreService } from './store-service';

export interface HandlerContext {
  /** Inside a mutation this is the transaction; every write of the call goes through it. */
  db: Kysely<Database>;
  user: SessionUser | null;
  /** sha256 of the caller's session token, when signed in. */
  tokenHash: string | null;
  lang: Lang;
  now(): Date;
  /** Adds an audit entry in the same transaction, stamped with the caller. */
  audit(e: Pick<AuditEntry, 'action' | 'objectType' | 'objectId' | 'changes'> & { outcome?: AuditEntry['outcome'] }): Promise<void>;
  /** The wrapped database keys: staged here, written around the commit (see keys/key-changes.ts). */
  keys: KeyService;
  /** Backups, restore and the facility file itself (see store-service.ts). */
  store: StoreService;
  /** Runs after the transaction committed (work that cannot happen inside one, like a restore). */
  afterCommit(fn: () => Promise<void>): void;
}

/** A signed-in context: methods with roles other than 'public' always get one. */
export type AuthedContext = HandlerContext & { user: SessionUser };

export type Handler<M extends MethodName> = (ctx: AuthedContext, input: ParsedInput<M>) => Promise<Output<M>>;
export type PublicHandler<M extends MethodName> = (ctx: HandlerContext, input: ParsedInput<M>) => Promise<Output<M>>;
export type Handlers = { [M in MethodName]: Handler<M> | PublicHandler<M> };

/** Declares an area's handlers; the table in handlers.ts checks that every method has one. */
export function handlersFor<K extends MethodName>(h: { [M in K]: Handler<M> }): { [M in K]: Handler<M> } {
  return h;
}
export function publicHandlersFor<K extends MethodName>(h: { [M in K]: PublicHandler<M> }): { [M in K]: PublicHandler<M> } {
  return h;
}

/** ISO instant in UTC, the one way instants are written. */
export const iso = (d: Date) => d.toISOString();
