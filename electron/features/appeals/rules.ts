// The rules of an appeal that span several fields or need the facility: pure, shared by entry,
// correction and import so that each path refuses the same things with the same message keys.
import type { z } from 'zod';
import { relationshipFitsPlace, type appealCreateInput } from '../../contract/appeals.contract';
import type { FacilityKind } from '../../contract/setup.contract';
import { reference } from '../reference/reference';

/** An appeal with every field present (defaults applied, or merged with the stored one). */
export type AppealValues = Required<z.output<typeof appealCreateInput>>;

export const EARLIEST_APPEAL_DATE = '2000-01-01';

const regionCodes = () => new Set(reference().regions.map((r) => r.soato));
const countryNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** Codes Intl names that are not countries: unions, pseudo-regions, and withdrawn codes (SU, YU …). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB', 'AN', 'BU', 'CS', 'DD', 'FX', 'SU', 'TP', 'YU', 'ZR']);

/** An ISO 3166-1 alpha-2 code of a real country. */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return false;
  const name = countryNames.of(code);
  return !!name && name !== code;
}

/**
 * Field → message key for every rule the values break; empty when the appeal is acceptable.
 * `requireReferrer`: a new referral must say who referred (an imported register may not know).
 */
export function appealRuleErrors(
  kind: FacilityKind,
  v: AppealValues,
  today: string,
  options: { requireReferrer: boolean },
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.appealDate > today) errors.appealDate = 'v.appeals.futureDate';
  else if (v.appealDate < EARLIEST_APPEAL_DATE) errors.appealDate = 'v.appeals.dateTooOld';
  if (!regionCodes().has(v.regionSoato)) errors.regionSoato = 'v.region';

  if (v.channel !== 'referral') {
    if (v.referredBy) errors.referredBy = 'v.appeals.referrerChannel';
    if (v.referrerNote) errors.referrerNote = 'v.appeals.referrerChannel';
  } else if (options.requireReferrer && !v.referredBy) errors.referredBy = 'v.required';

  if (v.age !== null) {
    if (v.applicant === 'girl' && v.age >= 18) errors.age = 'v.appeals.girlAge';
    if (v.applicant === 'woman' && v.age < 18) errors.age = 'v.appeals.womanAge';
  }

  if (v.relationship && !relationshipFitsPlace(v.place, v.relationship))
    errors.relationship = v.place ? 'v.appeals.relationshipPlace' : 'v.appeals.relationshipNoPlace';

  if (v.violenceExtra.length > 0) {
    if (!v.violenceType) errors.violenceExtra = 'v.appeals.extraWithoutPrimary';
    else if (v.violenceExtra.includes(v.violenceType)) errors.violenceExtra = 'v.appeals.extraPrimary';
  }

  if (kind === 'women_center') {
    if (!v.violenceType) errors.violenceType = 'v.required';
    if (v.exploitationType) errors.exploitationType = 'v.appeals.traffickingOnly';
    if (v.country) errors.country = 'v.appeals.traffickingOnly';
  }
  if (v.country && !isCountryCode(v.country)) errors.country = 'v.appeals.country';
  return errors;
}
