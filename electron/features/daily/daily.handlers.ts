// "Today" for whoever works with the residents: her groups' attendance (or the roll call), the
// handover waiting, the doses due and late, the incidents not yet closed.
import { findHoliday } from '../../../db/repositories/holidays';
import { currentClients, rollCallsOn } from '../../../db/repositories/rollcall';
import { pendingHandover } from '../../../db/repositories/carelog';
import { listIncidents } from '../../../db/repositories/incidents';
import { handlersFor } from '../context';
import { loadViewer, inScope } from '../clients/privacy';
import { visibleGroups, sheetRows, counts } from './attendance.sheet';
import { scopeRound } from './medication.handlers';
import { visibleIncidents } from './incidents.handlers';
import { todayOf, dayStartInstant, shiftDate } from './work';

export const dailyHandlers = handlersFor({
  'daily.today': async (ctx) => {
    const v = await loadViewer(ctx.db, ctx.user);
    const date = todayOf(ctx);
    const dayCare = v.kind === 'day_care';
    const clients = (await currentClients(ctx.db)).filter((c) => inScope(v, c));
    const ids = new Set(clients.map((c) => c.id));
    const groups = [];
    if (dayCare) {
      const known = { holiday: await findHoliday(ctx.db, date) };
      for (const g of await visibleGroups(ctx.db, v)) {
        const rows = await sheetRows(ctx.db, v, date, { groupIds: [g.id] }, known);
        if (rows.length) groups.push({ id: g.id, name: g.name, ...counts(rows) });
      }
    }
    let rollCall = null;
    if (!dayCare) {
      const rooms = new Set(clients.filter((c) => c.current_room_id !== null).map((c) => c.current_room_id!));
      const taken = (await rollCallsOn(ctx.db, date)).filter((r) => rooms.has(r.room_id));
      rollCall = {
        rooms: rooms.size,
        morning: taken.filter((r) => r.session === 'morning').length,
        evening: taken.filter((r) => r.session === 'evening').length,
      };
    }
    const handover = (await pendingHandover(ctx.db, dayStartInstant(shiftDate(date, -14)))).filter((e) => ids.has(e.client_id)).length;
    const round = await scopeRound(ctx, v, date);
    const incidents = await visibleIncidents(ctx.db, v, await listIncidents(ctx.db, { statuses: ['open', 'reviewed'] }));
    return {
      date,
      kind: dayCare ? ('day_care' as const) : ('residential' as const),
      groups,
      rollCall,
      residents: clients.length,
      handover,
      dosesDue: round.doses.filter((d) => d.state === 'due' && !d.absence).length,
      dosesLate: round.doses.filter((d) => d.state === 'late' && !d.absence).length,
      openIncidents: incidents.length,
    };
  },
});
