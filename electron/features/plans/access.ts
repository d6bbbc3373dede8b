// Need-to-know for assessments and plans, on top of the register's rules (../clients/privacy.ts):
// plans are case narratives, so a viewer who may not see a client's case may not open them at all, and
// writing needs a staff role. Accountants never reach here: no plans method lists their role.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { ClientRow } from '../../../db/tables/clients';
import type { ClientSummary } from '../../contract/clients.schemas';
import type { Domain } from '../../contract/plans.scales';
import { DOMAINS_BY_KIND } from '../../contract/plans.scales';
import { findClient } from '../../../db/repositories/clients';
import { findUserById } from '../../../db/repositories/users';
import type { AuthedContext } from '../context';
import { AppError, conflict, notFound } from '../errors';
import { loadViewer, inScope, canSeeCase, type Viewer } from '../clients/privacy';
import { toSummary } from '../clients/clients.mapper';

export interface CaseAccess {
  v: Viewer;
  client: ClientRow;
  summary: ClientSummary;
}

const WRITERS = new Set(['manager', 'caregiver', 'social_worker']);

/** A client whose case the viewer may read; others are refused as if they did not exist to them. */
export async function readableCase(ctx: AuthedContext, clientId: number): Promise<CaseAccess> {
  const v = await loadViewer(ctx.db, ctx.user);
  const client = await findClient(ctx.db, clientId);
  if (!client) throw notFound();
  if (!inScope(v, client) || !canSeeCase(v, client)) throw new AppError('forbidden');
  return { v, client, summary: toSummary(v, client) };
}

/** As `readableCase`, for a write: a staff role is needed too. */
export async function writableCase(ctx: AuthedContext, clientId: number): Promise<CaseAccess> {
  const access = await readableCase(ctx, clientId);
  if (!WRITERS.has(ctx.user.role)) throw new AppError('forbidden');
  return access;
}

/** New assessments and plans only for someone the facility serves now. */
export function assertCurrent(client: ClientRow): void {
  if (client.status !== 'active' && client.status !== 'away') throw conflict('plans.clientNotCurrent');
}

export const mayWrite = (ctx: AuthedContext) => WRITERS.has(ctx.user.role);

/** The domains of the facility's assessment form. */
export function formDomains(v: Viewer): readonly Domain[] {
  return DOMAINS_BY_KIND[v.kind];
}

/** Names of staff by id, for "who did it" fields; unknown ids give null. */
export async function userRefs(db: Kysely<Database>, ids: Array<number | null>): Promise<Map<number, { id: number; name: string }>> {
  const out = new Map<number, { id: number; name: string }>();
  for (const id of new Set(ids.filter((x): x is number => x !== null))) {
    const u = await findUserById(db, id);
    if (u) out.set(id, { id, name: u.full_name });
  }
  return out;
}

export const refOf = (refs: Map<number, { id: number; name: string }>, id: number | null) => (id === null ? null : (refs.get(id) ?? null));

export const parseList = (s: string | null): string[] => {
  if (!s) return [];
  try {
    const v = JSON.parse(s) as unknown;
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
};
