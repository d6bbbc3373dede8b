import { findClient, listClients, updateClient, replacePoorFamilyPeriods, findPhoto, setPhoto } from '../../../db/repositories/clients';
import { tashkentToday } from '../../contract/format';
import { handlersFor, iso, type AuthedContext } from '../context';
import { AppError, conflict, invalid, notFound } from '../errors';
import { loadViewer, assertInScope, assertMayEdit, canSeeName, nameRule, maySortByName, type Viewer } from './privacy';
import { toListItem, toDetail } from './clients.mapper';
import { createClient, updateClientFields, checkAssignableWorker } from './clients.service';
import { queryTokens } from './search-terms';
import { clientTimeline } from './timeline';
import { exportClients } from './export';
import { importClients } from './import/import-clients';
import { sniffMime } from './files';

const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

export const statusesFor = (s: string): string[] | null => (s === 'all' ? null : s === 'current' ? ['active', 'away'] : [s]);

/** The list query of a viewer: their scope, and name matching only where they may see names. */
export function listScope(v: Viewer) {
  return {
    scope: v.scope ? { userId: v.userId, ...v.scope } : null,
    identityFor: nameRule(v) === 'all' ? ('all' as const) : { assignedTo: v.userId },
  };
}

async function visibleClient(ctx: AuthedContext, id: number) {
  const v = await loadViewer(ctx.db, ctx.user);
  const client = await findClient(ctx.db, id);
  if (!client) throw notFound();
  assertInScope(v, client);
  return { v, client };
}

export const clientsHandlers = handlersFor({
  'clients.list': async (ctx, input) => {
    const v = await loadViewer(ctx.db, ctx.user);
    const { total, rows } = await listClients(ctx.db, {
      statuses: statusesFor(input.status),
      roomId: input.roomId,
      groupId: input.groupId,
      ...listScope(v),
      tokens: queryTokens(input.q ?? ''),
      sort: input.sort === 'name' && !maySortByName(v) ? 'code' : input.sort,
      dir: input.dir,
      offset: input.offset,
      limit: input.limit,
    });
    return { total, items: rows.map((r) => toListItem(v, r)) };
  },

  'clients.get': async (ctx, input) => {
    const { v, client } = await visibleClient(ctx, input.id);
    await ctx.audit({
      action: 'clients.get',
      objectType: 'client',
      objectId: client.code,
    });
    return toDetail(ctx.db, v, client.id);
  },

  'clients.create': async (ctx, input) => {
    const v = await loadViewer(ctx.db, ctx.user);
    const { assignedWorkerId, ...fields } = input;
    const { id } = await createClient(ctx, v, fields, assignedWorkerId);
    return toDetail(ctx.db, v, id);
  },

  'clients.update': async (ctx, input) => {
    const { id, ...fields } = input;
    const { v, client } = await visibleClient(ctx, id);
    assertMayEdit(v, client);
    if (client.status === 'discharged') throw conflict('clientDischarged');
    await updateClientFields(ctx, v, client, fields);
    return toDetail(ctx.db, v, id);
  },

  'clients.assignWorker': async (ctx, input) => {
    const { v, client } = await visibleClient(ctx, input.clientId);
    if (input.userId !== null) await checkAssignableWorker(ctx.db, input.userId, 'userId');
    await updateClient(ctx.db, client.id, {
      assigned_worker_id: input.userId,
      updated_at: iso(ctx.now()),
    });
    await ctx.audit({
      action: 'clients.assignWorker',
      objectType: 'client',
      objectId: client.code,
      changes: { assignedWorkerId: [client.assigned_worker_id, input.userId] },
    });
    return toDetail(ctx.db, v, client.id);
  },

  'clients.setPoorFamilyPeriods': async (ctx, input) => {
    const { client } = await visibleClient(ctx, input.clientId);
    const periods = [...input.periods].sort((a, b) => a.from.localeCompare(b.from));
    const errors: Record<string, string> = {};
    periods.forEach((p, i) => {
      if (p.to && p.to < p.from) errors[`periods.${i}.to`] = 'v.dateOrder';
      const prev = periods[i - 1];
      if (prev && (prev.to === null || prev.to >= p.from)) errors[`periods.${i}.from`] = 'v.overlap';
    });
    if (Object.keys(errors).length) throw invalid(errors);
    await replacePoorFamilyPeriods(
      ctx.db,
      client.id,
      periods.map((p) => ({ from_date: p.from, to_date: p.to })),
    );
    await ctx.audit({
      action: 'clients.setPoorFamilyPeriods',
      objectType: 'client',
      objectId: client.code,
      changes: { periods: [null, periods] },
    });
    return periods;
  },

  'clients.setPhoto': async (ctx, input) => {
    const { v, client } = await visibleClient(ctx, input.clientId);
    assertMayEdit(v, client);
    if (client.status === 'discharged') throw conflict('clientDischarged');
    if ((input.contentBase64 === null) !== (input.mime === null))
      throw invalid({
        [input.mime === null ? 'mime' : 'contentBase64']: 'v.required',
      });
    let photo = null;
    if (input.contentBase64 !== null && input.mime !== null) {
      const data = Buffer.from(input.contentBase64, 'base64');
      if (data.length > MAX_PHOTO_BYTES) throw invalid({ contentBase64: 'v.photoTooLarge' });
      if (sniffMime(data) !== input.mime) throw invalid({ contentBase64: 'v.fileType' });
      photo = { mime: input.mime, data, updated_at: iso(ctx.now()) };
    }
    await setPhoto(ctx.db, client.id, photo);
    await ctx.audit({
      action: 'clients.setPhoto',
      objectType: 'client',
      objectId: client.code,
      changes: { photo: [null, photo ? 'set' : 'removed'] },
    });
    return { ok: true as const };
  },

  'clients.photo': async (ctx, input) => {
    const { v, client } = await visibleClient(ctx, input.clientId);
    if (!canSeeName(v, client)) throw new AppError('forbidden');
    const photo = await findPhoto(ctx.db, client.id);
    return photo ? { mime: photo.mime, contentBase64: photo.data.toString('base64') } : null;
  },

  'clients.timeline': async (ctx, input) => {
    const { v, client } = await visibleClient(ctx, input.clientId);
    return clientTimeline(ctx.db, v, client);
  },

  'clients.export': async (ctx, input) => {
    const v = await loadViewer(ctx.db, ctx.user);
    const file = await exportClients(ctx.db, v, input.format, statusesFor(input.status), tashkentToday(ctx.now()));
    await ctx.audit({
      action: 'clients.export',
      objectType: 'client',
      objectId: null,
      changes: { format: [null, input.format], rows: [null, file.rows] },
    });
    return file;
  },

  'clients.import': async (ctx, input) => importClients(ctx, input),
});
