import { handlersFor } from '../context';
import { listAudit, verifyAuditChain } from '../../../db/repositories/audit';
import type { AuditRecord } from '../../../db/schema';
import type { AuditEntryRow } from '../../contract/audit.contract';
import { TASHKENT_OFFSET_MINUTES } from '../../contract/format';

/** The instant a Tashkent calendar day starts. */
function dayStart(isoDate: string, plusDays = 0): string {
  const t = Date.parse(`${isoDate}T00:00:00Z`) + plusDays * 86_400_000 - TASHKENT_OFFSET_MINUTES * 60_000;
  return new Date(t).toISOString();
}

export function toAuditRow(r: AuditRecord): AuditEntryRow {
  return {
    seq: r.seq,
    at: r.at,
    userId: r.user_id,
    username: r.username,
    role: r.role,
    action: r.action,
    objectType: r.object_type,
    objectId: r.object_id,
    changes: r.changes ? (JSON.parse(r.changes) as Record<string, unknown>) : null,
    outcome: r.outcome as AuditEntryRow['outcome'],
  };
}

export const auditHandlers = handlersFor({
  'audit.list': async (ctx, input) => {
    const { limit, beforeSeq, from, to, ...filter } = input;
    const rows = await listAudit(ctx.db, {
      ...filter,
      fromAt: from ? dayStart(from) : undefined,
      toAt: to ? dayStart(to, 1) : undefined,
      beforeSeq,
      limit: limit + 1,
    });
    // Looking at the trail is itself on the trail, with what was looked for.
    await ctx.audit({ action: 'audit.list', objectType: 'audit_log', changes: { filter: { ...filter, from, to, beforeSeq } } });
    const page = rows.slice(0, limit);
    return { entries: page.map(toAuditRow), nextBeforeSeq: rows.length > limit ? page[page.length - 1]!.seq : null };
  },
  'audit.verify': async (ctx) => {
    const anchors = await ctx.store.backups.auditAnchors(ctx.db);
    const verdict = await verifyAuditChain(ctx.db, { anchors });
    await ctx.audit({
      action: 'audit.verify',
      objectType: 'audit_log',
      changes: verdict.ok ? { ok: true, count: verdict.count } : { ok: false, seq: verdict.seq, problem: verdict.problem },
    });
    return { ...verdict, anchorsChecked: anchors.length };
  },
});
