// A child's placement prospect in a family-type home: one current value per child, every change audited.
import { getFacility } from '../../../db/repositories/facility';
import { findClientByCode } from '../../../db/repositories/clients';
import { findProspect, saveProspect } from '../../../db/repositories/report-children';
import type { PlacementProspect } from '../../contract/reports.contract';
import { AppError, conflict, invalid } from '../errors';
import { iso, type AuthedContext } from '../context';

export async function setPlacementProspect(
  ctx: AuthedContext,
  input: { clientCode: string; prospect: PlacementProspect; note?: string | null },
) {
  const facility = await getFacility(ctx.db);
  if (!facility) throw new AppError('not_initialized');
  if (facility.kind !== 'family_home') throw conflict('prospectNotFamilyHome');
  const client = await findClientByCode(ctx.db, input.clientCode);
  if (!client) throw invalid({ clientCode: 'v.reports.clientUnknown' });
  const before = await findProspect(ctx.db, client.id);
  const note = input.note ?? null;
  const at = iso(ctx.now());
  await saveProspect(ctx.db, { client_id: client.id, prospect: input.prospect, note, updated_at: at, updated_by: ctx.user.id });
  await ctx.audit({
    action: 'reports.setPlacementProspect',
    objectType: 'client',
    objectId: client.code,
    changes: { prospect: [before?.prospect ?? null, input.prospect], note: [before?.note ?? null, note] },
  });
  return { clientCode: client.code, prospect: input.prospect, note, updatedAt: at };
}
