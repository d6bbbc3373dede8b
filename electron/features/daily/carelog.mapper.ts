import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { CareLogEntryRow } from '../../../db/tables/daily';
import { findClients } from '../../../db/repositories/clients';
import { correctionsOf, acksOf, userNames } from '../../../db/repositories/carelog';
import { tashkentParts } from '../../contract/format';
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
  const ids = rows.map((r) => r.id);
  const [clients, corrections, acks, users] = await Promise.all([
    findClients(db, [...new Set(rows.map((r) => r.client_id))]),
    correctionsOf(db, ids),
    acksOf(db, ids),
    userNames(db, [...new Set(rows.map((r) => r.author_id))]),
  ]);
  const clientById = new Map(clients.map((c) => [c.id, c]));
  const userById = new Map(users.map((u) => [u.id, u.full_name]));
  return rows.map((r) => {
    const c = corrections.find((x) => x.entry_id === r.id);
    const replaces = corrections.find((x) => x.replacement_id === r.id);
    const a = acks.find((x) => x.entry_id === r.id);
    const client = clientById.get(r.client_id)!;
    const shown = entryVisibility(canSeeCase(v, client), {
      isAuthor: r.author_id === v.userId,
      forHandover: r.for_handover === 1,
      category: r.category,
    });
    return {
      id: r.id,
      client: toSummary(v, client),
      category: r.category,
      value: shown === 'bare' ? null : r.value,
      details: shown === 'bare' ? {} : parseDetails(r.details),
      text: shown === 'full' ? r.text : null,
      withheld: shown !== 'full' && (r.text !== null || (shown === 'bare' && (r.value !== null || r.details !== null))),
      eventAt: r.event_at,
      eventDate: r.event_date,
      eventTime: tashkentParts(new Date(r.event_at)).time,
      enteredAt: r.entered_at,
      author: { id: r.author_id, name: userById.get(r.author_id) ?? '' },
      forHandover: r.for_handover === 1,
      acknowledged: a ? { by: a.full_name, at: a.acknowledged_at } : null,
      correction: c
        ? { reason: shown === 'full' ? c.reason : '', by: c.full_name, at: c.corrected_at, replacementId: c.replacement_id }
        : null,
      replacesId: replaces?.entry_id ?? null,
      incidentId: r.incident_id,
    };
  });
}
