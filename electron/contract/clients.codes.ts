// The lists of the register, as data only: the renderer imports this file (no zod in its bundle).
// Codes are stored; labels live in the renderer and document catalogues.
export const SEXES = ['F', 'M'] as const;
export const CLIENT_STATUSES = ['new', 'active', 'away', 'discharged'] as const;
export const ID_DOC_TYPES = ['passport', 'id_card', 'birth_certificate', 'foreign_passport', 'none'] as const;
export const DISABILITY_GROUPS = ['I', 'II', 'III', 'child'] as const;
export const REPRESENTATIVE_KINDS = ['parent', 'guardian', 'inson_center', 'other'] as const;
export const EXPLOITATION_TYPES = [
  'sexual',
  'labour',
  'forced_marriage',
  'begging',
  'criminal_activity',
  'organ_removal',
  'other',
] as const;
export const REFERRAL_SOURCES = [
  'inson_center',
  'guardianship',
  'police',
  'hospital',
  'self',
  'hotline',
  'court',
  'consulate',
  'ngo',
  'family',
  'other',
] as const;
/** DOMAIN.md: discharge destinations. */
export const DISCHARGE_DESTINATIONS = [
  'own_family',
  'guardianship',
  'foster_family',
  'adoption',
  'independent_living',
  'other_institution',
  'other_center',
  'died',
  'own_will',
] as const;
/** DOMAIN.md: residential statuses other than present; the bed is kept during all of them. */
export const ABSENCE_REASONS = ['hospital', 'home_leave', 'away', 'absconded'] as const;
export const ROOM_KINDS = ['bedroom', 'isolation', 'mother_and_child'] as const;
export const WAITING_PRIORITIES = ['urgent', 'high', 'normal'] as const;
export const ATTACHMENT_TYPES = [
  'passport',
  'id_card',
  'birth_certificate',
  'medical_certificate',
  'disability_certificate',
  'pmp_conclusion',
  'court_decision',
  'guardianship_decision',
  'social_contract',
  'referral',
  'consent',
  'other',
] as const;
/** Attachments that hold medical data: never listed for accountants. */
export const MEDICAL_ATTACHMENT_TYPES: readonly AttachmentType[] = ['medical_certificate', 'disability_certificate', 'pmp_conclusion'];

export type Sex = (typeof SEXES)[number];
export type ClientStatus = (typeof CLIENT_STATUSES)[number];
export type IdDocType = (typeof ID_DOC_TYPES)[number];
export type DisabilityGroup = (typeof DISABILITY_GROUPS)[number];
export type RepresentativeKind = (typeof REPRESENTATIVE_KINDS)[number];
export type ExploitationType = (typeof EXPLOITATION_TYPES)[number];
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];
export type DischargeDestination = (typeof DISCHARGE_DESTINATIONS)[number];
export type AbsenceReason = (typeof ABSENCE_REASONS)[number];
export type RoomKind = (typeof ROOM_KINDS)[number];
export type WaitingPriority = (typeof WAITING_PRIORITIES)[number];
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** Client codes: facility prefix, year of registration, per-year sequence (`W-2026-0042`). */
export const CODE_PREFIX = {
  women_center: 'W',
  trafficking_shelter: 'T',
  family_home: 'C',
  day_care: 'D',
} as const;

/** The columns of `komak import clients` and the import page. */
export const IMPORT_COLUMNS = [
  'client_code',
  'last_name',
  'first_name',
  'middle_name',
  'birth_date',
  'sex',
  'pinfl',
  'admitted_on',
  'room',
  'bed',
  'group',
] as const;
/** Optional day-care columns (register of poor families, used by billing). */
export const IMPORT_EXTRA_COLUMNS = ['poor_family_from', 'poor_family_to'] as const;
/** Columns the export adds for people reading it; an import of an export ignores them. */
export const EXPORT_ONLY_COLUMNS = ['status', 'discharged_on'] as const;
