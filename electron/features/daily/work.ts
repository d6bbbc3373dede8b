// What every handler of daily work needs: who is asking, which clients they work with, and
// Tashkent wall-clock time.
import { addDays } from 'date-fns/addDays';
import type { ClientRow } from '../../../db/tables/clients';
import { findClient } from '../../../db/repositories/clients';
import { tashkentParts, TASHKENT_OFFSET_MINUTES } from '../../contract/format';
import type { AuthedContext } from '../context';
import { conflict, notFound } from '../errors';
import { loadViewer, assertInScope, inScope, type Viewer } from '../clients/privacy';

export const todayOf = (ctx: AuthedContext) => tashkentParts(ctx.now()).date;
export const nowTimeOf = (ctx: AuthedContext) => tashkentParts(ctx.now()).time;

/** The UTC instant of a Tashkent wall-clock date and time. */
export function instantOf(date: string, time: string): string {
  return new Date(Date.parse(`${date}T${time}:00Z`) - TASHKENT_OFFSET_MINUTES * 60_000).toISOString();
}

/** The UTC instant a Tashkent day starts. */
export const dayStartInstant = (date: string) => instantOf(date, '00:00');

export const shiftDate = (date: string, days: number) =>
  addDays(new Date(`${date}T00:00:00Z`), days)
    .toISOString()
    .slice(0, 10);

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export const isoWeekday = (date: string) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

export const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** A client the caller works with today: in her scope, with a current stay. */
export async function currentClientInScope(ctx: AuthedContext, clientId: number): Promise<{ v: Viewer; client: ClientRow }> {
  const v = await loadViewer(ctx.db, ctx.user);
  const client = await findClient(ctx.db, clientId);
  if (!client) throw notFound();
  assertInScope(v, client);
  if (client.status !== 'active' && client.status !== 'away')
    throw conflict(client.status === 'discharged' ? 'clientDischarged' : 'notAdmitted');
  return { v, client };
}

/** A client in the caller's scope whatever the stay (past days, corrections). */
export async function clientInScope(ctx: AuthedContext, clientId: number): Promise<{ v: Viewer; client: ClientRow }> {
  const v = await loadViewer(ctx.db, ctx.user);
  const client = await findClient(ctx.db, clientId);
  if (!client) throw notFound();
  assertInScope(v, client);
  return { v, client };
}

export const inScopeOf = (v: Viewer) => (c: ClientRow) => inScope(v, c);

/** Initials for a card: from the name when shown, else the code's number. */
export function initials(name: string | null, code: string): string {
  if (!name) return code.slice(-2);
  const parts = name.split(/\s+/).filter(Boolean);
  return ((parts[1]?.[0] ?? '') + (parts[0]?.[0] ?? '')).toUpperCase() || code.slice(-2);
}
