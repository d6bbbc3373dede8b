import { sql, type Kysely, type Updateable, type Expression, type SqlBool, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../schema';
import type { ClientRow, NewClient, ClientsTable, StaysTable } from '../tables/clients';

type Db = Kysely<Database>;

export async function nextCodeSeq(db: Db, year: number): Promise<number> {
  const r = await db
    .selectFrom('clients')
    .select((eb) => eb.fn.max('code_seq').as('m'))
    .where('code_year', '=', year)
    .executeTakeFirst();
  return Number(r?.m ?? 0) + 1;
}

export async function insertClient(db: Db, c: NewClient): Promise<number> {
  return (await db.insertInto('clients').values(c).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateClient(db: Db, id: number, c: Updateable<ClientsTable>): Promise<void> {
  await db.updateTable('clients').set(c).where('id', '=', id).execute();
}

export function findClient(db: Db, id: number): Promise<ClientRow | undefined> {
  return db.selectFrom('clients').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findClientByCode(db: Db, code: string): Promise<ClientRow | undefined> {
  return db.selectFrom('clients').selectAll().where('code', '=', code).executeTakeFirst();
}

export function findClientByPinfl(db: Db, pinfl: string): Promise<ClientRow | undefined> {
  return db.selectFrom('clients').selectAll().where('pinfl', '=', pinfl).executeTakeFirst();
}

export function findClients(db: Db, ids: number[]): Promise<ClientRow[]> {
  if (!ids.length) return Promise.resolve([]);
  return db.selectFrom('clients').selectAll().where('id', 'in', ids).execute();
}

export function childrenOf(db: Db, motherId: number): Promise<ClientRow[]> {
  return db.selectFrom('clients').selectAll().where('mother_id', '=', motherId).orderBy('birth_date').orderBy('id').execute();
}

/** Codes and PINFLs already in the register, for the import's duplicate check. */
export async function allCodesAndPinfls(db: Db) {
  return db.selectFrom('clients').select(['id', 'code', 'pinfl', 'sort_name', 'birth_date']).execute();
}

export async function replaceSearchTerms(db: Db, clientId: number, terms: { term: string; kind: string }[]): Promise<void> {
  await db.deleteFrom('client_search_terms').where('client_id', '=', clientId).execute();
  await insertSearchTerms(
    db,
    terms.map((t) => ({ ...t, client_id: clientId })),
  );
}

/** Many rows at once (the import writes thousands). */
export async function insertSearchTerms(db: Db, rows: { term: string; kind: string; client_id: number }[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 300)
    await db
      .insertInto('client_search_terms')
      .values(rows.slice(i, i + 300))
      .execute();
}

export interface RepresentativeValues {
  kind: string;
  full_name: string;
  relation: string | null;
  phone: string | null;
  appointing_document: string | null;
  address: string | null;
}

export async function replaceRepresentatives(db: Db, clientId: number, reps: RepresentativeValues[]): Promise<void> {
  await db.deleteFrom('client_representatives').where('client_id', '=', clientId).execute();
  if (reps.length)
    await db
      .insertInto('client_representatives')
      .values(reps.map((r, sort) => ({ ...r, client_id: clientId, sort })))
      .execute();
}

export function listRepresentatives(db: Db, clientId: number) {
  return db.selectFrom('client_representatives').selectAll().where('client_id', '=', clientId).orderBy('sort').execute();
}

export async function replaceDiagnoses(db: Db, clientId: number, list: { name: string; icd10: string | null }[]): Promise<void> {
  await db.deleteFrom('client_diagnoses').where('client_id', '=', clientId).execute();
  if (list.length)
    await db
      .insertInto('client_diagnoses')
      .values(list.map((d, sort) => ({ ...d, client_id: clientId, sort })))
      .execute();
}

export function listDiagnoses(db: Db, clientId: number) {
  return db.selectFrom('client_diagnoses').selectAll().where('client_id', '=', clientId).orderBy('sort').execute();
}

export function listPoorFamilyPeriods(db: Db, clientId: number) {
  return db
    .selectFrom('client_poor_family_periods')
    .select(['from_date', 'to_date'])
    .where('client_id', '=', clientId)
    .orderBy('from_date')
    .execute();
}

/** For billing: every period of the given clients that touches [from, to] (dates inclusive). */
export function poorFamilyPeriodsBetween(db: Db, clientIds: number[], from: string, to: string) {
  if (!clientIds.length) return Promise.resolve([]);
  return db
    .selectFrom('client_poor_family_periods')
    .select(['client_id', 'from_date', 'to_date'])
    .where('client_id', 'in', clientIds)
    .where('from_date', '<=', to)
    .where((eb) => eb.or([eb('to_date', 'is', null), eb('to_date', '>=', from)]))
    .orderBy('client_id')
    .orderBy('from_date')
    .execute();
}

export async function replacePoorFamilyPeriods(
  db: Db,
  clientId: number,
  periods: { from_date: string; to_date: string | null }[],
): Promise<void> {
  await db.deleteFrom('client_poor_family_periods').where('client_id', '=', clientId).execute();
  if (periods.length)
    await db
      .insertInto('client_poor_family_periods')
      .values(periods.map((p) => ({ ...p, client_id: clientId })))
      .execute();
}

export function findPhoto(db: Db, clientId: number) {
  return db.selectFrom('client_photos').selectAll().where('client_id', '=', clientId).executeTakeFirst();
}

export async function hasPhoto(db: Db, clientId: number): Promise<boolean> {
  return !!(await db.selectFrom('client_photos').select('client_id').where('client_id', '=', clientId).executeTakeFirst());
}

export async function setPhoto(db: Db, clientId: number, photo: { mime: string; data: Buffer; updated_at: string } | null): Promise<void> {
  await db.deleteFrom('client_photos').where('client_id', '=', clientId).execute();
  if (photo)
    await db
      .insertInto('client_photos')
      .values({ client_id: clientId, ...photo })
      .execute();
}

/** A list row: the client with its place and latest stay. */
export interface ClientListRow extends ClientRow {
  room_name: string | null;
  bed_label: string | null;
  group_name: string | null;
  admitted_on: string | null;
  discharged_on: string | null;
  absence_reason: string | null;
}

export interface ListQuery {
  statuses: string[] | null;
  roomId?: number;
  groupId?: number;
  /** Caregiver scope: clients assigned to the user or placed in these rooms/groups. */
  scope: { userId: number; roomIds: number[]; groupIds: number[] } | null;
  /** Each token must prefix-match a term; identity terms only where `identityFor` allows. */
  tokens: string[];
  identityFor: 'all' | { assignedTo: number };
  sort: 'code' | 'name' | 'admittedOn' | 'birthDate';
  dir: 'asc' | 'desc';
  offset: number;
  limit: number;
}

const IDENTITY_KINDS = ['name', 'pinfl', 'phone', 'doc'];

function listBase(db: Db, q: ListQuery) {
  return db
    .selectFrom('clients as c')
    .leftJoin('stays as s', 's.id', 'c.last_stay_id')
    .where((eb) => {
      const conds: Expression<SqlBool>[] = [];
      if (q.statuses) conds.push(eb('c.status', 'in', q.statuses));
      if (q.roomId !== undefined) conds.push(eb('c.current_room_id', '=', q.roomId));
      if (q.groupId !== undefined) conds.push(eb('c.current_group_id', '=', q.groupId));
      if (q.scope) {
        const s = q.scope;
        const any: Expression<SqlBool>[] = [eb('c.assigned_worker_id', '=', s.userId)];
        if (s.roomIds.length) any.push(eb('c.current_room_id', 'in', s.roomIds));
        if (s.groupIds.length) any.push(eb('c.current_group_id', 'in', s.groupIds));
        conds.push(eb.or(any));
      }
      for (const token of q.tokens) {
        const matching = (kinds: string[]) =>
          eb
            .selectFrom('client_search_terms as t')
            .select('t.client_id')
            .where('t.term', '>=', token)
            .where('t.term', '<', `${token}\uffff`)
            .where('t.kind', 'in', kinds);
        if (q.identityFor === 'all') conds.push(eb('c.id', 'in', matching(['code', ...IDENTITY_KINDS])));
        else
          conds.push(
            eb.or([
              eb('c.id', 'in', matching(['code'])),
              eb.and([eb('c.assigned_worker_id', '=', q.identityFor.assignedTo), eb('c.id', 'in', matching(IDENTITY_KINDS))]),
            ]),
          );
      }
      return eb.and(conds);
    });
}

/** The list's order (ties broken by id, so the page and its rows come out the same way). */
function listOrder(q: ListQuery) {
  return <O>(query: SelectQueryBuilder<Database & { c: ClientsTable; s: StaysTable }, 'c' | 's', O>) => {
    let x = query;
    if (q.sort === 'name') x = x.orderBy('c.sort_name', q.dir);
    else if (q.sort === 'admittedOn') x = x.orderBy(sql`s.admitted_on IS NULL`).orderBy('s.admitted_on', q.dir);
    else if (q.sort === 'birthDate') x = x.orderBy(sql`c.birth_date IS NULL`).orderBy('c.birth_date', q.dir);
    return x.orderBy('c.code_year', q.dir).orderBy('c.code_seq', q.dir).orderBy('c.id', q.dir);
  };
}

/**
 * The page query of the list (exported so a test can check its plan uses the indexes). The page's
 * ids are chosen on the clients alone (filter, order, limit); only those rows are then joined to
 * their room, bed, group, stay and absence — a common name matches hundreds of clients.
 */
export function listPageQuery(db: Db, q: ListQuery) {
  const order = listOrder(q);
  const page = order(listBase(db, q).select('c.id')).limit(q.limit).offset(q.offset);
  const rows = db
    .selectFrom(page.as('page'))
    .innerJoin('clients as c', 'c.id', 'page.id')
    .leftJoin('stays as s', 's.id', 'c.last_stay_id')
    .leftJoin('rooms as r', 'r.id', 'c.current_room_id')
    .leftJoin('beds as b', 'b.id', 'c.current_bed_id')
    .leftJoin('care_groups as g', 'g.id', 'c.current_group_id')
    .leftJoin('absences as a', (j) => j.onRef('a.client_id', '=', 'c.id').on('a.to_date', 'is', null))
    .selectAll('c')
    .select([
      'r.name as room_name',
      'b.label as bed_label',
      'g.name as group_name',
      's.admitted_on',
      's.discharged_on',
      'a.reason as absence_reason',
    ]);
  return order(rows);
}

export async function listClients(db: Db, q: ListQuery): Promise<{ total: number; rows: ClientListRow[] }> {
  const total = Number(
    (
      await listBase(db, q)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  const rows = await listPageQuery(db, q).execute();
  return { total, rows: rows as ClientListRow[] };
}

/** One client with the same joins as the list. */
export async function findClientListRow(db: Db, id: number): Promise<ClientListRow | undefined> {
  const r = await db
    .selectFrom('clients as c')
    .leftJoin('stays as s', 's.id', 'c.last_stay_id')
    .leftJoin('rooms as r', 'r.id', 'c.current_room_id')
    .leftJoin('beds as b', 'b.id', 'c.current_bed_id')
    .leftJoin('care_groups as g', 'g.id', 'c.current_group_id')
    .leftJoin('absences as a', (j) => j.onRef('a.client_id', '=', 'c.id').on('a.to_date', 'is', null))
    .selectAll('c')
    .select([
      'r.name as room_name',
      'b.label as bed_label',
      'g.name as group_name',
      's.admitted_on',
      's.discharged_on',
      'a.reason as absence_reason',
    ])
    .where('c.id', '=', id)
    .executeTakeFirst();
  return r as ClientListRow | undefined;
}
