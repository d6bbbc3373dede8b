// The codes of the appeals register, exactly as the agency's statistics and the CSV import use them.
// Pure data: the renderer imports it too. The forms of exploitation (trafficking shelter) are the
// register's own list, EXPLOITATION_TYPES in clients.schemas.ts, shared with the client record.

export const CHANNELS = ['hotline', 'walk_in', 'referral'] as const;
export type Channel = (typeof CHANNELS)[number];

/** `girl` = female under 18. */
export const APPLICANTS = ['woman', 'girl', 'man'] as const;
export type Applicant = (typeof APPLICANTS)[number];

export const VIOLENCE_TYPES = ['physical', 'sexual', 'psychological', 'economic', 'other'] as const;
export type ViolenceType = (typeof VIOLENCE_TYPES)[number];

/** An appeal with no place recorded (unknown) is counted under no place. */
export const PLACES = ['domestic', 'workplace', 'public', 'elsewhere'] as const;
export type Place = (typeof PLACES)[number];

/** Which relationships belong to which place; `elsewhere` has none. */
export const RELATIONSHIPS_BY_PLACE = {
  domestic: ['spouses', 'in_laws', 'parent_child', 'other_family'],
  workplace: ['employer_employee', 'coworkers', 'higher_organization'],
  public: ['neighbours', 'district_territory', 'office_territory', 'abroad'],
  elsewhere: [],
} as const satisfies Record<Place, readonly string[]>;

export const RELATIONSHIPS = [
  'spouses',
  'in_laws',
  'parent_child',
  'other_family',
  'employer_employee',
  'coworkers',
  'higher_organization',
  'neighbours',
  'district_territory',
  'office_territory',
  'abroad',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export function relationshipFitsPlace(place: Place | null | undefined, relationship: Relationship): boolean {
  return !!place && (RELATIONSHIPS_BY_PLACE[place] as readonly string[]).includes(relationship);
}

export const HELP_KINDS = ['medical', 'psychological', 'social', 'pedagogical', 'legal', 'consultation', 'shelter', 'referral'] as const;
export type HelpKind = (typeof HELP_KINDS)[number];

export const OUTCOMES = ['consulted', 'referred', 'admitted', 'in_progress', 'declined', 'lost_contact'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Who referred the person (channel `referral`); law enforcement, consulates and NGOs matter most to the shelter. */
export const REFERRERS = [
  'law_enforcement',
  'consulate',
  'ngo',
  'inson_center',
  'mahalla',
  'health',
  'education',
  'court',
  'other_agency',
  'other',
] as const;
export type Referrer = (typeof REFERRERS)[number];

/** Facility kinds that keep an appeals register. */
export const APPEALS_KINDS = ['women_center', 'trafficking_shelter'] as const;

/** The columns of `komak import appeals FILE.csv`, in this order in the template. */
export const APPEAL_CSV_COLUMNS = [
  'appeal_date',
  'channel',
  'applicant',
  'region',
  'violence_type',
  'place',
  'relationship',
  'age',
  'code',
  'notes',
] as const;
