import { addDays } from 'date-fns/addDays';
import type { ClientDocumentRow, ClientRow } from '../../../db/tables/clients';
import { findClient, findClients } from '../../../db/repositories/clients';
import {
  insertDocument,
  findDocument,
  documentData,
  documentsOf,
  deleteDocument,
  documentsExpiringBy,
} from '../../../db/repositories/client-documents';
import { MEDICAL_ATTACHMENT_TYPES, type AttachmentType, type DocumentOut } from '../../contract/index';
import { tashkentToday } from '../../contract/format';
import { handlersFor, iso } from '../context';
import { AppError, conflict, invalid, notFound } from '../errors';
import { loadViewer, assertInScope, assertMayEdit, canSeeName, canSeeCase, inScope, type Viewer } from './privacy';
import { toSummary } from './clients.mapper';
import { sniffMime, sha256, safeFileName } from './files';

/** Medical scans follow the case rules; the rest is listed, but opened only with the name. */
function visibleDoc(v: Viewer, c: ClientRow, d: ClientDocumentRow): boolean {
  return !MEDICAL_ATTACHMENT_TYPES.includes(d.type as AttachmentType) || canSeeCase(v, c);
}

function toDocumentOut(v: Viewer, c: ClientRow, d: ClientDocumentRow): DocumentOut {
  const open = canSeeName(v, c);
  return {
    id: d.id,
    clientId: d.client_id,
    type: d.type as AttachmentType,
    number: open ? d.number : null,
    issuedOn: d.issued_on,
    expiresOn: d.expires_on,
    note: open ? d.note : null,
    fileName: open ? d.file_name : null,
    mime: d.mime as DocumentOut['mime'],
    size: d.size,
    uploadedAt: d.uploaded_at,
    canOpen: open,
  };
}

const plusDays = (isoDate: string, days: number) =>
  addDays(new Date(`${isoDate}T00:00:00Z`), days)
    .toISOString()
    .slice(0, 10);

export const documentsHandlers = handlersFor({
  'documents.list': async (ctx, input) => {
    const v = await loadViewer(ctx.db, ctx.user);
    const client = await findClient(ctx.db, input.clientId);
    if (!client) throw notFound();
    assertInScope(v, client);
    return (await documentsOf(ctx.db, client.id)).filter((d) => visibleDoc(v, client, d)).map((d) => toDocumentOut(v, client, d));
  },

  'documents.add': async (ctx, input) => {
    const v = await loadViewer(ctx.db, ctx.user);
    const client = await findClient(ctx.db, input.clientId);
    if (!client) throw notFound();
    assertMayEdit(v, client);
    if (client.status === 'discharged') throw conflict('clientDischarged');
    if (input.issuedOn && input.issuedOn > tashkentToday(ctx.now())) throw invalid({ issuedOn: 'v.futureDate' });
    if (input.issuedOn && input.expiresOn && input.expiresOn < input.issuedOn) throw invalid({ expiresOn: 'v.dateOrder' });
    const data = Buffer.from(input.contentBase64, 'base64');
    if (data.length === 0) throw invalid({ contentBase64: 'v.required' });
    if (sniffMime(data) !== input.mime) throw invalid({ contentBase64: 'v.fileType' });
    const row = {
      client_id: client.id,
      type: input.type,
      number: input.number ?? null,
      issued_on: input.issuedOn ?? null,
      expires_on: input.expiresOn ?? null,
      note: input.note ?? null,
      file_name: safeFileName(input.fileName),
      mime: input.mime,
      size: data.length,
      sha256: sha256(data),
      uploaded_by: ctx.user.id,
      uploaded_at: iso(ctx.now()),
    };
    const id = await insertDocument(ctx.db, row, data);
    await ctx.audit({
      action: 'documents.add',
      objectType: 'client',
      objectId: client.code,
      changes: {
        document: [null, id],
        type: [null, input.type],
        sha256: [null, row.sha256],
      },
    });
    return toDocumentOut(v, client, (await findDocument(ctx.db, id))!);
  },

  'documents.file': async (ctx, input) => {
    const v = await loadViewer(ctx.db, ctx.user);
    const d = await findDocument(ctx.db, input.id);
    if (!d) throw notFound();
    const client = (await findClient(ctx.db, d.client_id))!;
    assertInScope(v, client);
    if (!canSeeName(v, client) || !visibleDoc(v, client, d)) throw new AppError('forbidden');
    const data = await documentData(ctx.db, d.id);
    if (!data) throw notFound();
    await ctx.audit({
      action: 'documents.file',
      objectType: 'client',
      objectId: client.code,
      changes: { document: [null, d.id] },
    });
    return {
      fileName: d.file_name,
      mime: d.mime,
      contentBase64: data.toString('base64'),
    };
  },

  'documents.remove': async (ctx, input) => {
    const d = await findDocument(ctx.db, input.id);
    if (!d) throw notFound();
    const client = (await findClient(ctx.db, d.client_id))!;
    await deleteDocument(ctx.db, d.id);
    await ctx.audit({
      action: 'documents.remove',
      objectType: 'client',
      objectId: client.code,
      changes: {
        document: [d.id, null],
        type: [d.type, null],
        sha256: [d.sha256, null],
        reason: [null, input.reason],
      },
    });
    return { ok: true as const };
  },

  'documents.expiring': async (ctx, input) => {
    const v = await loadViewer(ctx.db, ctx.user);
    const today = tashkentToday(ctx.now());
    const docs = await documentsExpiringBy(ctx.db, plusDays(today, input.days));
    const clients = new Map((await findClients(ctx.db, [...new Set(docs.map((d) => d.client_id))])).map((c) => [c.id, c]));
    return docs
      .filter((d) => {
        const c = clients.get(d.client_id)!;
        return inScope(v, c) && visibleDoc(v, c, d);
      })
      .map((d) => {
        const c = clients.get(d.client_id)!;
        return {
          ...toDocumentOut(v, c, d),
          client: toSummary(v, c),
          expired: d.expires_on! < today,
        };
      });
  },
});
