import type { Lang } from '../contract/core';
import { keysMessages } from '../features/keys/messages';
import { auditMessages } from '../features/audit/messages';
import { backupMessages } from '../features/backup/messages';

/** Message trees of the areas (labels for documents, list names, area-specific errors), one line each. */
export const areaMessages: Array<Record<Lang, Record<string, unknown>>> = [keysMessages, auditMessages, backupMessages];
