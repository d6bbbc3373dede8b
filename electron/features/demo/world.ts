// The simulated facility as the areas share it while time runs: who works there, who lives or comes
// there today, and what happened today. Each field says which area keeps it.
import type { Role } from '../../contract/core';
import type { SessionUser } from '../../contract/auth.contract';
import type { FacilityKind } from '../../contract/setup.contract';
import type { AbsenceReason } from '../../contract/clients.schemas';
import type { DemoDriver } from './driver';
import type { Rng } from './prng';
import type { ScaleSpec } from './spec';
import { tashkentInstant } from './dates';

export interface DemoOptions {
  kind: FacilityKind;
  scale: 'small' | 'large';
  years: number;
  seed: number;
  /** The last simulated day (the training facility's "today"). */
  endDate: string;
}

export interface DemoStaff extends SessionUser {
  password: string;
}

/** A client with an active stay (kept by the clients area). */
export interface Resident {
  clientId: number;
  code: string;
  stayId: number;
  sex: 'F' | 'M';
  birthDate: string;
  admittedOn: string;
  /** The day the simulation will discharge them. */
  leavesOn: string;
  roomId: number | null;
  bedId: number | null;
  groupId: number | null;
  /** Women's center: the mother's client id for an accompanying child. */
  motherId: number | null;
  /** Day care: ISO weekdays and planned hours. */
  weekdays: number[] | null;
  plannedFrom: string | null;
  plannedTo: string | null;
  /** A temporary absence in progress (the bed is held). */
  away: { reason: AbsenceReason; from: string; until: string } | null;
  /** Representatives' names (day care: who brings and collects the child). */
  carers: string[];
  /** The worker assigned to the client (may see the real name). */
  workerId: number | null;
}

/** What happened today, for areas that react (an appeal for each admitted woman, an incident for an absconding). */
export interface DayEvents {
  admitted: Resident[];
  discharged: Array<Resident & { destination: string }>;
  absences: Resident[];
}

export interface World {
  readonly options: DemoOptions;
  readonly spec: ScaleSpec;
  readonly driver: DemoDriver;
  /** First simulated day. */
  readonly start: string;
  /** The facility's region and district (SOATO): most clients live there. */
  readonly homeRegion: string;
  readonly homeDistrict: string;
  /** Write care log, attendance and doses through the fast path (same rows, see bulk.ts) instead of one handler call each. */
  readonly fast: boolean;
  /** Kept by the daily area: day-care children checked in today. */
  attendedToday: Set<number>;
  /** Kept by the billing area: children with an extended-care agreement (up to 12 h a day). */
  extendedCare: Set<number>;
  /** Kept by the staff area. */
  staff: DemoStaff[];
  /** Kept by the rooms area. */
  rooms: Array<{ id: number; name: string; floor: number; kind: string; beds: Array<{ id: number; label: string }> }>;
  groups: Array<{ id: number; name: string; places: number }>;
  /** Kept by the clients area: everyone with an active stay, by client id. */
  residents: Map<number, Resident>;
  /** Reset each simulated day by the engine, filled by the clients area. */
  today: DayEvents;
  /** Rows written per table by bulk writers, and calls made, for the summary. */
  counts: Record<string, number>;
  /** An independent random stream per purpose (stable when another area is added). */
  rng(name: string): Rng;
}

/**
 * An area of the generator: one file in this folder, registered once in areas.ts. Hooks run in
 * registry order inside the engine's transactions, with time moving forward only.
 */
export interface DemoArea {
  name: string;
  /** Facility kinds it applies to; all when left out. */
  kinds?: readonly FacilityKind[];
  /** Once, on the first day (rooms, catalogues, opening balances). */
  begin?(w: World): Promise<void>;
  /** Every simulated day, in order. */
  day?(w: World, date: string): Promise<void>;
  /** After the last day of each full month (claims, closed reports), on the next month's first working day. */
  monthEnd?(w: World, month: string, on: string): Promise<void>;
  /** Once, after the last day. */
  end?(w: World): Promise<void>;
}

export const staffOf = (w: World, role: Role) => w.staff.filter((s) => s.role === role);
export const manager = (w: World) => staffOf(w, 'manager')[0]!;

/** A Tashkent wall-clock moment of a day, as an instant for the handlers' clock. */
export const at = (date: string, hour: number, minute = 0) => tashkentInstant(date, hour * 60 + minute);

export function bump(w: World, key: string, n = 1): void {
  w.counts[key] = (w.counts[key] ?? 0) + n;
}
