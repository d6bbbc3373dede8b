import { describe, expect, it } from 'vitest';
import { checkRows, type ImportWorld } from '../../../electron/features/clients/import/check-rows';
import { IMPORT_COLUMNS } from '../../../electron/contract/clients.contract';

const world = (over: Partial<ImportWorld> = {}): ImportWorld => ({
  kind: 'family_home',
  today: '2026-11-22',
  capacity: 3,
  activeStays: 0,
  rooms: new Map([
    ['1', { id: 1, active: true }],
    ['old', { id: 2, active: false }],
  ]),
  beds: new Map([
    ['1|a', { id: 11, active: true }],
    ['1|b', { id: 12, active: true }],
    ['1|c', { id: 13, active: true }],
  ]),
  occupiedBeds: new Set([13]),
  groups: new Map([['kichik', { id: 5, places: 1, active: true }]]),
  groupMembers: new Map(),
  byCode: new Map([['C-2026-0001', 100]]),
  byPinfl: new Map([['51234567890123', 101]]),
  byPerson: new Map([['aliyev vali|2015-01-01', 102]]),
  codeById: new Map([
    [100, 'C-2026-0001'],
    [101, 'C-2026-0002'],
    [102, 'C-2026-0003'],
  ]),
  ...over,
});

const header = [...IMPORT_COLUMNS];
const row = (line: number, v: Partial<Record<(typeof IMPORT_COLUMNS)[number], string>>) => ({
  line,
  cells: header.map((h) => v[h] ?? ''),
});
const ok = { last_name: 'Karimov', first_name: 'Sardor', birth_date: '2015-03-12', sex: 'M' };

describe('import row checks', () => {
  it('accept good rows in both date formats and place them', () => {
    const r = checkRows(
      {
        header,
        rows: [
          row(2, { ...ok, admitted_on: '10.01.2026', room: '1', bed: 'A' }),
          row(3, { ...ok, first_name: 'Ali', birth_date: '01.02.2016' }),
        ],
      },
      world(),
    );
    expect(r.errors).toEqual([]);
    expect(r.records.map((x) => [x.admittedOn, x.bedId, x.birthDate])).toEqual([
      ['2026-01-10', 11, '2015-03-12'],
      [null, null, '2016-02-01'],
    ]);
  });

  it('name every problem of a row by line and column', () => {
    const r = checkRows(
      {
        header,
        rows: [
          row(2, { client_code: 'W-2026-0009', last_name: '', first_name: 'X', birth_date: '31.02.2015', sex: 'Q', pinfl: '123' }),
          row(3, { ...ok, admitted_on: '2027-01-01' }),
          row(4, { ...ok, first_name: 'B', room: 'Nope', bed: '1', admitted_on: '2026-01-01' }),
          row(5, { ...ok, first_name: 'C', room: '1', bed: 'Z', admitted_on: '2026-01-01' }),
          row(6, { ...ok, first_name: 'D', room: '1', bed: 'C', admitted_on: '2026-01-01' }),
          row(7, { ...ok, first_name: 'E', bed: 'A', admitted_on: '2026-01-01' }),
          row(8, { ...ok, first_name: 'F', room: '1' }),
          row(9, { ...ok, first_name: 'G', room: 'old', bed: 'A', admitted_on: '2026-01-01' }),
          row(10, { last_name: 'H', first_name: 'H', sex: 'F' }),
          row(11, { ...ok, first_name: 'I', admitted_on: '2014-01-01' }),
          row(12, { ...ok, first_name: 'J', group: 'katta', admitted_on: '2026-01-01' }),
        ],
      },
      world(),
    );
    expect(r.records).toEqual([]);
    expect(r.errors.map((e) => `${e.line}:${e.column}:${e.key}`)).toEqual([
      '2:client_code:import.codeKind',
      '2:last_name:v.required',
      '2:birth_date:v.date',
      '2:sex:import.sex',
      '2:pinfl:v.pinfl',
      '3:admitted_on:v.futureDate',
      '4:room:import.roomUnknown',
      '5:bed:import.bedUnknown',
      '6:bed:import.bedTaken',
      '7:room:import.bedWithoutRoom',
      '8:room:import.placeWithoutAdmission',
      '8:bed:import.bedRequired',
      '9:room:import.roomUnknown',
      '10:birth_date:import.identifyRow',
      '11:admitted_on:import.beforeBirth',
      '12:group:import.groupUnknown',
    ]);
  });

  it('refuse unknown, missing and repeated columns before any row', () => {
    const r = checkRows({ header: ['last_name', 'first_name', 'colour', 'first_name'], rows: [row(2, ok)] }, world());
    expect(r.errors.filter((e) => e.line === 1).map((e) => `${e.column}:${e.key}`)).toEqual(
      expect.arrayContaining(['colour:import.unknownColumn', 'sex:import.missingColumn', 'first_name:import.columnTwice']),
    );
    expect(r.outcome).toEqual([]);
  });

  it('recognise rows already in the register by code, PINFL, or name and birth date', () => {
    const r = checkRows(
      {
        header,
        rows: [
          row(2, { ...ok, client_code: 'c-2026-0001' }),
          row(3, { ...ok, first_name: 'Other', pinfl: '51234567890123' }),
          row(4, { last_name: 'Aliyev', first_name: 'Vali', birth_date: '01.01.2015', sex: 'M' }),
          row(5, { ...ok, first_name: 'New' }),
        ],
      },
      world(),
    );
    expect(r.errors).toEqual([]);
    expect(r.duplicates).toEqual([
      { line: 2, code: 'C-2026-0001', matchedBy: 'code' },
      { line: 3, code: 'C-2026-0002', matchedBy: 'pinfl' },
      { line: 4, code: 'C-2026-0003', matchedBy: 'person' },
    ]);
    expect(r.records.map((x) => x.line)).toEqual([5]);
  });

  it('refuse the same person, code, PINFL or bed twice in one file, and a code and PINFL of two clients', () => {
    const r = checkRows(
      {
        header,
        rows: [
          row(2, { ...ok, client_code: 'C-2026-0010', pinfl: '31203150000001', room: '1', bed: 'A', admitted_on: '2026-01-01' }),
          row(3, { ...ok, first_name: 'X', client_code: 'C-2026-0010' }),
          row(4, { ...ok, first_name: 'Y', pinfl: '31203150000001' }),
          row(5, { ...ok, first_name: 'Z', room: '1', bed: 'a', admitted_on: '2026-01-01' }),
          row(6, { ...ok, first_name: 'Q' }),
          row(7, { ...ok, first_name: 'Q' }),
          row(8, { ...ok, client_code: 'C-2026-0001', pinfl: '51234567890123' }),
        ],
      },
      world(),
    );
    expect(r.errors.map((e) => `${e.line}:${e.column}:${e.key}`)).toEqual([
      '3:client_code:import.codeTwice',
      '4:pinfl:import.pinflTwice',
      '5:bed:import.bedTwice',
      '7:last_name:import.personTwice',
      '8:pinfl:import.matchConflict',
    ]);
  });

  it('count capacity and group places over the admitted rows', () => {
    const rows = [1, 2, 3, 4].map((i) => row(i + 1, { ...ok, first_name: `N${i}`, admitted_on: '2026-01-01' }));
    const r = checkRows({ header, rows }, world({ activeStays: 1 }));
    expect(r.errors.map((e) => `${e.line}:${e.key}`)).toEqual(['4:import.overCapacity', '5:import.overCapacity']);
    const g = checkRows(
      { header, rows: rows.slice(0, 2).map((x) => ({ ...x, cells: x.cells.map((c, i) => (header[i] === 'group' ? 'Kichik' : c)) })) },
      world(),
    );
    expect(g.errors.map((e) => `${e.line}:${e.column}:${e.key}`)).toEqual(['3:group:import.groupFull']);
  });

  it('take the poor-family period only in day care, and refuse rooms there', () => {
    const dayHeader = [...header, 'poor_family_from', 'poor_family_to'];
    const cells = (v: Record<string, string>) => dayHeader.map((h) => v[h] ?? '');
    const r = checkRows(
      {
        header: dayHeader,
        rows: [
          { line: 2, cells: cells({ ...ok, poor_family_from: '2026-01-01', poor_family_to: '2026-06-30' }) },
          { line: 3, cells: cells({ ...ok, first_name: 'B', poor_family_from: '2026-06-30', poor_family_to: '2026-01-01' }) },
          { line: 4, cells: cells({ ...ok, first_name: 'C', room: '1', bed: 'A', admitted_on: '2026-01-01' }) },
        ],
      },
      world({ kind: 'day_care' }),
    );
    expect(r.errors.map((e) => `${e.line}:${e.column}:${e.key}`)).toEqual(['3:poor_family_to:v.dateOrder', '4:room:import.roomInDayCare']);
    expect(checkRows({ header: dayHeader, rows: [] }, world()).errors.map((e) => e.column)).toEqual(['poor_family_from', 'poor_family_to']);
  });
});
