// The fast-entry form's state, its quick checks and its translation into the `appeals.create` input.
import i18next from 'i18next';
import { formatDate, parseDate, tashkentToday } from '../../../electron/contract/format';
import type { Input } from '../../../electron/contract/index';
import type { Appeal } from '../../../electron/contract/appeals.contract';
import {
  RELATIONSHIPS_BY_PLACE,
  type Applicant,
  type Channel,
  type HelpKind,
  type Outcome,
  type Place,
  type Referrer,
  type Relationship,
  type ViolenceType,
} from '../../../electron/contract/appeals.codes';
import type { FacilityKind } from '../../../electron/contract/setup.contract';
import type { FieldErrors } from '../../components/validation';

export interface EntryForm {
  applicant: Applicant | '';
  age: string;
  regionSoato: string;
  channel: Channel;
  referredBy: Referrer | '';
  referrerNote: string;
  violenceType: ViolenceType | '';
  exploitationType: string;
  country: string;
  /** '' = unknown place. */
  place: Place | '';
  relationship: Relationship | '';
  suicideRisk: boolean;
  help: HelpKind[];
  outcome: Outcome | '';
  name: string;
  assignedUserId: string;
  notes: string;
  /** As typed (DD.MM.YYYY, HH:MM). Both empty: the appeal is dated when it is saved. */
  date: string;
  time: string;
}

export function blankForm(regionSoato: string): EntryForm {
  return {
    applicant: '',
    age: '',
    regionSoato,
    channel: 'hotline',
    referredBy: '',
    referrerNote: '',
    violenceType: '',
    exploitationType: '',
    country: '',
    place: '',
    relationship: '',
    suicideRisk: false,
    help: [],
    outcome: '',
    name: '',
    assignedUserId: '',
    notes: '',
    date: '',
    time: '',
  };
}

/** Changing the place or the channel drops what no longer fits, so the form cannot hold a contradiction. */
export function patchFor(form: EntryForm, patch: Partial<EntryForm>): Partial<EntryForm> {
  const next = { ...patch };
  const place = patch.place ?? form.place;
  if (
    'place' in patch &&
    form.relationship &&
    !(place && (RELATIONSHIPS_BY_PLACE[place] as readonly string[]).includes(form.relationship))
  ) {
    next.relationship = '';
  }
  if (patch.channel && patch.channel !== 'referral') {
    next.referredBy = '';
    next.referrerNote = '';
  }
  return next;
}

/** A patch with the date and time named as the API names them (to clear those fields' errors). */
export function apiNamed(patch: Partial<EntryForm>): Record<string, unknown> {
  return { ...patch, ...('date' in patch ? { appealDate: patch.date } : {}), ...('time' in patch ? { appealTime: patch.time } : {}) };
}

/** The simplest rules, checked before the round trip; the backend checks everything again. */
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function checkEntry(f: EntryForm, kind: FacilityKind, o: { dateRequired?: boolean } = {}): FieldErrors {
  const t = i18next.t.bind(i18next);
  const errors: FieldErrors = {};
  if (o.dateRequired && !f.date.trim()) errors.appealDate = t('v.required');
  if (!f.applicant) errors.applicant = t('v.required');
  if (!f.regionSoato) errors.regionSoato = t('v.required');
  if (kind === 'women_center' && !f.violenceType) errors.violenceType = t('v.required');
  if (f.channel === 'referral' && !f.referredBy) errors.referredBy = t('v.required');
  if (f.date.trim() && !parseDate(f.date)) errors.appealDate = t('appeals:form.badDate');
  if (f.time.trim() && !TIME.test(f.time.trim())) errors.appealTime = t('appeals:form.badTime');
  return errors;
}

export function toCreateInput(f: EntryForm, kind: FacilityKind): Input<'appeals.create'> {
  const text = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    applicant: f.applicant as Applicant,
    regionSoato: f.regionSoato,
    channel: f.channel,
    age: f.age.trim() === '' ? null : Number(f.age.trim()),
    referredBy: f.referredBy || null,
    referrerNote: text(f.referrerNote),
    violenceType: f.violenceType || null,
    place: f.place || null,
    relationship: f.relationship || null,
    suicideRisk: f.suicideRisk,
    help: f.help,
    outcome: f.outcome || null,
    name: text(f.name),
    assignedUserId: f.assignedUserId ? Number(f.assignedUserId) : null,
    notes: text(f.notes),
    ...(kind === 'trafficking_shelter'
      ? { exploitationType: (f.exploitationType || null) as Input<'appeals.create'>['exploitationType'], country: f.country || null }
      : {}),
    // A time alone is today's; a date alone has no time.
    ...(f.date.trim() || f.time.trim() ? { appealDate: parseDate(f.date) ?? tashkentToday(), appealTime: f.time.trim() || null } : {}),
  };
}

/** An appeal as the form holds it, for a correction. A hidden name or notes stay empty (and are not sent). */
export function fromAppeal(a: Appeal): EntryForm {
  return {
    applicant: a.applicant,
    age: a.age === null ? '' : String(a.age),
    regionSoato: a.regionSoato,
    channel: a.channel,
    referredBy: a.referredBy ?? '',
    referrerNote: a.referrerNote ?? '',
    violenceType: a.violenceType ?? '',
    exploitationType: a.exploitationType ?? '',
    country: a.country ?? '',
    place: a.place ?? '',
    relationship: a.relationship ?? '',
    suicideRisk: a.suicideRisk,
    help: [...a.help],
    outcome: a.outcome ?? '',
    name: a.name ?? '',
    assignedUserId: a.assignedUserId === null ? '' : String(a.assignedUserId),
    notes: a.notes ?? '',
    date: formatDate(a.appealDate),
    time: a.appealTime ?? '',
  };
}

/** The correction as `appeals.update` takes it: every field the role may write, the date always given. */
export function toUpdateInput(
  a: Appeal,
  f: EntryForm,
  kind: FacilityKind,
  o: { clientId: number | null; assigneeLocked: boolean },
): Input<'appeals.update'> {
  const { name, assignedUserId, notes, appealDate: _date, appealTime: _time, ...rest } = toCreateInput(f, kind);
  return {
    id: a.id,
    ...rest,
    // Further violence types are not on the form: kept as they are.
    appealDate: parseDate(f.date) ?? a.appealDate,
    appealTime: f.time.trim() || null,
    clientId: o.clientId,
    ...(a.nameHidden ? {} : { name }),
    ...(a.notesHidden ? {} : { notes }),
    ...(o.assigneeLocked ? {} : { assignedUserId }),
  };
}
