import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { ClientRow, NewClient } from '../../../db/tables/clients';
import {
  nextCodeSeq,
  insertClient,
  updateClient,
  findClient,
  findClientByPinfl,
  replaceSearchTerms,
  replaceRepresentatives,
  replaceDiagnoses,
} from '../../../db/repositories/clients';
import { activeUsersWithRoles } from '../../../db/repositories/rooms';
import type { ClientFields } from '../../contract/clients.contract';
import { tashkentToday } from '../../contract/format';
import { STAFF_ROLES } from '../../contract/core';
import type { AuthedContext } from '../context';
import { iso } from '../context';
import { conflict, invalid } from '../errors';
import { findDistrict } from '../reference/reference';
import { formatClientCode } from './codes';
import { searchTermsFor, sortName } from './search-terms';
import type { Viewer } from './privacy';

/** Columns that come straight from the form, checked against the facility and the register. */
async function fieldValues(db: Kysely<Database>, v: Viewer, f: ClientFields, today: string, selfId: number | null) {
  const errors: Record<string, string> = {};
  let region = f.regionSoato ?? null;
  if (f.districtSoato) {
    const d = findDistrict(f.districtSoato);
    if (!d) errors.districtSoato = 'v.district';
    else if (region && d.region !== region) errors.districtSoato = 'v.districtRegion';
    else region = d.region;
  }
  if (f.birthDate && f.birthDate > today) errors.birthDate = 'v.futureDate';
  if (f.pmp && f.pmp.date > today) errors['pmp.date'] = 'v.futureDate';
  let mother: ClientRow | undefined;
  if (f.motherId) {
    mother = await findClient(db, f.motherId);
    if (v.kind !== 'women_center' && v.kind !== 'trafficking_shelter') errors.motherId = 'v.motherNotHere';
    else if (!mother || mother.id === selfId || mother.sex !== 'F' || mother.mother_id !== null) errors.motherId = 'v.mother';
  }
  if (Object.keys(errors).length) throw invalid(errors);
  if (f.pinfl) {
    const other = await findClientByPinfl(db, f.pinfl);
    if (other && other.id !== selfId) throw conflict('pinflTaken', { pinfl: 'conflict.pinflTaken' });
  }
  const t = f.trafficking;
  return {
    mother,
    values: {
      last_name: f.lastName,
      first_name: f.firstName,
      middle_name: f.middleName ?? null,
      sort_name: sortName(f.lastName, f.firstName, f.middleName),
      birth_date: f.birthDate ?? null,
      sex: f.sex,
      pinfl: f.pinfl ?? null,
      doc_type: f.docType ?? null,
      doc_number: f.docNumber ?? null,
      citizenship: f.citizenship ?? null,
      region_soato: region,
      district_soato: f.districtSoato ?? null,
      makhalla: f.makhalla ?? null,
      street: f.street ?? null,
      phones: JSON.stringify(f.phones),
      languages: JSON.stringify(f.languages),
      notes: f.notes ?? null,
      disability_group: f.disabilityGroup ?? null,
      school: f.school ?? null,
      school_class: f.schoolClass ?? null,
      pmp_date: f.pmp?.date ?? null,
      pmp_number: f.pmp?.number ?? null,
      pmp_recommendation: f.pmp?.recommendation ?? null,
      trafficking_country: t?.country ?? null,
      exploitation_type: t?.exploitationType ?? null,
      documents_held: t?.documentsHeld ?? null,
      documents_missing: t?.documentsMissing ?? null,
      repatriation_needs: t?.repatriationNeeds ?? null,
      mother_id: f.motherId ?? null,
    },
  };
}

async function writeParts(db: Kysely<Database>, clientId: number, code: string, f: ClientFields): Promise<void> {
  await replaceSearchTerms(
    db,
    clientId,
    searchTermsFor({
      code,
      lastName: f.lastName,
      firstName: f.firstName,
      middleName: f.middleName,
      pinfl: f.pinfl,
      phones: f.phones,
      docNumber: f.docNumber,
    }),
  );
  await replaceRepresentatives(
    db,
    clientId,
    f.representatives.map((r) => ({
      kind: r.kind,
      full_name: r.fullName,
      relation: r.relation ?? null,
      phone: r.phone ?? null,
      appointing_document: r.appointingDocument ?? null,
      address: r.address ?? null,
    })),
  );
  await replaceDiagnoses(
    db,
    clientId,
    f.diagnoses.map((d) => ({ name: d.name, icd10: d.icd10 ?? null })),
  );
}

export async function checkAssignableWorker(db: Kysely<Database>, userId: number, field = 'assignedWorkerId'): Promise<void> {
  if (!(await activeUsersWithRoles(db, [userId], STAFF_ROLES)).length) throw invalid({ [field]: 'v.worker' });
}

/** Registers a client with the next code of the year; returns the new id and code. */
export async function createClient(
  ctx: AuthedContext,
  v: Viewer,
  f: ClientFields,
  assignedWorkerId: number | null | undefined,
): Promise<{ id: number; code: string }> {
  const today = tashkentToday(ctx.now());
  const { values, mother } = await fieldValues(ctx.db, v, f, today, null);
  // A social worker registering someone becomes their worker, or she could not see the name she typed.
  let worker: number | null = ctx.user.id;
  if (ctx.user.role === 'manager') {
    worker = assignedWorkerId ?? null;
    if (worker !== null) await checkAssignableWorker(ctx.db, worker);
  }
  // An accompanying child is looked after by the mother's worker.
  if (worker === null && mother) worker = mother.assigned_worker_id;
  const year = Number(today.slice(0, 4));
  const seq = await nextCodeSeq(ctx.db, year);
  const code = formatClientCode(v.kind, year, seq);
  const now = iso(ctx.now());
  const row: NewClient = {
    ...values,
    code,
    code_year: year,
    code_seq: seq,
    assigned_worker_id: worker,
    status: 'new',
    registered_on: today,
    created_by: ctx.user.id,
    created_at: now,
    updated_at: now,
  };
  const id = await insertClient(ctx.db, row);
  await writeParts(ctx.db, id, code, f);
  await ctx.audit({
    action: 'clients.create',
    objectType: 'client',
    objectId: code,
    changes: { code: [null, code] },
  });
  return { id, code };
}

/** Replaces the editable fields; the audit names the changed fields, never the values of identifying ones. */
export async function updateClientFields(ctx: AuthedContext, v: Viewer, before: ClientRow, f: ClientFields): Promise<void> {
  const { values } = await fieldValues(ctx.db, v, f, tashkentToday(ctx.now()), before.id);
  const changed = Object.entries(values)
    .filter(([k, val]) => before[k as keyof ClientRow] !== val)
    .map(([k]) => k)
    .filter((k) => k !== 'sort_name');
  await updateClient(ctx.db, before.id, {
    ...values,
    updated_at: iso(ctx.now()),
  });
  await writeParts(ctx.db, before.id, before.code, f);
  await ctx.audit({
    action: 'clients.update',
    objectType: 'client',
    objectId: before.code,
    changes: { fields: changed },
  });
}
