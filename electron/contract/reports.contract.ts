import { z } from 'zod';
import { method, id, isoDate, langSchema, requiredText, optionalText } from './core';

/** Report kinds, each for some facility kinds (see reports.catalogue). */
export const REPORT_KINDS = ['activity', 'women_stats', 'trafficking_stats', 'day_care_claim', 'child_progress'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const reportKindSchema = z.enum(REPORT_KINDS);

/** Family-type home: where a child's future is planned (the goal of the placement work). */
export const PLACEMENT_PROSPECTS = [
  'reintegration',
  'guardianship',
  'foster_family',
  'adoption',
  'independent_living',
  'undetermined',
] as const;
export type PlacementProspect = (typeof PLACEMENT_PROSPECTS)[number];
/** Who records a child's placement prospect: the manager and the social worker who works on it. */
export const PROSPECT_WRITERS = ['manager', 'social_worker'] as const;

export const REPORT_FORMATS = ['json', 'pdf', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Who reads reports; only the manager closes, reopens and signs. */
export const REPORT_READERS = ['manager', 'accountant', 'social_worker', 'inspector'] as const;
const PREPARERS = ['manager', 'accountant', 'social_worker'] as const;
const CHECKERS = ['manager', 'accountant'] as const;
const REGISTER_READERS = ['manager', 'accountant', 'inspector'] as const;

export const MAX_REPORT_PERIOD_DAYS = 366;

/** A period's checks on any input that has `from` and `to`: in order, at most a year. */
function periodChecked<T extends z.ZodObject<{ from: typeof isoDate; to: typeof isoDate }>>(o: T) {
  return o
    .refine((p) => p.from <= p.to, { message: 'v.periodOrder', path: ['to'] })
    .refine((p) => (Date.parse(p.to) - Date.parse(p.from)) / 86_400_000 < MAX_REPORT_PERIOD_DAYS, {
      message: 'v.periodTooLong',
      path: ['to'],
    });
}

export const reportPeriodInput = periodChecked(z.object({ kind: reportKindSchema, from: isoDate, to: isoDate }));

export const reportCell = z.union([z.string(), z.number(), z.null()]);
export const reportTable = z.object({
  id: z.string(),
  title: z.string(),
  columns: z.array(z.object({ key: z.string(), label: z.string(), type: z.enum(['text', 'int', 'percent']) })),
  rows: z.array(z.array(reportCell)),
  total: z.array(reportCell).nullable(),
  /** Drawn as bars in the app: the label column and the value column. */
  chart: z.object({ label: z.number(), value: z.number() }).nullable(),
  /** Shown under the table: how a figure is counted, or why a section is empty. */
  note: z.string().nullable(),
});
export type ReportTable = z.infer<typeof reportTable>;

export const reportPeriodStatus = z.enum(['prepared', 'checked', 'closed']);
export const reportPeriodOut = z.object({
  id,
  kind: reportKindSchema,
  from: z.string(),
  to: z.string(),
  status: reportPeriodStatus,
  figuresSha256: z.string().nullable(),
  preparedAt: z.string(),
  preparedBy: z.string().nullable(),
  checkedAt: z.string().nullable(),
  checkedBy: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
});
export type ReportPeriod = z.infer<typeof reportPeriodOut>;

export const reportPeriodEventOut = z.object({
  action: z.enum(['prepare', 'check', 'close', 'reopen']),
  at: z.string(),
  userName: z.string().nullable(),
  reason: z.string().nullable(),
  figuresSha256: z.string().nullable(),
});

export const reportFile = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });
export type ReportFile = z.infer<typeof reportFile>;

export const reportPackageOut = z.object({
  id,
  periodId: id,
  kind: reportKindSchema,
  from: z.string(),
  to: z.string(),
  fileName: z.string(),
  size: z.number(),
  sha256: z.string(),
  certificateFingerprint: z.string(),
  lang: langSchema,
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  sentAt: z.string().nullable(),
  sentBy: z.string().nullable(),
  sentNote: z.string().nullable(),
  /** The period was reopened after this package was made: its figures are no longer the period's. */
  superseded: z.boolean(),
});
export type ReportPackage = z.infer<typeof reportPackageOut>;

const packageVerifyCheck = z.object({
  id: z.string(),
  status: z.enum(['ok', 'failed', 'skipped']),
  file: z.string().optional(),
  failure: z.enum(['tampered', 'wrong_signer', 'malformed']).optional(),
  detail: z.string(),
  /** The check's name in the caller's language. */
  label: z.string(),
});
export const packageVerificationOut = z.object({
  verdict: z.enum(['valid', 'tampered', 'wrong_signer', 'malformed']),
  signerChecked: z.boolean(),
  /** The signing certificate is one this facility has had (when verifying in the app). */
  signerIsThisFacility: z.boolean().nullable(),
  signer: z.object({ fingerprint: z.string(), subject: z.string(), signingTime: z.string().nullable() }).nullable(),
  summary: z
    .object({
      facilityName: z.string(),
      facilityKind: z.string(),
      stir: z.string().nullable(),
      reportKind: z.string(),
      periodFrom: z.string(),
      periodTo: z.string(),
      createdAt: z.string(),
      signedBy: z.string(),
      training: z.boolean(),
    })
    .nullable(),
  checks: z.array(packageVerifyCheck),
});
export type PackageVerificationOut = z.infer<typeof packageVerificationOut>;

export const reportsContract = {
  'reports.catalogue': method({
    input: z.object({}).strict(),
    output: z.array(z.object({ kind: reportKindSchema, title: z.string(), description: z.string(), containsPersonalData: z.boolean() })),
    roles: REPORT_READERS,
    kind: 'query',
    doc: "The reports this facility's kind makes.",
  }),
  'reports.view': method({
    input: reportPeriodInput,
    output: z.object({
      kind: reportKindSchema,
      from: z.string(),
      to: z.string(),
      title: z.string(),
      /** The period's record when it was prepared; a closed one shows the frozen figures. */
      period: reportPeriodOut.nullable(),
      frozen: z.boolean(),
      /** Closed, and today's data would give other figures (something was entered late). */
      changedSinceClosing: z.boolean(),
      containsPersonalData: z.boolean(),
      report: z.unknown(),
      tables: z.array(reportTable),
    }),
    roles: REPORT_READERS,
    kind: 'query',
    doc: 'A report for a period: frozen figures when the period is closed, otherwise computed now.',
  }),
  'reports.export': method({
    input: periodChecked(
      z.object({
        kind: reportKindSchema,
        from: isoDate,
        to: isoDate,
        format: z.enum(REPORT_FORMATS),
        lang: langSchema.optional(),
        /** Required for a report that names people: the user saw the warning. */
        acknowledgePersonalData: z.boolean().default(false),
      }),
    ),
    output: reportFile,
    roles: REPORT_READERS,
    kind: 'mutation',
    doc: 'The report as a file (JSON, PDF, CSV or XLSX); recorded in the audit trail.',
  }),
  'reports.periods': method({
    input: z.object({ kind: reportKindSchema.optional() }),
    output: z.array(reportPeriodOut),
    roles: REPORT_READERS,
    kind: 'query',
    doc: 'Report periods and their state (prepared, checked, closed), newest first.',
  }),
  'reports.periodHistory': method({
    input: z.object({ periodId: id }),
    output: z.array(reportPeriodEventOut),
    roles: REPORT_READERS,
    kind: 'query',
    doc: 'Who prepared, checked, closed and reopened a period, when, and why.',
  }),
  'reports.prepare': method({
    input: reportPeriodInput,
    output: reportPeriodOut,
    roles: PREPARERS,
    kind: 'mutation',
    doc: 'Starts the approval of a period report (prepared).',
  }),
  'reports.check': method({
    input: z.object({ periodId: id }),
    output: reportPeriodOut,
    roles: CHECKERS,
    kind: 'mutation',
    doc: 'Marks a prepared period report as checked.',
  }),
  'reports.close': method({
    input: z.object({ periodId: id }),
    output: reportPeriodOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Closes a checked period: the figures are frozen as the exact bytes of report.json.',
  }),
  'reports.reopen': method({
    input: z.object({ periodId: id, reason: requiredText(500).pipe(z.string().min(5, 'v.reasonShort')) }),
    output: reportPeriodOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Reopens a closed period, with a reason; packages already made stay in the register, marked superseded.',
  }),
  'reports.makePackage': method({
    input: z.object({
      periodId: id,
      signingPassword: z.string().min(1, 'v.required').max(128, 'v.tooLong'),
      lang: langSchema.default('uz'),
    }),
    output: z.object({ package: reportPackageOut, file: reportFile }),
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Makes and signs the report package of a closed period and adds it to the register.',
  }),
  'reports.packages': method({
    input: z.object({}).strict(),
    output: z.array(reportPackageOut),
    roles: REGISTER_READERS,
    kind: 'query',
    doc: 'The register of report packages made, newest first.',
  }),
  'reports.getPackage': method({
    input: z.object({ packageId: id }),
    output: reportFile,
    roles: REGISTER_READERS,
    kind: 'query',
    doc: 'A package from the register, byte for byte as it was made.',
  }),
  'reports.markSent': method({
    input: z.object({ packageId: id, note: optionalText(300) }),
    output: reportPackageOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Records that a package was sent to the agency.',
  }),
  'reports.setPlacementProspect': method({
    input: z
      .object({
        clientCode: z.string().trim().min(1, 'v.required').max(40, 'v.tooLong'),
        prospect: z.enum(PLACEMENT_PROSPECTS),
        note: optionalText(500),
      })
      .strict(),
    output: z.object({ clientCode: z.string(), prospect: z.enum(PLACEMENT_PROSPECTS), note: z.string().nullable(), updatedAt: z.string() }),
    roles: PROSPECT_WRITERS,
    kind: 'mutation',
    doc: "Family-type home: records a child's placement prospect (reintegration, guardianship, foster family, adoption…).",
  }),
  'reports.verifyPackage': method({
    input: z.object({
      packageBase64: z
        .string()
        .min(1, 'v.required')
        .max(96 * 1024 * 1024, 'v.tooLarge'),
      certificatePem: z.string().max(20_000, 'v.tooLong').nullable().optional(),
    }),
    output: packageVerificationOut,
    roles: REPORT_READERS,
    kind: 'query',
    doc: 'Checks a report package (signature, every file, the PDF signature, the signer) and gives the verdict.',
  }),
};
