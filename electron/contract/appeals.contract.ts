import { z } from 'zod';
import { method, isoDate, hhmm, optionalText, soatoRegion, id, empty, type Role } from './core';
import { generatedFile } from './files.contract';
import { CHANNELS, APPLICANTS, VIOLENCE_TYPES, PLACES, RELATIONSHIPS, HELP_KINDS, OUTCOMES, REFERRERS } from './appeals.codes';
import { EXPLOITATION_TYPES } from './clients.codes';

export * from './appeals.codes';

/** Accountants never see appeals: not a list, not a count. */
export const APPEAL_READERS = ['manager', 'social_worker', 'caregiver', 'inspector'] as const satisfies readonly Role[];
/** Who takes calls and visits (the hotline operator is a social worker or a caregiver). */
export const APPEAL_WRITERS = ['manager', 'social_worker', 'caregiver'] as const satisfies readonly Role[];

const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { message: 'v.choice' });

/** Every field of an appeal. `undefined` means "not given" (create: default; update: unchanged); null clears. */
const appealFields = z.object({
  appealDate: isoDate,
  appealTime: hhmm.nullable(),
  channel: choice(CHANNELS),
  referredBy: choice(REFERRERS).nullable(),
  referrerNote: optionalText(200),
  applicant: choice(APPLICANTS),
  age: z.number({ message: 'v.number' }).int('v.integer').min(0, 'v.age').max(120, 'v.age').nullable(),
  regionSoato: soatoRegion,
  violenceType: choice(VIOLENCE_TYPES).nullable(),
  violenceExtra: z.array(choice(VIOLENCE_TYPES)).max(VIOLENCE_TYPES.length, 'v.tooLong'),
  place: choice(PLACES).nullable(),
  relationship: choice(RELATIONSHIPS).nullable(),
  suicideRisk: z.boolean({ message: 'v.type' }),
  help: z.array(choice(HELP_KINDS)).max(HELP_KINDS.length, 'v.tooLong'),
  outcome: choice(OUTCOMES).nullable(),
  clientId: id.nullable(),
  name: optionalText(120),
  assignedUserId: id.nullable(),
  exploitationType: choice(EXPLOITATION_TYPES).nullable(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'v.country')
    .nullable(),
  notes: optionalText(2000),
});

/** Create: only applicant and region are always required (women's center: also the violence type). */
export const appealCreateInput = appealFields.partial().required({ applicant: true, regionSoato: true }).strict();
export type AppealCreateInput = z.input<typeof appealCreateInput>;
export const appealUpdateInput = appealFields.partial().extend({ id }).strict();
export type AppealUpdateInput = z.input<typeof appealUpdateInput>;

export const appealOut = z.object({
  id,
  code: z.string(),
  appealDate: z.string(),
  appealTime: z.string().nullable(),
  channel: z.enum(CHANNELS),
  referredBy: z.enum(REFERRERS).nullable(),
  referrerNote: z.string().nullable(),
  applicant: z.enum(APPLICANTS),
  age: z.number().int().nullable(),
  regionSoato: z.string(),
  violenceType: z.enum(VIOLENCE_TYPES).nullable(),
  violenceExtra: z.array(z.enum(VIOLENCE_TYPES)),
  place: z.enum(PLACES).nullable(),
  relationship: z.enum(RELATIONSHIPS).nullable(),
  suicideRisk: z.boolean(),
  help: z.array(z.enum(HELP_KINDS)),
  outcome: z.enum(OUTCOMES).nullable(),
  clientId: z.number().int().nullable(),
  /** The linked client's code (W-2026-0042): a coded identifier, never a name. */
  clientCode: z.string().nullable(),
  /** Only the manager and the assigned social worker get the name; everybody else null with nameHidden. */
  name: z.string().nullable(),
  nameHidden: z.boolean(),
  assignedUserId: z.number().int().nullable(),
  assignedName: z.string().nullable(),
  exploitationType: z.enum(EXPLOITATION_TYPES).nullable(),
  country: z.string().nullable(),
  /** The inspector reads the register without its narratives: notes null with notesHidden. */
  notes: z.string().nullable(),
  notesHidden: z.boolean(),
  source: z.enum(['entry', 'import']),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Appeal = z.infer<typeof appealOut>;

export const period = z.object({ from: isoDate, to: isoDate }).strict();

export const appealListInput = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    channel: choice(CHANNELS).optional(),
    applicant: choice(APPLICANTS).optional(),
    violenceType: choice(VIOLENCE_TYPES).optional(),
    regionSoato: soatoRegion.optional(),
    place: choice([...PLACES, 'none'] as const).optional(),
    suicideRisk: z.boolean().optional(),
    /** Start of a code, e.g. `A-2026-000`. Names are never searchable: that would reveal them. */
    code: z.string().trim().max(40, 'v.tooLong').optional(),
    page: z.number().int('v.integer').min(1, 'v.invalid').default(1),
    pageSize: z.number().int('v.integer').min(1, 'v.invalid').max(200, 'v.tooLong').default(50),
  })
  .strict();
export type AppealListInput = z.input<typeof appealListInput>;

const counted = z.object({ count: z.number().int(), percent: z.number() });
const keyed = counted.extend({ key: z.string() });
export type KeyedCount = z.infer<typeof keyed>;

export const womenStatsOut = z.object({
  from: z.string(),
  to: z.string(),
  total: z.number().int(),
  suicideRisk: counted,
  byApplicant: z.array(keyed),
  byViolenceType: z.array(keyed),
  /** All 14 regions in the official order, zeros included. */
  byRegion: z.array(keyed),
  /** Each place with its relationships and those with none recorded; percentages all of `total`. */
  byPlace: z.array(keyed.extend({ relationships: z.array(keyed), unspecified: counted })),
  /** Appeals without a place: counted under no place. */
  noPlace: counted,
  byChannel: z.array(keyed),
  /** An appeal can get several kinds of help, so this breakdown does not add up to the total. */
  byHelp: z.array(keyed),
});
export type WomenStats = z.infer<typeof womenStatsOut>;

const intsOf = <T extends readonly string[]>(keys: T) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])) as Record<T[number], z.ZodNumber>).strict();
const pctsOf = <T extends readonly string[]>(keys: T) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number()])) as Record<T[number], z.ZodNumber>).strict();

/** The JSON the agency receives (`komak report women-stats --format json`): exactly these keys, exact counts. */
export const agencyWomenStatsOut = z
  .object({
    total: z.number().int(),
    byApplicant: intsOf(APPLICANTS),
    byViolenceType: intsOf(VIOLENCE_TYPES),
    byRegion: z.record(z.string(), z.number().int()),
    byPlace: intsOf(PLACES),
    byRelationship: intsOf(RELATIONSHIPS),
    percent: z
      .object({
        byApplicant: pctsOf(APPLICANTS),
        byViolenceType: pctsOf(VIOLENCE_TYPES),
        byRegion: z.record(z.string(), z.number()),
        byPlace: pctsOf(PLACES),
        byRelationship: pctsOf(RELATIONSHIPS),
      })
      .strict(),
  })
  .strict();
export type AgencyWomenStats = z.infer<typeof agencyWomenStatsOut>;

export const traffickingStatsOut = z.object({
  from: z.string(),
  to: z.string(),
  total: z.number().int(),
  /** Girls, and anyone whose recorded age is under 18. */
  minors: counted,
  byApplicant: z.array(keyed),
  /** Every form of exploitation, then `none` for appeals where it is not recorded. */
  byExploitation: z.array(keyed),
  /** Countries of exploitation (ISO 3166 codes) that occur, most frequent first; `none` when not recorded. */
  byCountry: z.array(keyed),
  /** Who referred: every referrer, then `none` for appeals that came without a referral. */
  byReferrer: z.array(keyed),
  byRegion: z.array(keyed),
  byHelp: z.array(keyed),
  byOutcome: z.array(keyed),
});
export type TraffickingStats = z.infer<typeof traffickingStatsOut>;

export const importRowError = z.object({ line: z.number().int(), column: z.string().nullable(), reason: z.string() });
export type ImportRowError = z.infer<typeof importRowError>;

export const appealsContract = {
  'appeals.create': method({
    input: appealCreateInput,
    output: appealOut,
    roles: APPEAL_WRITERS,
    kind: 'mutation',
    doc:
      'Fast entry for the hotline operator: applicant, region and (women’s center) violence type are enough; date and time default to ' +
      'now in Tashkent, channel to hotline. The appeal is anonymous and gets a code like A-2026-00042; a name, if given, is shown only ' +
      'to the manager and the assigned social worker.',
  }),
  'appeals.update': method({
    input: appealUpdateInput,
    output: appealOut,
    roles: ['manager', 'social_worker'],
    kind: 'mutation',
    doc: 'Corrects or completes an appeal (help given, outcome, client link). Only the manager reassigns; only who may see the name may change it.',
  }),
  'appeals.get': method({
    input: z.object({ id }).strict(),
    output: appealOut,
    roles: APPEAL_READERS,
    kind: 'query',
    doc: 'One appeal; viewing it is audited.',
  }),
  'appeals.list': method({
    input: appealListInput,
    output: z.object({ total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), items: z.array(appealOut) }),
    roles: APPEAL_READERS,
    kind: 'query',
    doc: 'The register, newest first, filtered by period (first and last day included), channel, applicant, type, region, place, code.',
  }),
  'appeals.assignees': method({
    input: empty,
    output: z.array(z.object({ id, fullName: z.string() })),
    roles: APPEAL_WRITERS,
    kind: 'query',
    doc: 'Active social workers an appeal can be assigned to.',
  }),
  'appeals.stats': method({
    input: period,
    output: womenStatsOut,
    roles: APPEAL_READERS,
    kind: 'query',
    doc: 'Women’s center statistics for a period (first and last day included), as counts and percentages of the total.',
  }),
  'appeals.agencyStats': method({
    input: period,
    output: agencyWomenStatsOut,
    roles: APPEAL_READERS,
    kind: 'query',
    doc: 'The same statistics in the agency’s JSON shape (exact counts, no small-number masking).',
  }),
  'appeals.traffickingStats': method({
    input: period,
    output: traffickingStatsOut,
    roles: APPEAL_READERS,
    kind: 'query',
    doc: 'Trafficking shelter statistics for a period: exploitation, country, referrer, region, help, outcome.',
  }),
  'appeals.statsPdf': method({
    input: period.extend({ lang: z.enum(['uz', 'ru', 'en']).optional(), maskSmallCounts: z.boolean().default(true) }).strict(),
    output: generatedFile,
    roles: APPEAL_READERS,
    kind: 'mutation',
    doc: 'The statistics as a PDF for the facility’s kind. Region counts 1–4 print as "<5" unless maskSmallCounts is false. Audited as an export.',
  }),
  'appeals.import': method({
    input: z.object({ csv: z.string().max(30_000_000, 'v.tooLong'), dryRun: z.boolean().default(false) }).strict(),
    output: z.object({
      rows: z.number().int(),
      imported: z.number().int(),
      dryRun: z.boolean(),
      errors: z.array(importRowError),
      firstCode: z.string().nullable(),
      lastCode: z.string().nullable(),
    }),
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Imports a register kept in Excel (CSV, UTF-8, header row). All or nothing: any bad row → nothing written, every bad row listed.',
  }),
};
