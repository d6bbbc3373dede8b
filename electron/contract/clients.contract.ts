import { z } from 'zod';
import { method, id, requiredText, ALL_ROLES } from './core';
import {
  clientFields,
  clientSummary,
  ref,
  bedRef,
  poorFamilyPeriod,
  CLIENT_STATUSES,
  ID_DOC_TYPES,
  DISABILITY_GROUPS,
  REPRESENTATIVE_KINDS,
  EXPLOITATION_TYPES,
  ABSENCE_REASONS,
} from './clients.schemas';

export * from './clients.schemas';

/** The identifying part of a record: null for a viewer who may not see the real name. */
export const clientIdentity = z.object({
  lastName: z.string(),
  firstName: z.string(),
  middleName: z.string().nullable(),
  pinfl: z.string().nullable(),
  docType: z.enum(ID_DOC_TYPES).nullable(),
  docNumber: z.string().nullable(),
  makhalla: z.string().nullable(),
  street: z.string().nullable(),
  phones: z.array(z.string()),
  school: z.string().nullable(),
  schoolClass: z.string().nullable(),
  hasPhoto: z.boolean(),
  representatives: z.array(
    z.object({
      kind: z.enum(REPRESENTATIVE_KINDS),
      fullName: z.string(),
      relation: z.string().nullable(),
      phone: z.string().nullable(),
      appointingDocument: z.string().nullable(),
      address: z.string().nullable(),
    }),
  ),
});

/** Medical data: null for accountants. */
export const clientHealth = z.object({
  disabilityGroup: z.enum(DISABILITY_GROUPS).nullable(),
  diagnoses: z.array(z.object({ name: z.string(), icd10: z.string().nullable() })),
  pmp: z
    .object({
      date: z.string(),
      number: z.string(),
      recommendation: z.string().nullable(),
    })
    .nullable(),
});

/** Trafficking-shelter case details: null for accountants and for viewers without the name. */
export const clientTrafficking = z.object({
  country: z.string().nullable(),
  exploitationType: z.enum(EXPLOITATION_TYPES).nullable(),
  documentsHeld: z.string().nullable(),
  documentsMissing: z.string().nullable(),
  repatriationNeeds: z.string().nullable(),
});

export const clientListItem = clientSummary.extend({
  admittedOn: z.string().nullable(),
  dischargedOn: z.string().nullable(),
  room: ref.nullable(),
  bed: bedRef.nullable(),
  group: ref.nullable(),
  absenceReason: z.enum(ABSENCE_REASONS).nullable(),
  motherId: id.nullable(),
  assignedWorkerId: id.nullable(),
});
export type ClientListItem = z.infer<typeof clientListItem>;

export const clientDetail = clientListItem.extend({
  registeredOn: z.string(),
  citizenship: z.string().nullable(),
  regionSoato: z.string().nullable(),
  districtSoato: z.string().nullable(),
  languages: z.array(z.string()),
  assignedWorker: ref.nullable(),
  currentStayId: id.nullable(),
  absence: z
    .object({
      reason: z.enum(ABSENCE_REASONS),
      fromDate: z.string(),
      expectedReturn: z.string().nullable(),
    })
    .nullable(),
  mother: clientSummary.nullable(),
  children: z.array(clientSummary),
  identity: clientIdentity.nullable(),
  health: clientHealth.nullable(),
  trafficking: clientTrafficking.nullable(),
  notes: z.string().nullable(),
  poorFamilyPeriods: z.array(poorFamilyPeriod),
  /** A discharged client is read-only until readmitted. */
  readOnly: z.boolean(),
  /** Which parts were withheld from this viewer, so the page can say so instead of showing blanks. */
  restricted: z.object({
    identity: z.boolean(),
    health: z.boolean(),
    caseNotes: z.boolean(),
  }),
});
export type ClientDetail = z.infer<typeof clientDetail>;

export const CLIENT_SORTS = ['code', 'name', 'admittedOn', 'birthDate'] as const;
export const CLIENT_STATUS_FILTERS = ['all', 'current', ...CLIENT_STATUSES] as const;

export const clientListInput = z.object({
  /** Search as you type: name (Latin or Cyrillic, any apostrophe), code, PINFL, phone. */
  q: z.string().max(100, 'v.tooLong').optional(),
  /** `current` = admitted, present or away. */
  status: z.enum(CLIENT_STATUS_FILTERS).default('all'),
  roomId: id.optional(),
  groupId: id.optional(),
  sort: z.enum(CLIENT_SORTS).default('code'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).max(1_000_000).default(0),
  limit: z.number().int().min(1).max(200).default(50),
});

export const timelineItem = z.object({
  date: z.string(),
  /** Instant of the record when known, for order within a day. */
  at: z.string().nullable(),
  /** A key the front translates (`timeline.<type>`), e.g. `admitted`, `moved`, `document`. */
  type: z.string(),
  ref: z.object({ type: z.string(), id }),
  /** Values for the message; never a name the viewer may not see. */
  data: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
});
export type TimelineItem = z.infer<typeof timelineItem>;

const importError = z.object({
  line: z.number().int(),
  column: z.string(),
  reason: z.string(),
});
export const importResult = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  /** True when every row passed; with errors nothing is (or would be) imported. */
  valid: z.boolean(),
  created: z.number().int(),
  duplicates: z.array(
    z.object({
      line: z.number().int(),
      code: z.string(),
      matchedBy: z.enum(['code', 'pinfl', 'person']),
    }),
  ),
  errors: z.array(importError),
  /** The errors as a CSV file (line,column,reason), base64; null when there are none. */
  errorFileBase64: z.string().nullable(),
  preview: z.array(
    z.object({
      line: z.number().int(),
      action: z.enum(['create', 'duplicate', 'error']),
      code: z.string().nullable(),
      lastName: z.string(),
      firstName: z.string(),
      birthDate: z.string().nullable(),
      sex: z.string(),
      admittedOn: z.string().nullable(),
      place: z.string().nullable(),
    }),
  ),
  /** One sentence for the user, in their language. */
  message: z.string(),
});
export type ImportResult = z.infer<typeof importResult>;

/** base64 of at most 20 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const base64File = z
  .string()
  .max(Math.ceil(MAX_FILE_BYTES / 3) * 4, 'v.fileTooLarge')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'v.file');

export const clientsContract = {
  'clients.list': method({
    input: clientListInput,
    output: z.object({
      total: z.number().int(),
      items: z.array(clientListItem),
    }),
    roles: ALL_ROLES,
    kind: 'query',
    doc: 'The register: search as you type, filters, sort and paging; names only where the viewer may see them.',
  }),
  'clients.get': method({
    input: z.object({ id }),
    output: clientDetail,
    roles: ALL_ROLES,
    kind: 'query',
    doc: 'One client record, with the parts the viewer may see. Every view is audited.',
  }),
  'clients.create': method({
    input: clientFields.extend({ assignedWorkerId: id.nullable().optional() }),
    output: clientDetail,
    roles: ['manager', 'social_worker'],
    kind: 'mutation',
    doc: 'Registers a client and gives the coded identifier (prefix by facility kind, year, sequence without gaps).',
  }),
  'clients.update': method({
    input: clientFields.extend({ id }),
    output: clientDetail,
    roles: ['manager', 'social_worker', 'caregiver'],
    kind: 'mutation',
    doc: 'Changes a client record (the manager or the assigned worker); a discharged client is read-only.',
  }),
  'clients.assignWorker': method({
    input: z.object({ clientId: id, userId: id.nullable() }),
    output: clientDetail,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Sets the worker responsible for a client, who may then see the real name.',
  }),
  'clients.setPoorFamilyPeriods': method({
    input: z.object({
      clientId: id,
      periods: z.array(poorFamilyPeriod).max(50, 'v.tooMany'),
    }),
    output: z.array(poorFamilyPeriod),
    roles: ['manager', 'accountant'],
    kind: 'mutation',
    doc: 'Replaces the periods the client’s family is on the register of poor families (dates inclusive).',
  }),
  'clients.setPhoto': method({
    input: z.object({
      clientId: id,
      mime: z.enum(['image/jpeg', 'image/png']).nullable(),
      contentBase64: base64File.nullable(),
    }),
    output: z.object({ ok: z.literal(true) }),
    roles: ['manager', 'social_worker', 'caregiver'],
    kind: 'mutation',
    doc: 'Sets or removes the client’s photo (JPEG/PNG, at most 2 MB).',
  }),
  'clients.photo': method({
    input: z.object({ clientId: id }),
    output: z.object({ mime: z.string(), contentBase64: z.string() }).nullable(),
    roles: ALL_ROLES,
    kind: 'query',
    doc: 'The client’s photo, for viewers who may see the real name.',
  }),
  'clients.timeline': method({
    input: z.object({ clientId: id }),
    output: z.array(timelineItem),
    roles: ALL_ROLES,
    kind: 'query',
    doc: 'Every stay, move, absence, document (and, from other areas, plans and incidents) in date order.',
  }),
  'clients.export': method({
    input: z.object({
      format: z.enum(['csv', 'xlsx']),
      status: z.enum(CLIENT_STATUS_FILTERS).default('all'),
    }),
    output: z.object({
      fileName: z.string(),
      mime: z.string(),
      contentBase64: z.string(),
      rows: z.number().int(),
    }),
    roles: ALL_ROLES,
    kind: 'query',
    doc: 'The register as a file in the import columns; hidden names stay hidden. Audited.',
  }),
  'clients.import': method({
    input: z.object({
      fileName: requiredText(255),
      contentBase64: base64File,
      dryRun: z.boolean().default(false),
    }),
    output: importResult,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Imports a register (CSV or XLSX): every row checked first; any error → nothing imported; re-import makes no duplicates.',
  }),
};
