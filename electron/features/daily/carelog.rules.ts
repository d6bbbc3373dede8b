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
