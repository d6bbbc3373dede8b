import { AppError, invalid } from '../errors';
import { handlersFor, publicHandlersFor, iso } from '../context';
import { getFacility, insertFacility, updateFacility, type FacilityValues } from '../../../db/repositories/facility';
import { insertUser } from '../../../db/repositories/users';
import { appendAudit } from '../../../db/repositories/audit';
import type { FacilityRow } from '../../../db/schema';
import type { Facility, FacilityDetails } from '../../contract/setup.contract';
import { hashPassword } from '../auth/passwords';
import { findDistrict } from '../reference/reference';

export function toFacility(f: FacilityRow): Facility {
  return {
    kind: f.kind as Facility['kind'],
    name: f.name,
    regionSoato: f.region_soato,
    districtSoato: f.district_soato,
    address: f.address,
    capacity: f.capacity,
    licenceNo: f.licence_no,
    stir: f.stir,
    phone: f.phone,
    regionalCentre: f.regional_centre === 1,
    training: f.training === 1,
  };
}

/** Checks the district against the region; proposes the regional-centre flag from the district. */
function facilityValues(d: Omit<FacilityDetails, 'kind'>): Omit<FacilityValues, 'kind' | 'training'> {
  const district = findDistrict(d.districtSoato);
  if (!district) throw invalid({ districtSoato: 'v.district' });
  if (district.region !== d.regionSoato) throw invalid({ districtSoato: 'v.districtRegion' });
  return {
    name: d.name,
    region_soato: d.regionSoato,
    district_soato: d.districtSoato,
    address: d.address,
    capacity: d.capacity,
    licence_no: d.licenceNo ?? null,
    stir: d.stir ?? null,
    phone: d.phone ?? null,
    regional_centre: (d.regionalCentre ?? district.regionalCentre) ? 1 : 0,
  };
}

export const setupPublicHandlers = publicHandlersFor({
  'setup.status': async (ctx) => {
    const f = await getFacility(ctx.db);
    return { initialized: !!f, locked: false, facility: f ? { name: f.name, kind: f.kind as Facility['kind'] } : null };
  },
  'setup.init': async (ctx, input) => {
    if (await getFacility(ctx.db)) throw new AppError('already_initialized');
    const now = iso(ctx.now());
    await insertFacility(ctx.db, { kind: input.facility.kind, training: 0, ...facilityValues(input.facility) }, now);
    const userId = await insertUser(ctx.db, {
      username: input.admin.username,
      full_name: input.admin.fullName,
      role: 'manager',
      lang: input.admin.lang,
      password_hash: await hashPassword(input.admin.password),
      locked_until: null,
      created_at: now,
      updated_at: now,
    });
    await ctx.keys.setUserPassword(input.admin.username, input.admin.password);
    ctx.keys.setFacilityDisplay({ name: input.facility.name, kind: input.facility.kind });
    const recoveryKey = ctx.keys.newRecoveryKey(now);
    await appendAudit(ctx.db, {
      at: now,
      userId,
      username: input.admin.username,
      role: 'manager',
      action: 'setup.init',
      objectType: 'facility',
      objectId: '1',
      changes: { encrypted: [null, ctx.keys.enabled] },
      outcome: 'ok',
    });
    return { ok: true as const, recoveryKey };
  },
});

export const facilityHandlers = handlersFor({
  'facility.get': async (ctx) => {
    const f = await getFacility(ctx.db);
    if (!f) throw new AppError('not_initialized');
    return toFacility(f);
  },
  'facility.update': async (ctx, input) => {
    const before = await getFacility(ctx.db);
    if (!before) throw new AppError('not_initialized');
    const values = facilityValues(input);
    await updateFacility(ctx.db, values, iso(ctx.now()));
    const changes: Record<string, [unknown, unknown]> = {};
    for (const [k, v] of Object.entries(values)) {
      const old = before[k as keyof FacilityRow];
      if (old !== v) changes[k] = [old, v];
    }
    await ctx.audit({ action: 'facility.update', objectType: 'facility', objectId: '1', changes });
    ctx.keys.setFacilityDisplay({ name: values.name, kind: before.kind });
    return toFacility((await getFacility(ctx.db))!);
  },
});
