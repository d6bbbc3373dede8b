import type { z } from 'zod';
import type { ErrorCode } from '../contract/core';

/**
 * An error a user can meet. `key`/`vars` pick the message from the backend catalogue; the
 * front shows the translated text. `keepWrites` commits what the handler wrote before failing
 * (a failed sign-in must still count the attempt and be audited).
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly vars: Record<string, string> = {},
    readonly fields?: Record<string, string>,
    readonly keepWrites = false,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = () => new AppError('not_found');
/** `reason` is a key under `conflict.` in the catalogue. */
export const conflict = (reason: string, fields?: Record<string, string>) =>
  new AppError('conflict', { reason: `$t(conflict.${reason})` }, fields);
/** A validation error for one or more fields; values are keys under `v.`. */
export const invalid = (fields: Record<string, string>) => new AppError('validation', {}, fields);

/** Maps zod issues to `{ path: messageKey }`; our schemas give keys (`v.…`) as messages. */
export function zodFieldKeys(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (fields[path]) continue;
    fields[path] = issueKey(issue);
  }
  return fields;
}

function issueKey(issue: z.core.$ZodIssue): string {
  if (issue.message.startsWith('v.')) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'v.required' : 'v.type';
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1 ? 'v.required' : 'v.tooShort';
    case 'too_big':
      return 'v.tooLong';
    case 'invalid_value':
    case 'invalid_union':
      return 'v.choice';
    case 'unrecognized_keys':
      return 'v.unknownField';
    default:
      return 'v.invalid';
  }
}
