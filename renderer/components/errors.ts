import i18next from 'i18next';
import { ApiError } from '../api/client';

/** A sentence for the user: the backend's own translated message, or ours when the backend could not answer. */
export function errorMessage(e: unknown): string {
  const t = i18next.t.bind(i18next);
  if (e instanceof ApiError) {
    if (e.code === 'network') return t('errors.network');
    if (e.message) return e.message;
  }
  return t('errors.internal');
}

/** Per-field messages of a failed call, with the input path's prefix removed (`facility.name` → `name`). */
export function fieldErrors(e: unknown, prefix = ''): Record<string, string> {
  if (!(e instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(e.fields)) {
    const sentence = message.charAt(0).toLocaleUpperCase() + message.slice(1);
    if (!prefix) out[path] = sentence;
    else if (path.startsWith(`${prefix}.`)) out[path.slice(prefix.length + 1)] = sentence;
  }
  return out;
}
