import type { TimelineSource } from './timeline';

/**
 * Other areas' contributions to a client's timeline (plans, incidents, care log highlights…),
 * one line each: `import { plansTimeline } from '../plans/plans.timeline';` and `plansTimeline,`.
 * Each source applies the need-to-know rules of `./privacy` to what it returns.
 */
export const timelineSources: TimelineSource[] = [];
