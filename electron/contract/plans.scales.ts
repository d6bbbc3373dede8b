// The scales of needs assessments: the domains per facility kind, the 1–5 rating, and for adult day care
// the Barthel index (activities of daily living, 0–100) and the Lawton scale (instrumental activities, 0–8).
// Pure data and arithmetic, no imports: the renderer computes the same totals the backend stores.
import type { FacilityKind } from './setup.contract';

export const DOMAINS = [
  'health',
  'cognitive',
  'communication',
  'self_care',
  'emotional',
  'social',
  'education',
  'safety',
  'legal',
  'housing',
] as const;
export type Domain = (typeof DOMAINS)[number];

/** Which domains an assessment covers in each kind of facility (issue 5; housing and livelihood for adults). */
export const DOMAINS_BY_KIND: Record<FacilityKind, readonly Domain[]> = {
  family_home: ['health', 'cognitive', 'communication', 'self_care', 'emotional', 'social', 'education', 'safety', 'legal'],
  women_center: ['health', 'emotional', 'social', 'education', 'safety', 'legal', 'housing'],
  trafficking_shelter: ['health', 'emotional', 'communication', 'social', 'education', 'safety', 'legal', 'housing'],
  day_care: ['health', 'cognitive', 'communication', 'self_care', 'emotional', 'social', 'education', 'safety', 'housing'],
};

/** 1 = serious concern … 5 = doing well: higher is always better, so progress reads the same way in every domain. */
export const RATINGS = [1, 2, 3, 4, 5] as const;

export interface BarthelItem {
  key: string;
  /** The scores the item allows, lowest first. */
  values: readonly number[];
}

/** Mahoney & Barthel (1965), the ten items and their allowed scores; the total is 0–100. */
export const BARTHEL_ITEMS = [
  { key: 'feeding', values: [0, 5, 10] },
  { key: 'bathing', values: [0, 5] },
  { key: 'grooming', values: [0, 5] },
  { key: 'dressing', values: [0, 5, 10] },
  { key: 'bowels', values: [0, 5, 10] },
  { key: 'bladder', values: [0, 5, 10] },
  { key: 'toilet', values: [0, 5, 10] },
  { key: 'transfers', values: [0, 5, 10, 15] },
  { key: 'mobility', values: [0, 5, 10, 15] },
  { key: 'stairs', values: [0, 5, 10] },
] as const satisfies readonly BarthelItem[];
export type BarthelKey = (typeof BARTHEL_ITEMS)[number]['key'];
export type BarthelScores = Record<BarthelKey, number>;

/** Lawton & Brody (1969), eight instrumental activities scored 1 (manages) or 0 (does not); the total is 0–8. */
export const LAWTON_ITEMS = ['telephone', 'shopping', 'food', 'housekeeping', 'laundry', 'transport', 'medication', 'finances'] as const;
export type LawtonKey = (typeof LAWTON_ITEMS)[number];
export type LawtonScores = Record<LawtonKey, number>;

export function barthelTotal(s: BarthelScores): number {
  return BARTHEL_ITEMS.reduce((sum, item) => sum + s[item.key], 0);
}

export function lawtonTotal(s: LawtonScores): number {
  return LAWTON_ITEMS.reduce((sum, key) => sum + s[key], 0);
}

/** Shah et al. (1989) dependency bands of the Barthel total. */
export const BARTHEL_BANDS = ['total', 'severe', 'moderate', 'slight', 'independent'] as const;
export type BarthelBand = (typeof BARTHEL_BANDS)[number];
export function barthelBand(total: number): BarthelBand {
  if (total <= 20) return 'total';
  if (total <= 60) return 'severe';
  if (total <= 90) return 'moderate';
  if (total <= 99) return 'slight';
  return 'independent';
}

/** Progress of a goal from its baseline to its target, 0–100 %; a goal to keep a level is 100 % while it holds. */
export function goalProgress(baseline: number, target: number, reached: number | null): number | null {
  if (reached === null) return null;
  if (target <= baseline) return reached >= target ? 100 : 0;
  const p = ((reached - baseline) / (target - baseline)) * 100;
  return Math.round(Math.min(100, Math.max(0, p)));
}
