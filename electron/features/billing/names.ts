// Billing shows a person's real name only where the clients area's need-to-know rule allows it
// (day care: manager, accountant, social worker, caregivers in scope — never the inspector).
import type { AuthedContext } from '../context';
import { clientsByIds, type ClientBasics } from '../../../db/repositories/billing-foreign';
import { canSeeName, loadViewer } from '../clients/privacy';

export interface Person {
  code: string;
  birthDate: string | null;
  /** Null where the caller may not see it. */
  name: string | null;
}

export async function peopleFor(ctx: AuthedContext, ids: readonly number[]): Promise<Map<number, Person>> {
  const rows: ClientBasics[] = await clientsByIds(ctx.db, [...new Set(ids)]);
  const viewer = await loadViewer(ctx.db, ctx.user);
  return new Map(rows.map((r) => [r.id, { code: r.code, birthDate: r.birthDate, name: canSeeName(viewer, r.guard) ? r.name : null }]));
}
