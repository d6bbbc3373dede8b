import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { CareLogEntryRow } from '../../../db/tables/daily';
import { findClients } from '../../../db/repositories/clients';
import { findShownEntries, type ShownEntryRow } from '../../../db/repositories/carelog';
import type { ClientRow } from '../../../db/tables/clients';
import { tashkentTimeOf } from '../../contract/format';
import type { CareLogEntry, CareDetails } from '../../contract/index';
import { toSummary } from '../clients/clients.mapper';
import { canSeeCase, type Viewer } from '../clients/privacy';
import { entryVisibility } from './carelog.rules';

const parseDetails = (s: string | null): CareDetails => {
  if (!s) return {};
  try {
    return JSON.parse(s) as CareDetails;
  } catch {
    return {};
  }
};

/** Entries as the API shows them, with who wrote them, their correction and acknowledgement. */
export async function toCareEntries(db: Kysely<Database>, v: Viewer, rows: readonly CareLogEntryRow[]): Promise<CareLogEntry[]> {
  if (!rows.length) return [];
  const [clients, withMarks] = await Promise.all([
    findClients(db, [...new Set(rows.map((r) => r.client_id))]),
    findShownEntries(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  const byId = new Map(withMarks.map((m) => [m.id, m]));
  return showEntries(
    v,
    rows.map((r) => byId.get(r.id)!),
    clients,
  );
}

/** Entries read with their marks (the lists' one statement), shown to this viewer. */
export function showEntries(v: Viewer, rows: readonly ShownEntryRow[], clients: readonly ClientRow[]): CareLogEntry[] {
  const clientById = new Map(clients.map((c) => [c.id, c]));
  const summaries = new Map<number, ReturnType<typeof toSummary>>();
  const summaryOf = (c: ClientRow) => summaries.get(c.id) ?? summaries.set(c.id, toSummary(v, c)).get(c.id)!;
  const caseShown = new Map<number, boolean>();
  const caseOf = (c: ClientRow) => caseShown.get(c.id) ?? caseShown.set(c.id, canSeeCase(v, c)).get(c.id)!;
  return rows.map((r) => {
    const client = clientById.get(r.client_id)!;
    const shown = entryVisibility(caseOf(client), {
      isAuthor: r.author_id === v.userId,
      forHandover: r.for_handover === 1,
      category: r.category,
    });
    return {
      id: r.id,
      client: summaryOf(client),
      category: r.category,
      value: shown === 'bare' ? null : r.value,
      details: shown === 'bare' ? {} : parseDetails(r.details),
      text: shown === 'full' ? r.text : null,
      withheld: shown !== 'full' && (r.text !== null || (shown === 'bare' && (r.value !== null || r.details !== null))),
      eventAt: r.event_at,
      eventDate: r.event_date,
      eventTime: tashkentTimeOf(r.event_at),
      enteredAt: r.entered_at,
      author: { id: r.author_id, name: r.author_name ?? '' },
      forHandover: r.for_handover === 1,
      acknowledged: r.acknowledged_at ? { by: r.acknowledged_by_name ?? '', at: r.acknowledged_at } : null,
      correction: r.corrected_at
        ? {
            reason: shown === 'full' ? (r.correction_reason ?? '') : '',
            by: r.corrected_by_name ?? '',
            at: r.corrected_at,
            replacementId: r.correction_replacement_id,
          }
        : null,
      replacesId: r.replaces_id,
      incidentId: r.incident_id,
    };
  });
}
