// The lists of daily work as plain constants (no zod), so the renderer can import them cheaply.
// Codes are stored; labels live in the renderer and document catalogues.

/** The built-in day-care absence reasons (the list is editable: a facility may add its own codes). */
export const BUILTIN_ABSENCE_REASONS = ['illness', 'family', 'holiday', 'hospital', 'unexcused'] as const;

/** A standard day is 9 hours; with an extended-care agreement up to 12 hours in total. */
export const STANDARD_DAY_MINUTES = 9 * 60;
export const EXTENDED_DAY_MINUTES = 12 * 60;

export const ROLL_CALL_SESSIONS = ['morning', 'evening'] as const;
/** DOMAIN.md: residential daily status; the non-present ones are the register's absence reasons (ABSENCE_REASONS). */
export const ROLL_CALL_STATUSES = ['present', 'hospital', 'home_leave', 'away', 'absconded'] as const;
export type RollCallSession = (typeof ROLL_CALL_SESSIONS)[number];
export type RollCallStatus = (typeof ROLL_CALL_STATUSES)[number];

/** Care-log categories and the one-tap chips of each (a free note has none). */
export const CARE_CHIPS = {
  meal: ['ate_all', 'ate_half', 'ate_little', 'refused'],
  sleep: ['slept_well', 'restless', 'woke_at_night', 'did_not_sleep', 'nap'],
  hygiene: ['bath', 'toilet', 'diaper', 'teeth', 'accident'],
  mood: ['calm', 'cheerful', 'sad', 'anxious', 'agitated', 'aggressive'],
  health: ['temperature', 'weight', 'seizure', 'pain', 'vomiting', 'rash', 'cough'],
  activity: ['lesson', 'play', 'walk', 'therapy', 'creative', 'sport'],
  family: ['visit', 'phone_call', 'video_call', 'letter'],
  note: [],
  incident: [],
} as const satisfies Record<string, readonly string[]>;
export type CareCategory = keyof typeof CARE_CHIPS;
export const CARE_CATEGORIES = Object.keys(CARE_CHIPS) as CareCategory[];
/** What a caregiver may write; `incident` entries come from incident reports. */
export const WRITABLE_CARE_CATEGORIES = ['meal', 'sleep', 'hygiene', 'mood', 'health', 'activity', 'family', 'note'] as const;
export const MEALS = ['breakfast', 'lunch', 'dinner', 'snack'] as const;

export const MEDICATION_ROUTES = ['oral', 'topical', 'inhaled', 'injection', 'drops', 'rectal', 'other'] as const;
export const DOSE_STATUSES = ['given', 'refused', 'missed', 'not_available', 'absent'] as const;
export type DoseStatus = (typeof DOSE_STATUSES)[number];
/** A scheduled dose recorded later than this after its time shows as late. */
export const LATE_AFTER_MINUTES = 60;

export const INCIDENT_TYPES = [
  'injury',
  'fall',
  'self_harm',
  'aggression',
  'absconding',
  'medical_emergency',
  'complaint',
  'safeguarding',
  'other',
] as const;
export const INCIDENT_SEVERITIES = ['low', 'moderate', 'serious', 'critical'] as const;
export const INCIDENT_PARTIES = ['parent_guardian', 'police', 'inson_center', 'nasp', 'medical'] as const;
export const INCIDENT_STATUSES = ['open', 'reviewed', 'closed'] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
