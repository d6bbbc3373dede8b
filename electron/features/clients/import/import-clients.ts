import { stringify } from 'csv-stringify/sync';
import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema';
import {
  allCodesAndPinfls,
  insertClient,
  updateClient,
  insertSearchTerms,
  nextCodeSeq,
  replacePoorFamilyPeriods,
} from '../../../../db/repositories/clients';
import { listRooms, listBeds, listGroups, groupEnrolment } from '../../../../db/repositories/rooms';
import { countActiveStays, insertStay, insertPlacement, occupiedBedIds } from '../../../../db/repositories/stays';
import { getFacility } from '../../../../db/repositories/facility';
import type { ImportResult, ParsedInput, FacilityKind } from '../../../contract/index';
import { tashkentToday } from '../../../contract/format';
import { translator } from '../../../i18n/index';
import { iso, type AuthedContext } from '../../context';
import { AppError, invalid } from '../../errors';
import { formatClientCode, parseClientCode } from '../codes';
import { searchTermsFor, sortName } from '../search-terms';
import { readTable, TableError } from './read-table';
import { checkRows, type ImportWorld, type ImportRecord } from './check-rows';

const PREVIEW_ROWS = 200;

async function loadWorld(db: Kysely<Database>, today: string): Promise<ImportWorld> {
  const facility = await getFacility(db);
  if (!facility) throw new AppError('not_initialized');
  const [rooms, beds, groups, members, existing, active] = await Promise.all([
    listRooms(db),
    listBeds(db),
    listGroups(db),
    groupEnrolment(db),
    allCodesAndPinfls(db),
    countActiveStays(db),
  ]);
  const occupied = await occupiedBedIds(db);
  const roomActive = new Map(rooms.map((r) => [r.id, r.active === 1]));
  return {
    kind: facility.kind as FacilityKind,
    today,
    capacity: facility.capacity,
    activeStays: active,
    rooms: new Map(rooms.map((r) => [r.name.toLowerCase(), { id: r.id, active: r.active === 1 }])),
    beds: new Map(
      beds.map((b) => [`${b.room_id}|${b.label.toLowerCase()}`, { id: b.id, active: b.active === 1 && !!roomActive.get(b.room_id) }]),
    ),
    occupiedBeds: new Set(occupied),
    groups: new Map(groups.map((g) => [g.name.toLowerCase(), { id: g.id, places: g.places, active: g.active === 1 }])),
    groupMembers: members,
    byCode: new Map(existing.map((c) => [c.code, c.id])),
    byPerson: new Map(existing.filter((c) => c.birth_date).map((c) => [`${c.sort_name}|${c.birth_date}`, c.id])),
    codeById: new Map(existing.map((c) => [c.id, c.code])),
    byPinfl: new Map(existing.filter((c) => c.pinfl).map((c) => [c.pinfl!, c.id])),
  };
}

/** Codes for rows without one: the next free sequence of the year of admission (or of today), without gaps. */
async function assignCodes(db: Kysely<Database>, kind: FacilityKind, records: ImportRecord[], today: string): Promise<string[]> {
  const next = new Map<number, number>();
  for (const r of records) {
    const p = r.code ? parseClientCode(r.code) : null;
    if (p) next.set(p.year, Math.max(next.get(p.year) ?? 0, p.seq + 1));
  }
  const out: string[] = [];
  for (const r of records) {
    if (r.code) {
      out.push(r.code);
      continue;
    }
    const year = Number((r.admittedOn ?? today).slice(0, 4));
    const seq = Math.max(next.get(year) ?? 0, await nextCodeSeq(db, year));
    next.set(year, seq + 1);
    out.push(formatClientCode(kind, year, seq));
  }
  return out;
}

async function writeRecords(ctx: AuthedContext, kind: FacilityKind, records: ImportRecord[], today: string): Promise<void> {
  const codes = await assignCodes(ctx.db, kind, records, today);
  const now = iso(ctx.now());
  const terms: { term: string; kind: string; client_id: number }[] = [];
  for (const [i, r] of records.entries()) {
    const code = codes[i]!;
    const parsed = parseClientCode(code)!;
    const id = await insertClient(ctx.db, {
      code,
      code_year: parsed.year,
      code_seq: parsed.seq,
      last_name: r.lastName,
      first_name: r.firstName,
      middle_name: r.middleName,
      sort_name: sortName(r.lastName, r.firstName, r.middleName),
      birth_date: r.birthDate,
      sex: r.sex,
      pinfl: r.pinfl,
      phones: '[]',
      languages: '[]',
      status: 'new',
      registered_on: r.admittedOn ?? today,
      created_by: ctx.user.id,
      created_at: now,
      updated_at: now,
    });
    for (const t of searchTermsFor({
      code,
      lastName: r.lastName,
      firstName: r.firstName,
      middleName: r.middleName,
      pinfl: r.pinfl,
    }))
      terms.push({ ...t, client_id: id });
    if (r.admittedOn) {
      const stayKind = kind === 'day_care' ? 'day_care' : 'residential';
      // A register from Excel says nothing of weekdays and hours: the standard day-care week is assumed.
      const stayId = await insertStay(ctx.db, {
        client_id: id,
        kind: stayKind,
        status: 'active',
        admitted_on: r.admittedOn,
        referral_source: null,
        weekdays: stayKind === 'day_care' ? '1,2,3,4,5' : null,
        planned_from: stayKind === 'day_care' ? '09:00' : null,
        planned_to: stayKind === 'day_care' ? '18:00' : null,
        created_by: ctx.user.id,
        created_at: now,
      });
      const place = { room_id: r.roomId, bed_id: r.bedId, group_id: r.groupId };
      if (r.roomId || r.groupId)
        await insertPlacement(ctx.db, {
          stay_id: stayId,
          client_id: id,
          ...place,
          from_date: r.admittedOn,
          note: null,
        });
      await updateClient(ctx.db, id, {
        status: 'active',
        last_stay_id: stayId,
        current_room_id: r.roomId,
        current_bed_id: r.bedId,
        current_group_id: r.groupId,
      });
    }
    if (r.poorFrom) await replacePoorFamilyPeriods(ctx.db, id, [{ from_date: r.poorFrom, to_date: r.poorTo }]);
    await ctx.audit({
      action: 'clients.import',
      objectType: 'client',
      objectId: code,
      changes: { code: [null, code], line: [null, r.line] },
    });
  }
  await insertSearchTerms(ctx.db, terms);
}

export async function importClients(ctx: AuthedContext, input: ParsedInput<'clients.import'>): Promise<ImportResult> {
  const t = translator(ctx.lang);
  const today = tashkentToday(ctx.now());
  let table;
  try {
    table = await readTable(input.fileName, Buffer.from(input.contentBase64, 'base64'));
  } catch (e) {
    if (e instanceof TableError) throw invalid({ contentBase64: e.key });
    throw e;
  }
  const world = await loadWorld(ctx.db, today);
  const checked = checkRows(table, world);
  const errors = checked.errors.map((e) => ({
    line: e.line,
    column: e.column,
    reason: t(e.key),
  }));
  const valid = errors.length === 0;
  const created = valid ? checked.records.length : 0;
  if (valid && !input.dryRun && created > 0) await writeRecords(ctx, world.kind, checked.records, today);
  const vars = {
    created: String(checked.records.length),
    duplicates: String(checked.duplicates.length),
    errors: String(errors.length),
  };
  const message = !valid ? t('import.msg.invalid', vars) : input.dryRun ? t('import.msg.preview', vars) : t('import.msg.done', vars);
  return {
    dryRun: input.dryRun,
    rows: table.rows.length,
    valid,
    created: input.dryRun ? 0 : created,
    duplicates: checked.duplicates.map(({ line, code, matchedBy }) => ({
      line,
      code,
      matchedBy,
    })),
    errors,
    errorFileBase64: valid
      ? null
      : Buffer.from(
          `\ufeff${stringify([['line', 'column', 'reason'], ...errors.map((e) => [e.line, e.column, e.reason])])}`,
          'utf8',
        ).toString('base64'),
    preview: checked.outcome.slice(0, PREVIEW_ROWS).map(({ line, action, record: r }) => ({
      line,
      action,
      code: r.code ?? null,
      lastName: r.lastName ?? '',
      firstName: r.firstName ?? '',
      birthDate: r.birthDate ?? null,
      sex: r.sex ?? '',
      admittedOn: r.admittedOn ?? null,
      place: r.place ?? null,
    })),
    message,
  };
}
