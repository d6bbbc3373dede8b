import { addDays } from 'date-fns/addDays';
import { movementsBetween } from '../../../db/repositories/stays';
import { findClients } from '../../../db/repositories/clients';
import { listWaiting } from '../../../db/repositories/waiting-list';
import type { HomeAlert } from '../../contract/index';
import { tashkentToday } from '../../contract/format';
import { handlersFor } from '../context';
import { translator } from '../../i18n/index';
import { loadViewer } from './privacy';
import { toSummary } from './clients.mapper';
import { bedBoard } from './board';
import { waitingEntries } from './waiting.handlers';
import { registerAlerts } from './home.alerts';
import { homeAlertSources } from './home.alerts.sources';

const shift = (isoDate: string, days: number) =>
  addDays(new Date(`${isoDate}T00:00:00Z`), days)
    .toISOString()
    .slice(0, 10);

/** Monday to Sunday of the week holding the date. */
export function weekOf(isoDate: string): { from: string; to: string } {
  const weekday = (new Date(`${isoDate}T00:00:00Z`).getUTCDay() + 6) % 7;
  const from = shift(isoDate, -weekday);
  return { from, to: shift(from, 6) };
}

export const homeHandlers = handlersFor({
  'home.summary': async (ctx) => {
    const today = tashkentToday(ctx.now());
    const week = weekOf(today);
    const v = await loadViewer(ctx.db, ctx.user);
    const board = await bedBoard(ctx, today);
    const moves = await movementsBetween(ctx.db, week.from, week.to);
    const waitingRows = await listWaiting(ctx.db, 'waiting');
    const expected = waitingRows.filter((w) => w.expected_on && w.expected_on >= week.from && w.expected_on <= week.to);
    const clients = new Map(
      (await findClients(ctx.db, [...moves.map((m) => m.client_id), ...expected.map((w) => w.client_id)])).map((c) => [c.id, c]),
    );
    const person = (id: number) => toSummary(v, clients.get(id)!);
    const inWeek = (d: string | null) => !!d && d >= week.from && d <= week.to;
    const byDate = <T extends { date: string; code: string }>(a: T, b: T) => a.date.localeCompare(b.date) || a.code.localeCompare(b.code);
    const arrivals = [
      ...moves
        .filter((m) => inWeek(m.admitted_on))
        .map((m) => ({
          ...person(m.client_id),
          date: m.admitted_on,
          kind: 'admitted' as const,
        })),
      ...expected.map((w) => ({
        ...person(w.client_id),
        date: w.expected_on!,
        kind: 'expected' as const,
      })),
    ].sort(byDate);
    const departures = [
      ...moves
        .filter((m) => inWeek(m.discharged_on))
        .map((m) => ({
          ...person(m.client_id),
          date: m.discharged_on!,
          kind: 'discharged' as const,
        })),
      ...moves
        .filter((m) => m.status === 'active' && inWeek(m.planned_discharge_on))
        .map((m) => ({
          ...person(m.client_id),
          date: m.planned_discharge_on!,
          kind: 'planned' as const,
        })),
    ].sort(byDate);
    const t = translator(ctx.lang);
    const alerts = (await Promise.all([registerAlerts, ...homeAlertSources].map((s) => s(ctx.db, today))))
      .flat()
      .map((a: HomeAlert) => ({ ...a, message: t(`homeAlert.${a.type}`, { count: a.count, defaultValue: `${a.type}: ${a.count}` }) }));
    return {
      today,
      weekFrom: week.from,
      weekTo: week.to,
      capacity: board.capacity,
      occupied: board.occupied,
      away: board.away,
      overCapacity: board.overCapacity,
      byRoom: board.rooms.map((r) => ({
        id: r.id,
        name: r.name,
        beds: r.beds.length,
        occupied: r.beds.filter((b) => b.state === 'occupied').length,
        held: r.beds.filter((b) => b.state === 'held').length,
      })),
      byGroup: board.groups.map((g) => ({
        id: g.id,
        name: g.name,
        places: g.places,
        enrolled: g.members.length,
      })),
      arrivals,
      departures,
      waiting: {
        count: waitingRows.length,
        next: await waitingEntries(ctx.db, v, waitingRows.slice(0, 5)),
      },
      alerts,
    };
  },
});
