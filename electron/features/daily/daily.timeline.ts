// Incidents on a client's timeline (the register's extension point, electron/features/clients/timeline.sources.ts).
import { listIncidents } from '../../../db/repositories/incidents';
import type { TimelineSource } from '../clients/timeline';
import { inScope } from '../clients/privacy';

/** An incident a client was involved in: its number, type, severity and status — never the narrative. */
export const incidentsTimeline: TimelineSource = async (db, v, client) => {
  if (!inScope(v, client) || v.role === 'accountant') return [];
  return (await listIncidents(db, { clientId: client.id })).map((i) => ({
    date: i.occurred_date,
    at: i.occurred_at,
    type: 'incident',
    ref: { type: 'incident', id: i.id },
    data: { number: i.number, incidentType: i.type, severity: i.severity, status: i.status },
  }));
};
