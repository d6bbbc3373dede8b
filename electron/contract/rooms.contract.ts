import { z } from 'zod';
import { method, id, isoDate, requiredText, optionalText, empty, ALL_ROLES } from './core';
import { ROOM_KINDS } from './clients.schemas';
import { bedBoard } from './stays.contract';

const floor = z.number({ message: 'v.number' }).int('v.integer').min(-3, 'v.floor').max(50, 'v.floor').nullable().optional();
const places = z.number({ message: 'v.number' }).int('v.integer').min(1, 'v.places').max(200, 'v.places');
const bedLabel = requiredText(20);

export const roomOut = z.object({
  id,
  name: z.string(),
  floor: z.number().int().nullable(),
  kind: z.enum(ROOM_KINDS),
  active: z.boolean(),
  note: z.string().nullable(),
  beds: z.array(z.object({ id, label: z.string(), active: z.boolean() })),
  staffIds: z.array(id),
});
export type RoomOut = z.infer<typeof roomOut>;

export const groupOut = z.object({
  id,
  name: z.string(),
  places: z.number().int(),
  active: z.boolean(),
  note: z.string().nullable(),
  enrolled: z.number().int(),
  staffIds: z.array(id),
});
export type GroupOut = z.infer<typeof groupOut>;

export const roomsContract = {
  'rooms.list': method({
    input: empty,
    output: z.array(roomOut),
    roles: ALL_ROLES,
    kind: 'query',
    doc: 'Rooms with their beds, in floor and name order.',
  }),
  'rooms.create': method({
    input: z.object({
      name: requiredText(60),
      floor,
      kind: z.enum(ROOM_KINDS),
      note: optionalText(300),
      /** Labels of the beds to create, e.g. ["1", "2"]. */
      beds: z.array(bedLabel).max(30, 'v.tooMany').default([]),
    }),
    output: roomOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Adds a room with its beds.',
  }),
  'rooms.update': method({
    input: z.object({
      id,
      name: requiredText(60),
      floor,
      kind: z.enum(ROOM_KINDS),
      note: optionalText(300),
      active: z.boolean(),
    }),
    output: roomOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Renames or changes a room; a room with residents cannot be closed.',
  }),
  'rooms.addBed': method({
    input: z.object({ roomId: id, label: bedLabel }),
    output: roomOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Adds a bed to a room.',
  }),
  'rooms.updateBed': method({
    input: z.object({ bedId: id, label: bedLabel, active: z.boolean() }),
    output: roomOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Renames a bed or takes it out of use (only when nobody is in it).',
  }),
  'rooms.setStaff': method({
    input: z.object({ roomId: id, userIds: z.array(id).max(50, 'v.tooMany') }),
    output: roomOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'The caregivers of a room: a caregiver with rooms or groups sees only their residents.',
  }),
  'groups.list': method({
    input: empty,
    output: z.array(groupOut),
    roles: ALL_ROLES,
    kind: 'query',
    doc: 'Day-care groups with places and how many are enrolled.',
  }),
  'groups.create': method({
    input: z.object({
      name: requiredText(60),
      places,
      note: optionalText(300),
    }),
    output: groupOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Adds a group.',
  }),
  'groups.update': method({
    input: z.object({
      id,
      name: requiredText(60),
      places,
      note: optionalText(300),
      active: z.boolean(),
    }),
    output: groupOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Changes a group; a group with members cannot be closed.',
  }),
  'groups.setStaff': method({
    input: z.object({ groupId: id, userIds: z.array(id).max(50, 'v.tooMany') }),
    output: groupOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'The caregivers of a group: a caregiver with rooms or groups sees only their children.',
  }),
  'beds.board': method({
    input: z.object({ date: isoDate.optional() }),
    output: bedBoard,
    roles: ALL_ROLES,
    kind: 'query',
    doc: 'Who is in each bed and group on a date (today by default): free, held and occupied at a glance.',
  }),
};
