import { listClients, findClients } from '../../../db/repositories/clients';
import { findStay } from '../../../db/repositories/stays';
import { plansOf, versionsOf } from '../../../db/repositories/plans';
import { reviewsOf } from '../../../db/repositories/plan-reviews';
import { assessmentStates } from '../../../db/repositories/assessments';
import { tashkentToday } from '../../contract/format';
import { handlersFor } from '../context';
import { loadViewer, inScope } from '../clients/privacy';
import { listScope } from '../clients/clients.handlers';
import { queryTokens } from '../clients/search-terms';
import { readableCase, mayWrite } from './access';
import { listItems } from './assessments.service';
import { overviewItems, byUrgency, isOverdue, scheduleOf, settingsOf, headlineOf } from './overview';
import { versionRefOf, reviewRefOf } from './plans.mapper';

const CURRENT = ['active', 'away'];
// A facility's current clients are bounded by its capacity (at most 1000): one page holds them all.
const ALL_CURRENT = 5000;

export const overviewHandlers = handlersFor({
  'plans.overview': async (ctx, input) => {
    const v = await loadViewer(ctx.db, ctx.user);
    const today = tashkentToday(ctx.now());
    const { rows } = await listClients(ctx.db, {
      statuses: CURRENT,
      ...listScope(v),
      tokens: queryTokens(input.q ?? ''),
      sort: 'code',
      dir: 'asc',
      offset: 0,
      limit: ALL_CURRENT,
    });
    const all = await overviewItems(
      ctx.db,
      v,
      rows.map((r) => ({ client: r, admittedOn: r.admitted_on })),
      today,
    );
    const items = all.filter((i) => input.filter === 'all' || (input.filter === 'overdue' ? isOverdue(i) : i.attention)).sort(byUrgency);
    return {
      today,
      items,
      counts: {
        clients: all.length,
        attention: all.filter((i) => i.attention).length,
        overdue: all.filter(isOverdue).length,
        awaitingApproval: all.filter((i) => i.plan?.status === 'submitted' || i.plan?.pendingStatus === 'submitted').length,
      },
    };
  },

  'plans.flags': async (ctx, input) => {
    const v = await loadViewer(ctx.db, ctx.user);
    const today = tashkentToday(ctx.now());
    const clients = (await findClients(ctx.db, [...new Set(input.clientIds)])).filter((c) => inScope(v, c));
    const placed = await Promise.all(
      clients.map(async (c) => ({
        client: c,
        admittedOn: CURRENT.includes(c.status) && c.last_stay_id ? ((await findStay(ctx.db, c.last_stay_id))?.admitted_on ?? null) : null,
      })),
    );
    return (await overviewItems(ctx.db, v, placed, today)).map((i) => ({
      clientId: i.client.id,
      assessmentOverdue: i.assessment.overdue,
      reviewOverdue: i.plan?.reviewState === 'overdue',
      nextReviewOn: i.plan?.nextReviewOn ?? null,
    }));
  },

  'plans.forClient': async (ctx, input) => {
    const { client, summary } = await readableCase(ctx, input.clientId);
    const today = tashkentToday(ctx.now());
    const current = CURRENT.includes(client.status);
    const stay = current && client.last_stay_id ? await findStay(ctx.db, client.last_stay_id) : undefined;
    const admittedOn = stay?.admitted_on ?? null;
    const states = await assessmentStates(ctx.db, [{ id: client.id, since: admittedOn }]);
    const plans = await plansOf(ctx.db, client.id);
    const versions = await versionsOf(
      ctx.db,
      plans.map((p) => p.id),
    );
    const reviews = await reviewsOf(
      ctx.db,
      plans.map((p) => p.id),
    );
    return {
      client: summary,
      schedule: scheduleOf(admittedOn, states.get(client.id), await settingsOf(ctx.db), today),
      assessments: await listItems(ctx, client.id),
      plans: plans.map((p) => {
        const own = versions.filter((x) => x.plan_id === p.id);
        return {
          ...headlineOf(p, versions, reviews, today),
          startsOn: own[0]!.starts_on,
          versions: own.map(versionRefOf),
          reviews: reviews.filter((r) => r.plan_id === p.id).map(reviewRefOf),
        };
      }),
      canWrite: mayWrite(ctx) && current,
    };
  },
});
