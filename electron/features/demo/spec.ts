// How big a training facility is. `small` ≈ one year of a 9-place facility (training, screenshots);
// `large` is the benchmark facility of issue 10: 10 years, 60 places and, where the kind keeps
// them, 5,000 clients, 100,000 appeals, 2,000,000 care-log entries, 150,000 attendance records.
import type { FacilityKind } from '../../contract/setup.contract';

export interface ScaleSpec {
  places: number;
  /** Share of places taken on an average day. */
  occupancy: number;
  /** Mean length of a stay (days) of one family or person. */
  meanStay: number;
  minStay: number;
  maxStay: number;
  /** Women's center and shelter: appeals per year (hotline, visits, referrals). */
  appealsPerYear: number;
  /** Care-log entries per resident per day present. */
  careLogPerDay: number;
}

const residential = (places: number, meanStay: number, minStay: number, maxStay: number, occupancy: number) => ({
  places,
  meanStay,
  minStay,
  maxStay,
  occupancy,
});

/**
 * Women's center large: 60 beds × 3,650 days × 85 % ÷ 5,000 clients ≈ 37 bed-days per client, so a
 * family's stay averages ~37 days (crisis stays of weeks, a few of months).
 */
export function specFor(kind: FacilityKind, scale: 'small' | 'large'): ScaleSpec {
  const places = scale === 'large' ? 60 : 9;
  const base = {
    women_center: residential(places, 37, 3, 150, 0.85),
    trafficking_shelter: residential(places, 55, 7, 240, 0.7),
    family_home: residential(places, 4 * 365, 180, 12 * 365, 0.95),
    day_care: residential(places, 2.5 * 365, 120, 8 * 365, 0.97),
  }[kind];
  const appealsPerYear =
    kind === 'women_center' ? (scale === 'large' ? 10_000 : 1_200) : kind === 'trafficking_shelter' ? (scale === 'large' ? 1_500 : 120) : 0;
  // 2,000,000 entries ÷ (60 × 3,650 × 85 %) resident-days ≈ 10.7 a day: meals, sleep, hygiene, mood, activities.
  return { ...base, appealsPerYear, careLogPerDay: kind === 'day_care' ? 4 : 10.7 };
}

export const DEFAULT_YEARS = { small: 1, large: 10 } as const;
