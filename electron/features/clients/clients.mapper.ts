import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { ClientRow } from '../../../db/tables/clients';
import type { ClientListRow } from '../../../db/repositories/clients';
import {
  findClientListRow,
  listRepresentatives,
  listDiagnoses,
  listPoorFamilyPeriods,
  hasPhoto,
  findClient,
  childrenOf,
} from '../../../db/repositories/clients';
import { openAbsenceOf } from '../../../db/repositories/stays';
import { findUserById } from '../../../db/repositories/users';
import type { ClientSummary, ClientListItem, ClientDetail, ClientStatus, Sex, AbsenceReason } from '../../contract/clients.contract';
import { canSeeName, canSeeCase, type Viewer, type Guarded } from './privacy';
import { notFound } from '../errors';

export const fullName = (c: Pick<ClientRow, 'last_name' | 'first_name' | 'middle_name'>) =>
  [c.last_name, c.first_name, c.middle_name].filter((s) => !!s).join(' ');

const json = (s: string): string[] => {
  try {
    const v = JSON.parse(s) as unknown;
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
};

/** The columns a summary shows and the privacy rules look at (not the whole register row). */
export type SummaryColumns = Pick<ClientRow, 'id' | 'code' | 'last_name' | 'first_name' | 'middle_name' | 'sex' | 'birth_date' | 'status'> &
  Guarded;

export function toSummary(v: Viewer, c: SummaryColumns): ClientSummary {
  const shown = canSeeName(v, c);
  return {
    id: c.id,
    code: c.code,
    name: shown ? fullName(c) : null,
    nameHidden: !shown,
    sex: c.sex as Sex,
    birthDate: c.birth_date,
    status: c.status as ClientStatus,
  };
}

export function toListItem(v: Viewer, r: ClientListRow): ClientListItem {
  return {
    ...toSummary(v, r),
    admittedOn: r.admitted_on,
    dischargedOn: r.discharged_on,
    room: r.current_room_id !== null && r.room_name !== null ? { id: r.current_room_id, name: r.room_name } : null,
    bed: r.current_bed_id !== null && r.bed_label !== null ? { id: r.current_bed_id, label: r.bed_label } : null,
    group: r.current_group_id !== null && r.group_name !== null ? { id: r.current_group_id, name: r.group_name } : null,
    absenceReason: (r.absence_reason as AbsenceReason | null) ?? null,
    motherId: r.mother_id,
    assignedWorkerId: r.assigned_worker_id,
  };
}

/** The whole record, with each part present only where the viewer may see it. */
export async function toDetail(db: Kysely<Database>, v: Viewer, id: number): Promise<ClientDetail> {
  const r = await findClientListRow(db, id);
  if (!r) throw notFound();
  const identity = canSeeName(v, r);
  const caseShown = canSeeCase(v, r);
  const worker = r.assigned_worker_id ? await findUserById(db, r.assigned_worker_id) : undefined;
  const absence = r.status === 'away' ? await openAbsenceOf(db, r.id) : undefined;
  const mother = r.mother_id ? await findClient(db, r.mother_id) : undefined;
  const children = await childrenOf(db, r.id);
  return {
    ...toListItem(v, r),
    registeredOn: r.registered_on,
    citizenship: r.citizenship,
    regionSoato: r.region_soato,
    districtSoato: r.district_soato,
    languages: json(r.languages),
    assignedWorker: worker ? { id: worker.id, name: worker.full_name } : null,
    currentStayId: r.status === 'active' || r.status === 'away' ? r.last_stay_id : null,
    absence: absence
      ? {
          reason: absence.reason as AbsenceReason,
          fromDate: absence.from_date,
          expectedReturn: absence.expected_return,
        }
      : null,
    mother: mother ? toSummary(v, mother) : null,
    children: children.map((c) => toSummary(v, c)),
    identity: identity
      ? {
          lastName: r.last_name,
          firstName: r.first_name,
          middleName: r.middle_name,
          pinfl: r.pinfl,
          docType: r.doc_type as NonNullable<ClientDetail['identity']>['docType'],
          docNumber: r.doc_number,
          makhalla: r.makhalla,
          street: r.street,
          phones: json(r.phones),
          school: r.school,
          schoolClass: r.school_class,
          hasPhoto: await hasPhoto(db, r.id),
          representatives: (await listRepresentatives(db, r.id)).map((p) => ({
            kind: p.kind as NonNullable<ClientDetail['identity']>['representatives'][number]['kind'],
            fullName: p.full_name,
            relation: p.relation,
            phone: p.phone,
            appointingDocument: p.appointing_document,
            address: p.address,
          })),
        }
      : null,
    health: caseShown
      ? {
          disabilityGroup: r.disability_group as NonNullable<ClientDetail['health']>['disabilityGroup'],
          diagnoses: (await listDiagnoses(db, r.id)).map((d) => ({
            name: d.name,
            icd10: d.icd10,
          })),
          pmp:
            r.pmp_date && r.pmp_number
              ? {
                  date: r.pmp_date,
                  number: r.pmp_number,
                  recommendation: r.pmp_recommendation,
                }
              : null,
        }
      : null,
    trafficking:
      caseShown && identity && v.kind === 'trafficking_shelter'
        ? {
            country: r.trafficking_country,
            exploitationType: r.exploitation_type as NonNullable<ClientDetail['trafficking']>['exploitationType'],
            documentsHeld: r.documents_held,
            documentsMissing: r.documents_missing,
            repatriationNeeds: r.repatriation_needs,
          }
        : null,
    notes: caseShown ? r.notes : null,
    poorFamilyPeriods: (await listPoorFamilyPeriods(db, r.id)).map((p) => ({
      from: p.from_date,
      to: p.to_date,
    })),
    readOnly: r.status === 'discharged',
    restricted: {
      identity: !identity,
      health: !caseShown,
      caseNotes: !caseShown,
    },
  };
}
