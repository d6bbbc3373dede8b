import type { TimelineSource } from './timeline';
import { plansTimeline } from '../plans/plans.timeline';
import { incidentsTimeline } from '../daily/daily.timeline';

/**
 * Other areas' contributions to a client's timeline (plans, incidents, care log highlights…),
 * one line each: `import { plansTimeline } from '../plans/plans.timeline';` and `plansTimeline,`.
 * Each source applies the need-to-know rules of `./privacy` to what it returns.
 */
// prettier-ignore
export const timelineSources: TimelineSource[] = [
  plansTimeline,
  incidentsTimeline,
];
