// What makes a care-log entry complete, as a pure function (unit-tested).
import { CARE_CHIPS, type CareCategory, type CareDetails } from '../../contract/daily.schemas';

export interface EntryDraft {
  category: CareCategory;
  value?: string | null;
  details: CareDetails;
  text?: string | null;
}

/** Field → message key for each problem; empty when the entry may be written. */
export function entryProblems(e: EntryDraft): Record<string, string> {
  const chips: readonly string[] = CARE_CHIPS[e.category];
  const value = e.value ?? null;
  if (e.category === 'note') return e.text ? (value ? { value: 'v.daily.noValueForNote' } : {}) : { text: 'v.required' };
  if (value !== null && !chips.includes(value)) return { value: 'v.daily.chip' };
  if (value === null && !e.text) return { value: 'v.daily.chipOrText' };
  if (value === 'temperature' && e.details.temperature === undefined) return { 'details.temperature': 'v.required' };
  if (value === 'weight' && e.details.weight === undefined) return { 'details.weight': 'v.required' };
  if (e.details.meal !== undefined && e.category !== 'meal') return { 'details.meal': 'v.daily.mealOnly' };
  return {};
}

/**
 * How much of an entry a reader sees. Where the case is closed to her (women's centers and
 * trafficking shelters: everyone but the manager and the assigned worker; never the accountant) she
 * still needs the routine of the shift — what was eaten, how the night went, washing, activities — but
 * not the narrative: free text, mood and behaviour, health, family contact, notes. Her own entries and
 * those the author flagged for the next shift (the handover is how care passes between shifts) are
 * shown in full.
 */
export const ROUTINE_CATEGORIES: ReadonlySet<string> = new Set(['meal', 'sleep', 'hygiene', 'activity']);
export type EntryVisibility = 'full' | 'routine' | 'bare';

export function entryVisibility(caseShown: boolean, e: { isAuthor: boolean; forHandover: boolean; category: string }): EntryVisibility {
  if (caseShown || e.isAuthor || e.forHandover) return 'full';
  return ROUTINE_CATEGORIES.has(e.category) ? 'routine' : 'bare';
}
