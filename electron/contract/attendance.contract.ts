import { z } from 'zod';
import { method, id, isoDate, hhmm, requiredText, optionalText, empty } from './core';
import { clientSummary, ref } from './clients.schemas';
import { generatedFile } from './files.contract';
import { holiday } from './holidays.contract';
import { absenceReasonCode, ROLL_CALL_SESSIONS, ROLL_CALL_STATUSES } from './daily.schemas';

export * from './daily.schemas';

export const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'v.daily.month');

export const attendanceDay = z.object({
  checkIn: z.string().nullable(),
  checkOut: z.string().nullable(),
  absenceReason: z.string().nullable(),
  broughtBy: z.string().nullable(),
  collectedBy: z.string().nullable(),
  note: z.string().nullable(),
  overtimeReason: z.string().nullable(),
});
export type AttendanceDay = z.infer<typeof attendanceDay>;

/** A past day the manager corrected: who, when (instant) and why. */
export const correctionStamp = z.object({ by: z.string(), at: z.string(), reason: z.string().nullable() });

export const absenceReasonOut = z.object({
  code: z.string(),
  /** Null for the built-in reasons: the front translates the code. */
  label: z.string().nullable(),
  short: z.string(),
  active: z.boolean(),
});
export type AbsenceReasonOut = z.infer<typeof absenceReasonOut>;

export const sheetRow = z.object({
  client: clientSummary,
  /** Initials for the card when there is no photo (or the name is hidden: from the code). */
  initials: z.string(),
  hasPhoto: z.boolean(),
  /** Enrolled for this weekday (counts in "expected"). */
  scheduled: z.boolean(),
  plannedFrom: z.string().nullable(),
  plannedTo: z.string().nullable(),
  record: attendanceDay.nullable(),
  correction: correctionStamp.nullable(),
  /** Billed: the day changes only through billing corrections. */
  locked: z.boolean(),
  hasAgreement: z.boolean(),
  /** 540 (9 h) without an extended-care agreement, 720 (12 h) with one. */
  limitMinutes: z.number().int(),
  /** Who may bring and collect the child (names from the representatives), null where names are hidden. */
  authorisedPeople: z.array(z.object({ name: z.string(), relation: z.string().nullable() })).nullable(),
});
export type SheetRow = z.infer<typeof sheetRow>;

export const attendanceSheet = z.object({
  date: z.string(),
  isToday: z.boolean(),
  /** The public holiday on this date (the centre is closed, nobody is expected), or null. */
  holiday: holiday.nullable(),
  groups: z.array(ref),
  groupId: id.nullable(),
  present: z.number().int(),
  expected: z.number().int(),
  absent: z.number().int(),
  rows: z.array(sheetRow),
  reasons: z.array(absenceReasonOut),
});
export type AttendanceSheet = z.infer<typeof attendanceSheet>;

const target = { clientId: id, date: isoDate.optional() };

export const monthCell = z.object({
  date: z.string(),
  checkIn: z.string().nullable(),
  checkOut: z.string().nullable(),
  /** Minutes between check-in and check-out; null unless both are there. */
  minutes: z.number().int().nullable(),
  absenceReason: z.string().nullable(),
  /** One time only: to be completed (billing does not bill it). */
  incomplete: z.boolean(),
  locked: z.boolean(),
  corrected: z.boolean(),
  correction: correctionStamp.nullable(),
  /** The child was in the group and due this weekday (her enrolment's weekdays), and it is not a holiday. */
  expected: z.boolean(),
  /** A past day she was due with neither a time nor an absence reason: someone forgot to mark it. */
  unmarked: z.boolean(),
});
export const attendanceMonth = z.object({
  month: z.string(),
  days: z.array(z.object({ date: z.string(), weekday: z.number().int(), present: z.number().int(), locked: z.boolean() })),
  rows: z.array(
    z.object({
      client: clientSummary,
      cells: z.array(monthCell),
      daysPresent: z.number().int(),
      minutes: z.number().int(),
      absences: z.number().int(),
      incomplete: z.number().int(),
      /** Past days due with no mark at all; present + absences + unmarked = the days she was due so far. */
      unmarked: z.number().int(),
    }),
  ),
  totals: z.object({ daysPresent: z.number().int(), minutes: z.number().int(), absences: z.number().int(), unmarked: z.number().int() }),
  reasons: z.array(absenceReasonOut),
  /** The month's public holidays: nobody is due on them (the column headers mark them). */
  holidays: z.array(holiday),
  /** True when every day of the month is locked by a claim. */
  locked: z.boolean(),
});
export type AttendanceMonth = z.infer<typeof attendanceMonth>;

const importRowError = z.object({ line: z.number().int(), column: z.string(), reason: z.string() });
export const attendanceImportResult = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  valid: z.boolean(),
  created: z.number().int(),
  replaced: z.number().int(),
  errors: z.array(importRowError),
  message: z.string(),
});

const dayFields = {
  checkIn: hhmm.nullable().optional(),
  checkOut: hhmm.nullable().optional(),
  absenceReason: absenceReasonCode.nullable().optional(),
  broughtBy: optionalText(120),
  collectedBy: optionalText(120),
  note: optionalText(500),
  overtimeReason: optionalText(500),
};

export const attendanceContract = {
  'attendance.sheet': method({
    input: z.object({ date: isoDate.optional(), groupId: id.optional() }),
    output: attendanceSheet,
    roles: ['manager', 'caregiver', 'social_worker', 'accountant'],
    kind: 'query',
    doc: 'A day’s attendance sheet of a group: children in the viewer’s scope with their record, present / expected counts.',
  }),
  'attendance.checkIn': method({
    input: z.object({ ...target, time: hhmm.optional(), broughtBy: optionalText(120) }),
    output: sheetRow,
    roles: ['manager', 'caregiver', 'social_worker'],
    kind: 'mutation',
    doc: 'Arrived: stamps the time (now unless given) and who brought the child (the last one unless given).',
  }),
  'attendance.checkOut': method({
    input: z.object({ ...target, time: hhmm.optional(), collectedBy: optionalText(120), overtimeReason: optionalText(500) }),
    output: sheetRow,
    roles: ['manager', 'caregiver', 'social_worker'],
    kind: 'mutation',
    doc: 'Left: stamps the time. Past 9 h without an extended-care agreement, or past 12 h, only with a reason.',
  }),
  'attendance.markAbsent': method({
    input: z.object({ ...target, reason: absenceReasonCode, note: optionalText(500) }),
    output: sheetRow,
    roles: ['manager', 'caregiver', 'social_worker'],
    kind: 'mutation',
    doc: 'Absent for the day with a reason from the list.',
  }),
  'attendance.setDay': method({
    input: z.object({ clientId: id, ...dayFields }),
    output: sheetRow,
    roles: ['manager', 'caregiver', 'social_worker'],
    kind: 'mutation',
    doc: 'Edits today’s record (times, who brought/collected, absence); all empty clears a mistaken tap.',
  }),
  'attendance.correctDay': method({
    input: z.object({ clientId: id, date: isoDate, ...dayFields, reason: requiredText(500) }),
    output: attendanceDay.nullable(),
    roles: ['manager'],
    kind: 'mutation',
    doc: 'The manager corrects any past day with a reason (audited); a billed day goes through billing corrections.',
  }),
  'attendance.month': method({
    input: z.object({ month: yearMonth, groupId: id.optional() }),
    output: attendanceMonth,
    roles: ['manager', 'caregiver', 'social_worker', 'accountant'],
    kind: 'query',
    doc: 'The month “tabel”: children × days with hours or absence codes, totals per child and per day.',
  }),
  'attendance.monthPdf': method({
    input: z.object({ month: yearMonth, groupId: id.optional() }),
    output: generatedFile,
    roles: ['manager', 'caregiver', 'social_worker', 'accountant'],
    kind: 'query',
    doc: 'The month’s attendance sheet as a PDF with signature lines.',
  }),
  'attendance.import': method({
    input: z.object({
      csv: z.string().max(20_000_000, 'v.fileTooLarge'),
      dryRun: z.boolean().default(false),
      replace: z.boolean().default(false),
    }),
    output: attendanceImportResult,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Imports client_code,date,check_in,check_out,absence_reason: all rows or none; an existing day only with replace.',
  }),
  'attendance.reasons': method({
    input: empty,
    output: z.array(absenceReasonOut),
    roles: ['manager', 'caregiver', 'social_worker', 'accountant'],
    kind: 'query',
    doc: 'The absence reasons, built-in first.',
  }),
  'attendance.saveReason': method({
    input: z.object({
      code: absenceReasonCode,
      label: requiredText(60).nullable().optional(),
      short: z.string().trim().min(1, 'v.required').max(2, 'v.tooLong'),
      active: z.boolean().default(true),
    }),
    output: z.array(absenceReasonOut),
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Adds an absence reason or changes one (label, grid letter, in use or not).',
  }),
};

export const rollCallRow = z.object({
  client: clientSummary,
  bed: z.string().nullable(),
  /** What was recorded at this roll call, or null when not yet taken. */
  status: z.enum(ROLL_CALL_STATUSES).nullable(),
  /** What the register says now (an open absence), to preset the choice. */
  registerStatus: z.enum(ROLL_CALL_STATUSES),
  note: z.string().nullable(),
});
export const rollCallRoom = z.object({
  room: ref,
  takenAt: z.string().nullable(),
  takenBy: z.string().nullable(),
  rows: z.array(rollCallRow),
});
export const rollCallSheet = z.object({
  date: z.string(),
  session: z.enum(ROLL_CALL_SESSIONS),
  rooms: z.array(rollCallRoom),
  counts: z.record(z.string(), z.number().int()),
});
export type RollCallSheet = z.infer<typeof rollCallSheet>;

export const rollCallContract = {
  'rollCall.sheet': method({
    input: z.object({ date: isoDate.optional(), session: z.enum(ROLL_CALL_SESSIONS) }),
    output: rollCallSheet,
    roles: ['manager', 'caregiver', 'social_worker'],
    kind: 'query',
    doc: 'Morning or evening roll call: the rooms in the viewer’s scope with their residents and what was recorded.',
  }),
  'rollCall.record': method({
    input: z.object({
      date: isoDate.optional(),
      session: z.enum(ROLL_CALL_SESSIONS),
      roomId: id,
      entries: z
        .array(z.object({ clientId: id, status: z.enum(ROLL_CALL_STATUSES), note: optionalText(300) }))
        .min(1, 'v.required')
        .max(60, 'v.tooMany'),
    }),
    output: z.object({ room: rollCallRoom, counts: z.record(z.string(), z.number().int()), absconded: z.array(clientSummary) }),
    roles: ['manager', 'caregiver', 'social_worker'],
    kind: 'mutation',
    doc: 'Records a room’s roll call; away statuses open or close the register’s absences. Absconding asks for an incident.',
  }),
};
