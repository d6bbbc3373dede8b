import type { Kysely, Updateable } from 'kysely';
import { countText, placeholders, runStatement } from '../statement';
import type { Database } from '../schema';
import type { ClientRow, NewClient, ClientsTable } from '../tables/clients';

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

/** One client by id: read on nearly every call about a client (db/statement.ts). */
export async function findClient(db: Db, id: number): Promise<ClientRow | undefined> {
  return (await runStatement<ClientRow>(db, 'SELECT * FROM clients WHERE id = ?', [id]))[0];
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

// The register's list is search as you type: every keystroke runs it. It is written as SQL with
// bound values (db/statement.ts), not with the query builder: building and compiling it cost
// several times what SQLite needs to answer (a code prefix: 13 µs of lookups).

/** A statement's text and its bound values, in order. */
interface Statement {
  text: string;
  params: unknown[];
}

/** The clients whose terms start with the token, among these kinds of term (client_search_terms' key). */
function termMatch(token: string, kinds: readonly string[], params: unknown[]): string {
  params.push(token, `${token}\uffff`, ...kinds);
  return `SELECT t.client_id FROM client_search_terms AS t WHERE t.term >= ? AND t.term < ? AND t.kind IN (${placeholders(kinds.length)})`;
}

/** The list's filter, the same for its count and its page; its values are added to `params`. */
function listWhere(q: ListQuery, params: unknown[]): string {
  const conds: string[] = [];
  const values = (xs: readonly unknown[]) => (params.push(...xs), placeholders(xs.length));
  if (q.statuses) conds.push(`c.status IN (${values(q.statuses)})`);
  if (q.roomId !== undefined) conds.push(`c.current_room_id = ${values([q.roomId])}`);
  if (q.groupId !== undefined) conds.push(`c.current_group_id = ${values([q.groupId])}`);
  if (q.scope) {
    const s = q.scope;
    const any = [`c.assigned_worker_id = ${values([s.userId])}`];
    if (s.roomIds.length) any.push(`c.current_room_id IN (${values(s.roomIds)})`);
    if (s.groupIds.length) any.push(`c.current_group_id IN (${values(s.groupIds)})`);
    conds.push(`(${any.join(' OR ')})`);
  }
  for (const token of q.tokens) {
    if (q.identityFor === 'all') conds.push(`c.id IN (${termMatch(token, ['code', ...IDENTITY_KINDS], params)})`);
    else {
      const code = termMatch(token, ['code'], params);
      const worker = values([q.identityFor.assignedTo]);
      conds.push(`(c.id IN (${code}) OR (c.assigned_worker_id = ${worker} AND c.id IN (${termMatch(token, IDENTITY_KINDS, params)})))`);
    }
  }
  return conds.length ? `WHERE ${conds.join(' AND ')}` : '';
}

/** The list's order (ties broken by id, so the page and its rows come out the same way). */
function listOrder(q: ListQuery): string {
  const dir = q.dir === 'desc' ? 'DESC' : 'ASC';
  const keys: string[] = [];
  if (q.sort === 'name') keys.push(`c.sort_name ${dir}`);
  else if (q.sort === 'admittedOn') keys.push('s.admitted_on IS NULL', `s.admitted_on ${dir}`);
  else if (q.sort === 'birthDate') keys.push('c.birth_date IS NULL', `c.birth_date ${dir}`);
  keys.push(`c.code_year ${dir}`, `c.code_seq ${dir}`, `c.id ${dir}`);
  return `ORDER BY ${keys.join(', ')}`;
}

/**
 * The page statement of the list (exported so a test can check its plan uses the indexes). The
 * page's ids are chosen on the clients alone (filter, order, limit); only those rows are then joined
 * to their room, bed, group, stay and absence — a common name matches hundreds of clients. The
 * number of all matches comes with each row (a window over the same pass): a keystroke is one statement.
 */
export function listPageStatement(q: ListQuery): Statement {
  const params: unknown[] = [];
  const order = listOrder(q);
  const text = `SELECT c.*, page.matches, r.name AS room_name, b.label AS bed_label,
      g.name AS group_name, s.admitted_on, s.discharged_on, a.reason AS absence_reason
    FROM (SELECT c.id, count(*) OVER () AS matches FROM clients AS c LEFT JOIN stays AS s ON s.id = c.last_stay_id
          ${listWhere(q, params)} ${order} LIMIT ${countText(q.limit)} OFFSET ${countText(q.offset)}) AS page
    JOIN clients AS c ON c.id = page.id
    LEFT JOIN stays AS s ON s.id = c.last_stay_id
    LEFT JOIN rooms AS r ON r.id = c.current_room_id
    LEFT JOIN beds AS b ON b.id = c.current_bed_id
    LEFT JOIN care_groups AS g ON g.id = c.current_group_id
    LEFT JOIN absences AS a ON a.client_id = c.id AND a.to_date IS NULL
    ${order}`;
  return { text, params };
}

export async function listClients(db: Db, q: ListQuery): Promise<{ total: number; rows: ClientListRow[] }> {
  const page = listPageStatement(q);
  const rows = await runStatement<ClientListRow & { matches: number }>(db, page.text, page.params);
  // An empty page past the first says nothing of the total: count it.
  let total = rows[0]?.matches ?? 0;
  if (!rows.length && q.offset > 0) {
    const params: unknown[] = [];
    const where = listWhere(q, params);
    total = Number((await runStatement<{ n: number }>(db, `SELECT count(*) AS n FROM clients AS c ${where}`, params))[0]?.n ?? 0);
  }
  // The rows keep their `matches` column: the callers map the columns they show.
  return { total, rows };
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
