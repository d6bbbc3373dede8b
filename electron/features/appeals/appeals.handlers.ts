import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { getFacility } from '../../../db/repositories/facility';
import { findUserById } from '../../../db/repositories/users';
import { findClient } from '../../../db/repositories/clients';
import {
  activeSocialWorkers,
  findAppeal,
  insertAppeal,
  insertAppeals,
  listAppeals,
  takenCodes,
  updateAppeal,
} from '../../../db/repositories/appeals';
import { APPEAL_CSV_COLUMNS, APPEALS_KINDS, type AppealCreateInput } from '../../contract/appeals.contract';
import type { Facility } from '../../contract/setup.contract';
import { tashkentParts } from '../../contract/format';
import { handlersFor, iso, type AuthedContext } from '../context';
import { AppError, conflict, invalid, notFound } from '../errors';
import { toFacility } from '../setup/setup.handlers';
import { translator } from '../../i18n/index';
import { toDocumentFile } from '../documents/pdf';
import { appealRuleErrors, type AppealValues } from './rules';
import { auditableChanges, canSeeName, columnsOf, toAppeal, valuesOf } from './appeals.mapper';
import { allocateCodes, reserveGivenCodes } from './codes';
import { parseAppealsCsv } from './import-csv';
import { toAgencyJson, traffickingStats, womenStats } from './stats';
import { traffickingStatsPdf, womenStatsPdf } from './stats-pdf';

async function facilityOf(db: Kysely<Database>): Promise<Facility> {
  const row = await getFacility(db);
  if (!row) throw new AppError('not_initialized');
  return toFacility(row);
}

/** Only a women's center and a trafficking shelter keep the register. */
async function appealsFacility(db: Kysely<Database>): Promise<Facility & { kind: (typeof APPEALS_KINDS)[number] }> {
  const f = await facilityOf(db);
  if (!(APPEALS_KINDS as readonly string[]).includes(f.kind)) throw conflict('appealsNotHere');
  return f as Facility & { kind: (typeof APPEALS_KINDS)[number] };
}

const unique = <T>(xs: readonly T[]) => [...new Set(xs)];

/** The fast-entry defaults: now in Tashkent, a hotline call, nothing else assumed. */
function withDefaults(input: AppealCreateInput, now: Date): AppealValues {
  const local = tashkentParts(now);
  return {
    appealDate: input.appealDate ?? local.date,
    appealTime: input.appealTime !== undefined ? input.appealTime : input.appealDate ? null : local.time,
    channel: input.channel ?? 'hotline',
    referredBy: input.referredBy ?? null,
    referrerNote: input.referrerNote ?? null,
    applicant: input.applicant,
    age: input.age ?? null,
    regionSoato: input.regionSoato,
    violenceType: input.violenceType ?? null,
    violenceExtra: unique(input.violenceExtra ?? []),
    place: input.place ?? null,
    relationship: input.relationship ?? null,
    suicideRisk: input.suicideRisk ?? false,
    help: unique(input.help ?? []),
    outcome: input.outcome ?? null,
    clientId: input.clientId ?? null,
    name: input.name ?? null,
    assignedUserId: input.assignedUserId ?? null,
    exploitationType: input.exploitationType ?? null,
    country: input.country ?? null,
    notes: input.notes ?? null,
  };
}

async function checkAssignee(db: Kysely<Database>, userId: number | null): Promise<void> {
  if (userId === null) return;
  const u = await findUserById(db, userId);
  if (!u || u.active !== 1 || u.role !== 'social_worker') throw invalid({ assignedUserId: 'v.appeals.assignee' });
}

/** The client an appeal links to must be in this facility's register (one store = one facility). */
async function checkClient(db: Kysely<Database>, clientId: number | null): Promise<void> {
  if (clientId !== null && !(await findClient(db, clientId))) throw invalid({ clientId: 'v.appeals.clientUnknown' });
}

function checkPeriod(p: { from: string; to: string }): void {
  if (p.from > p.to) throw invalid({ to: 'v.appeals.periodOrder' });
}

export const appealsHandlers = handlersFor({
  'appeals.create': async (ctx, input) => {
    const facility = await appealsFacility(ctx.db);
    const values = withDefaults(input, ctx.now());
    const errors = appealRuleErrors(facility.kind, values, tashkentParts(ctx.now()).date, { requireReferrer: true });
    if (Object.keys(errors).length) throw invalid(errors);
    await checkAssignee(ctx.db, values.assignedUserId);
    await checkClient(ctx.db, values.clientId);
    const [code] = await allocateCodes(ctx.db, Number(values.appealDate.slice(0, 4)), 1);
    const now = iso(ctx.now());
    const columns = columnsOf(values);
    const id = await insertAppeal(ctx.db, {
      ...columns,
      code: code!,
      source: 'entry',
      created_by: ctx.user.id,
      created_at: now,
      updated_at: now,
    });
    await ctx.audit({ action: 'appeals.create', objectType: 'appeal', objectId: code!, changes: auditableChanges(null, columns) });
    return toAppeal((await findAppeal(ctx.db, id))!, ctx.user);
  },

  'appeals.update': async (ctx, input) => {
    const facility = await appealsFacility(ctx.db);
    const row = await findAppeal(ctx.db, input.id);
    if (!row) throw notFound();
    // Writing a name one cannot read, or giving oneself access to it, is not a correction.
    if (input.name !== undefined && !canSeeName(ctx.user, row)) throw new AppError('forbidden');
    if (input.assignedUserId !== undefined && input.assignedUserId !== row.assigned_user_id && ctx.user.role !== 'manager')
      throw new AppError('forbidden');
    const { id: _id, ...changes } = input;
    const before = valuesOf(row);
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<AppealValues>;
    const after: AppealValues = { ...before, ...defined };
    after.help = unique(after.help);
    after.violenceExtra = unique(after.violenceExtra);
    const errors = appealRuleErrors(facility.kind, after, tashkentParts(ctx.now()).date, { requireReferrer: false });
    if (Object.keys(errors).length) throw invalid(errors);
    if (after.assignedUserId !== before.assignedUserId) await checkAssignee(ctx.db, after.assignedUserId);
    if (after.clientId !== before.clientId) await checkClient(ctx.db, after.clientId);
    const diff = auditableChanges(columnsOf(before), columnsOf(after));
    if (Object.keys(diff).length) {
      await updateAppeal(ctx.db, row.id, { ...columnsOf(after), updated_at: iso(ctx.now()) });
      await ctx.audit({ action: 'appeals.update', objectType: 'appeal', objectId: row.code, changes: diff });
    }
    return toAppeal((await findAppeal(ctx.db, row.id))!, ctx.user);
  },

  'appeals.get': async (ctx, input) => {
    const row = await findAppeal(ctx.db, input.id);
    if (!row) throw notFound();
    await ctx.audit({ action: 'appeals.view', objectType: 'appeal', objectId: row.code });
    return toAppeal(row, ctx.user);
  },

  'appeals.list': async (ctx, input) => {
    const { page, pageSize, code, ...filter } = input;
    const r = await listAppeals(ctx.db, { ...filter, codePrefix: code || undefined }, { offset: (page - 1) * pageSize, limit: pageSize });
    return { total: r.total, page, pageSize, items: r.rows.map((row) => toAppeal(row, ctx.user)) };
  },

  'appeals.assignees': async (ctx) => (await activeSocialWorkers(ctx.db)).map((u) => ({ id: u.id, fullName: u.full_name })),

  'appeals.stats': async (ctx, input) => {
    checkPeriod(input);
    return womenStats(ctx.db, input.from, input.to);
  },

  'appeals.agencyStats': async (ctx, input) => {
    checkPeriod(input);
    return toAgencyJson(await womenStats(ctx.db, input.from, input.to));
  },

  'appeals.traffickingStats': async (ctx, input) => {
    checkPeriod(input);
    return traffickingStats(ctx.db, input.from, input.to);
  },

  'appeals.statsPdf': async (ctx, input) => {
    checkPeriod(input);
    const facility = await appealsFacility(ctx.db);
    const options = {
      lang: input.lang ?? ctx.user.lang,
      facility,
      generatedAt: ctx.now(),
      maskSmallCounts: input.maskSmallCounts,
      preparedBy: ctx.user.fullName,
    };
    const pdf =
      facility.kind === 'women_center'
        ? await womenStatsPdf(await womenStats(ctx.db, input.from, input.to), options)
        : await traffickingStatsPdf(await traffickingStats(ctx.db, input.from, input.to), options);
    await ctx.audit({
      action: 'appeals.statsPdf',
      objectType: 'report',
      objectId: `appeals:${input.from}:${input.to}`,
      changes: { lang: [null, options.lang], maskSmallCounts: [null, input.maskSmallCounts] },
    });
    return toDocumentFile(`appeals-statistics_${input.from}_${input.to}_${options.lang}.pdf`, pdf);
  },

  'appeals.import': async (ctx, input) => importAppeals(ctx, input.csv, input.dryRun),
});

async function importAppeals(ctx: AuthedContext, csv: string, dryRun: boolean) {
  const facility = await appealsFacility(ctx.db);
  const t = translator(ctx.user.lang);
  const { records, rows, codes: given, errors } = parseAppealsCsv(csv, facility.kind, tashkentParts(ctx.now()).date, t);
  const taken = await takenCodes(
    ctx.db,
    given.map((g) => g.code),
  );
  for (const g of given) if (taken.has(g.code)) errors.push({ line: g.line, column: 'code', reason: t('v.appeals.codeTaken') });
  // By line, and within a line in the order of the columns.
  const order = (c: string | null) => (c === null ? -1 : (APPEAL_CSV_COLUMNS as readonly string[]).indexOf(c));
  errors.sort((a, b) => a.line - b.line || order(a.column) - order(b.column));
  const result = { rows: records, dryRun, errors, imported: 0, firstCode: null as string | null, lastCode: null as string | null };
  if (errors.length || dryRun) return result;

  // Codes for rows without one, per year of the appeal, in the order of the file.
  await reserveGivenCodes(
    ctx.db,
    given.map((g) => g.code),
  );
  const needByYear = new Map<number, number>();
  for (const r of rows)
    if (r.code === null)
      needByYear.set(Number(r.values.appealDate.slice(0, 4)), (needByYear.get(Number(r.values.appealDate.slice(0, 4))) ?? 0) + 1);
  const pools = new Map<number, string[]>();
  for (const [year, n] of [...needByYear].sort((a, b) => a[0] - b[0])) pools.set(year, await allocateCodes(ctx.db, year, n));

  const now = iso(ctx.now());
  const codes = rows.map((r) => r.code ?? pools.get(Number(r.values.appealDate.slice(0, 4)))!.shift()!);
  await insertAppeals(
    ctx.db,
    rows.map((r, i) => ({
      ...columnsOf(r.values),
      code: codes[i]!,
      source: 'import',
      created_by: ctx.user.id,
      created_at: now,
      updated_at: now,
    })),
  );
  await ctx.audit({
    action: 'appeals.import',
    objectType: 'appeal',
    objectId: `${codes[0]}…${codes[codes.length - 1]}`,
    changes: { rows: [null, rows.length] },
  });
  return { ...result, imported: rows.length, firstCode: codes[0] ?? null, lastCode: codes[codes.length - 1] ?? null };
}
