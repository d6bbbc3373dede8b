import type { Lang } from '../contract/core';
import { billingMessages } from '../features/billing/messages';

/** Message trees of the areas (labels for documents, list names, area-specific errors), one line each. */
// prettier-ignore
export const areaMessages: Array<Record<Lang, Record<string, unknown>>> = [
  billingMessages,
];
