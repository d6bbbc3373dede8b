import { parseDate } from '../../../contract/format';
import { IMPORT_COLUMNS, IMPORT_EXTRA_COLUMNS, EXPORT_ONLY_COLUMNS } from '../../../contract/clients.codes';
import type { FacilityKind } from '../../../contract/setup.contract';
import { codeFitsFacility, parseClientCode } from '../codes';
import { sortName } from '../search-terms';
import type { Table } from './read-table';

/** What the register already holds, as the checks need it. */
export interface ImportWorld {
  kind: FacilityKind;
  today: string;
  capacity: number;
  activeStays: number;
  /** By lower-case name. */
  rooms: Map<string, { id: number; active: boolean }>;
  /** By `${roomId}|${lower-case label}`. */
  beds: Map<string, { id: number; active: boolean }>;
  occupiedBeds: Set<number>;
  groups: Map<string, { id: number; places: number; active: boolean }>;
  groupMembers: Map<number, number>;
  byCode: Map<string, number>;
  byPinfl: Map<string, number>;
  /** By `${sortName}|${birthDate}`: rows without code or PINFL are recognised by name and birth date. */
  byPerson: Map<string, number>;
  codeById: Map<number, string>;
}

export interface ImportRecord {
  line: number;
  code: string | null;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
  sex: 'F' | 'M';
  pinfl: string | null;
  admittedOn: string | null;
  roomId: number | null;
  bedId: number | null;
  groupId: number | null;
  place: string | null;
  poorFrom: string | null;
  poorTo: string | null;
}

export interface RowError {
  line: number;
  column: string;
  key: string;
}

export interface CheckResult {
  records: ImportRecord[];
  /** Rows already in the register, with the code they have there. */
  duplicates: { line: number; code: string; matchedBy: 'code' | 'pinfl' | 'person' }[];
  errors: RowError[];
  /** Every row in file order with what will happen to it. */
  outcome: {
    line: number;
    action: 'create' | 'duplicate' | 'error';
    record: Partial<ImportRecord>;
  }[];
}

const NAME_MAX = 80;

/** Checks every row against the columns' rules and the register; nothing is written here. */
export function checkRows(table: Table, world: ImportWorld): CheckResult {
  const errors: RowError[] = [];
  // The export's own columns (status, discharged_on) are read back without complaint and ignored.
  const known = new Set<string>([...IMPORT_COLUMNS, ...(world.kind === 'day_care' ? IMPORT_EXTRA_COLUMNS : []), ...EXPORT_ONLY_COLUMNS]);
  table.header.forEach((h) => {
    if (!known.has(h)) errors.push({ line: 1, column: h || '?', key: 'import.unknownColumn' });
  });
  for (const c of IMPORT_COLUMNS) if (!table.header.includes(c)) errors.push({ line: 1, column: c, key: 'import.missingColumn' });
  const dupHeader = table.header.filter((h, i) => table.header.indexOf(h) !== i);
  for (const h of new Set(dupHeader)) errors.push({ line: 1, column: h, key: 'import.columnTwice' });
  if (errors.length) return { records: [], duplicates: [], errors, outcome: [] };

  const col = (cells: string[], name: string) => {
    const i = table.header.indexOf(name);
    return i < 0 ? '' : (cells[i] ?? '').trim();
  };
  const records: ImportRecord[] = [];
  const duplicates: CheckResult['duplicates'] = [];
  const outcome: CheckResult['outcome'] = [];
  const codesInFile = new Map<string, number>();
  const pinflsInFile = new Map<string, number>();
  const personsInFile = new Map<string, number>();
  const bedsInFile = new Map<number, number>();
  let admitted = world.activeStays;
  const groupCount = new Map(world.groupMembers);
  const residential = world.kind !== 'day_care';

  for (const { line, cells } of table.rows) {
    const before = errors.length;
    const err = (column: string, key: string) => errors.push({ line, column, key });
    const date = (column: string): string | null => {
      const raw = col(cells, column);
      if (!raw) return null;
      const d = parseDate(raw);
      if (!d) err(column, 'v.date');
      else if (d > world.today) err(column, 'v.futureDate');
      return d;
    };

    const code: string | null = col(cells, 'client_code').toUpperCase() || null;
    if (code && !parseClientCode(code)) err('client_code', 'v.clientCode');
    else if (code && !codeFitsFacility(code, world.kind)) err('client_code', 'import.codeKind');
    const lastName = col(cells, 'last_name');
    const firstName = col(cells, 'first_name');
    const middleName = col(cells, 'middle_name') || null;
    if (!lastName) err('last_name', 'v.required');
    else if (lastName.length > NAME_MAX) err('last_name', 'v.tooLong');
    if (!firstName) err('first_name', 'v.required');
    else if (firstName.length > NAME_MAX) err('first_name', 'v.tooLong');
    if (middleName && middleName.length > NAME_MAX) err('middle_name', 'v.tooLong');
    const birthDate = date('birth_date');
    const sexRaw = col(cells, 'sex').toUpperCase();
    const sex = sexRaw === 'F' || sexRaw === 'M' ? sexRaw : null;
    if (!sex) err('sex', sexRaw ? 'import.sex' : 'v.required');
    const pinfl = col(cells, 'pinfl').replace(/\s/g, '') || null;
    if (pinfl && !/^\d{14}$/.test(pinfl)) err('pinfl', 'v.pinfl');
    const admittedOn = date('admitted_on');
    if (admittedOn && birthDate && admittedOn < birthDate) err('admitted_on', 'import.beforeBirth');

    // Already in the register? The same file imported twice makes no duplicates.
    // Without a code or PINFL, the name and birth date recognise the person (so they are needed).
    const person = !code && !pinfl && birthDate ? `${sortName(lastName, firstName, middleName)}|${birthDate}` : null;
    if (!code && !pinfl && !col(cells, 'birth_date')) err('birth_date', 'import.identifyRow');
    const byCode = code ? world.byCode.get(code) : undefined;
    const byPinfl = pinfl ? world.byPinfl.get(pinfl) : undefined;
    const byPerson = person ? world.byPerson.get(person) : undefined;
    if (byCode !== undefined && byPinfl !== undefined && byCode !== byPinfl) err('pinfl', 'import.matchConflict');
    if (code && codesInFile.has(code)) err('client_code', 'import.codeTwice');
    if (pinfl && pinflsInFile.has(pinfl)) err('pinfl', 'import.pinflTwice');
    if (person && personsInFile.has(person)) err('last_name', 'import.personTwice');
    if (code) codesInFile.set(code, line);
    if (pinfl) pinflsInFile.set(pinfl, line);
    if (person) personsInFile.set(person, line);
    const existing = byCode ?? byPinfl ?? byPerson;

    // Where the client is placed.
    const roomName = col(cells, 'room');
    const bedLabel = col(cells, 'bed');
    const groupName = col(cells, 'group');
    let roomId: number | null = null;
    let bedId: number | null = null;
    let groupId: number | null = null;
    if ((roomName || bedLabel || groupName) && !admittedOn)
      err(roomName ? 'room' : bedLabel ? 'bed' : 'group', 'import.placeWithoutAdmission');
    if (!residential && (roomName || bedLabel)) err(roomName ? 'room' : 'bed', 'import.roomInDayCare');
    else if (roomName) {
      const room = world.rooms.get(roomName.toLowerCase());
      if (!room || !room.active) err('room', 'import.roomUnknown');
      else if (!bedLabel) err('bed', 'import.bedRequired');
      else {
        const bed = world.beds.get(`${room.id}|${bedLabel.toLowerCase()}`);
        if (!bed || !bed.active) err('bed', 'import.bedUnknown');
        // A row already in the register is skipped: its own bed is no conflict.
        else if (existing === undefined && world.occupiedBeds.has(bed.id)) err('bed', 'import.bedTaken');
        else if (bedsInFile.has(bed.id)) err('bed', 'import.bedTwice');
        else {
          roomId = room.id;
          bedId = bed.id;
        }
      }
    } else if (bedLabel) err('room', 'import.bedWithoutRoom');
    if (groupName) {
      const group = world.groups.get(groupName.toLowerCase());
      if (!group || !group.active) err('group', 'import.groupUnknown');
      else groupId = group.id;
    }

    let poorFrom: string | null = null;
    let poorTo: string | null = null;
    if (world.kind === 'day_care') {
      poorFrom = date('poor_family_from');
      poorTo = date('poor_family_to');
      if (poorTo && !poorFrom && col(cells, 'poor_family_to')) err('poor_family_from', 'v.required');
      if (poorFrom && poorTo && poorTo < poorFrom) err('poor_family_to', 'v.dateOrder');
    }

    const record: ImportRecord = {
      line,
      code,
      lastName,
      firstName,
      middleName,
      birthDate,
      sex: sex ?? 'F',
      pinfl,
      admittedOn,
      roomId,
      bedId,
      groupId,
      place: [roomName, bedLabel, groupName].filter(Boolean).join(' / ') || null,
      poorFrom,
      poorTo,
    };
    if (errors.length > before) {
      outcome.push({ line, action: 'error', record });
      continue;
    }
    if (existing !== undefined) {
      duplicates.push({
        line,
        code: world.codeById.get(existing) ?? code ?? '',
        matchedBy: byCode !== undefined ? 'code' : byPinfl !== undefined ? 'pinfl' : 'person',
      });
      outcome.push({ line, action: 'duplicate', record });
      continue;
    }
    // Capacity is counted over the rows that would be admitted, in file order.
    if (admittedOn) {
      if (admitted + 1 > world.capacity) {
        err('admitted_on', 'import.overCapacity');
        outcome.push({ line, action: 'error', record });
        continue;
      }
      if (groupId) {
        const group = [...world.groups.values()].find((g) => g.id === groupId)!;
        const n = groupCount.get(groupId) ?? 0;
        if (n + 1 > group.places) {
          err('group', 'import.groupFull');
          outcome.push({ line, action: 'error', record });
          continue;
        }
        groupCount.set(groupId, n + 1);
      }
      admitted++;
    }
    if (bedId) bedsInFile.set(bedId, line);
    records.push(record);
    outcome.push({ line, action: 'create', record });
  }
  return { records, duplicates, errors, outcome };
}
