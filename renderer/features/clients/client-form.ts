// The client form's model: text as typed, converted to the contract's input when saving.
import i18next from 'i18next';
import { formatDate, parseDate } from '../../../electron/contract/format';
import type { ClientDetail } from '../../../electron/contract/clients.contract';
import type { Input } from '../../../electron/contract/index';
import type { DisabilityGroup, ExploitationType, IdDocType, RepresentativeKind, Sex } from '../../../electron/contract/clients.codes';

export interface RepresentativeForm {
  kind: RepresentativeKind;
  fullName: string;
  relation: string;
  phone: string;
  appointingDocument: string;
}

export interface ClientForm extends Record<string, unknown> {
  lastName: string;
  firstName: string;
  middleName: string;
  birthDate: string;
  sex: Sex | '';
  pinfl: string;
  docType: IdDocType | '';
  docNumber: string;
  citizenship: string;
  regionSoato: string;
  districtSoato: string;
  makhalla: string;
  street: string;
  phones: string[];
  languages: string[];
  notes: string;
  disabilityGroup: DisabilityGroup | '';
  diagnoses: { name: string; icd10: string }[];
  school: string;
  schoolClass: string;
  representatives: RepresentativeForm[];
  pmpDate: string;
  pmpNumber: string;
  pmpRecommendation: string;
  motherId: number | null;
  motherLabel: string;
  country: string;
  exploitationType: ExploitationType | '';
  documentsHeld: string;
  documentsMissing: string;
  repatriationNeeds: string;
}

export const EMPTY_CLIENT: ClientForm = {
  lastName: '',
  firstName: '',
  middleName: '',
  birthDate: '',
  sex: '',
  pinfl: '',
  docType: '',
  docNumber: '',
  citizenship: 'UZ',
  regionSoato: '',
  districtSoato: '',
  makhalla: '',
  street: '',
  phones: [''],
  languages: ['uz'],
  notes: '',
  disabilityGroup: '',
  diagnoses: [],
  school: '',
  schoolClass: '',
  representatives: [],
  pmpDate: '',
  pmpNumber: '',
  pmpRecommendation: '',
  motherId: null,
  motherLabel: '',
  country: '',
  exploitationType: '',
  documentsHeld: '',
  documentsMissing: '',
  repatriationNeeds: '',
};

/** A loaded record as the form's text (only a viewer who sees the identity edits it). */
export function formFromClient(c: ClientDetail): ClientForm {
  const id = c.identity;
  return {
    ...EMPTY_CLIENT,
    lastName: id?.lastName ?? '',
    firstName: id?.firstName ?? '',
    middleName: id?.middleName ?? '',
    birthDate: c.birthDate ? formatDate(c.birthDate) : '',
    sex: c.sex,
    pinfl: id?.pinfl ?? '',
    docType: id?.docType ?? '',
    docNumber: id?.docNumber ?? '',
    citizenship: c.citizenship ?? '',
    regionSoato: c.regionSoato ?? '',
    districtSoato: c.districtSoato ?? '',
    makhalla: id?.makhalla ?? '',
    street: id?.street ?? '',
    phones: id?.phones.length ? id.phones : [''],
    languages: c.languages,
    notes: c.notes ?? '',
    disabilityGroup: c.health?.disabilityGroup ?? '',
    diagnoses: (c.health?.diagnoses ?? []).map((d) => ({ name: d.name, icd10: d.icd10 ?? '' })),
    school: id?.school ?? '',
    schoolClass: id?.schoolClass ?? '',
    representatives: (id?.representatives ?? []).map((r) => ({
      kind: r.kind,
      fullName: r.fullName,
      relation: r.relation ?? '',
      phone: r.phone ?? '',
      appointingDocument: r.appointingDocument ?? '',
    })),
    pmpDate: c.health?.pmp ? formatDate(c.health.pmp.date) : '',
    pmpNumber: c.health?.pmp?.number ?? '',
    pmpRecommendation: c.health?.pmp?.recommendation ?? '',
    motherId: c.mother?.id ?? null,
    motherLabel: c.mother ? `${c.mother.code} ${c.mother.name ?? ''}`.trim() : '',
    country: c.trafficking?.country ?? '',
    exploitationType: c.trafficking?.exploitationType ?? '',
    documentsHeld: c.trafficking?.documentsHeld ?? '',
    documentsMissing: c.trafficking?.documentsMissing ?? '',
    repatriationNeeds: c.trafficking?.repatriationNeeds ?? '',
  };
}

const t = (key: 'v.required' | 'v.date'): string => i18next.t(`clients:${key}`);

/** The quick checks before the round trip; the backend checks everything again. */
export function checkClient(f: ClientForm): Record<string, string> {
  const e: Record<string, string> = {};
  if (!f.lastName.trim()) e.lastName = t('v.required');
  if (!f.firstName.trim()) e.firstName = t('v.required');
  if (!f.sex) e.sex = t('v.required');
  if (f.birthDate.trim() && !parseDate(f.birthDate)) e.birthDate = t('v.date');
  if (f.pmpDate.trim() && !parseDate(f.pmpDate)) e['pmp.date'] = t('v.date');
  return e;
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The form as the contract's client fields (`clients.create` / `clients.update`). */
export function clientInput(f: ClientForm): Input<'clients.create'> {
  const pmp =
    f.pmpNumber.trim() || f.pmpDate.trim()
      ? { date: parseDate(f.pmpDate) ?? f.pmpDate, number: f.pmpNumber.trim(), recommendation: orNull(f.pmpRecommendation) }
      : null;
  const trafficking =
    f.country || f.exploitationType || f.documentsHeld || f.documentsMissing || f.repatriationNeeds
      ? {
          country: orNull(f.country),
          exploitationType: f.exploitationType || null,
          documentsHeld: orNull(f.documentsHeld),
          documentsMissing: orNull(f.documentsMissing),
          repatriationNeeds: orNull(f.repatriationNeeds),
        }
      : null;
  return {
    lastName: f.lastName.trim(),
    firstName: f.firstName.trim(),
    middleName: orNull(f.middleName),
    birthDate: f.birthDate.trim() ? (parseDate(f.birthDate) ?? f.birthDate) : null,
    sex: f.sex as Sex,
    pinfl: orNull(f.pinfl.replace(/\s/g, '')),
    docType: f.docType || null,
    docNumber: orNull(f.docNumber),
    citizenship: orNull(f.citizenship),
    regionSoato: orNull(f.regionSoato),
    districtSoato: orNull(f.districtSoato),
    makhalla: orNull(f.makhalla),
    street: orNull(f.street),
    phones: f.phones.map((p) => p.trim()).filter(Boolean),
    languages: f.languages,
    notes: orNull(f.notes),
    disabilityGroup: f.disabilityGroup || null,
    diagnoses: f.diagnoses.filter((d) => d.name.trim()).map((d) => ({ name: d.name.trim(), icd10: orNull(d.icd10) })),
    school: orNull(f.school),
    schoolClass: orNull(f.schoolClass),
    representatives: f.representatives
      .filter((r) => r.fullName.trim())
      .map((r) => ({
        kind: r.kind,
        fullName: r.fullName.trim(),
        relation: orNull(r.relation),
        phone: orNull(r.phone),
        appointingDocument: orNull(r.appointingDocument),
      })),
    pmp,
    motherId: f.motherId,
    trafficking,
  };
}
