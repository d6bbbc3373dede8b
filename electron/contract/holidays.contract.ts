import { z } from 'zod';
import { method, isoDate, requiredText, ok, ALL_ROLES } from './core';

export const HOLIDAY_YEAR_MIN = 2000;
export const HOLIDAY_YEAR_MAX = 2100;

export const holidayYear = z
  .number({ message: 'v.number' })
  .int('v.integer')
  .min(HOLIDAY_YEAR_MIN, 'v.holidays.year')
  .max(HOLIDAY_YEAR_MAX, 'v.holidays.year');

export const holiday = z.object({ date: z.string(), name: z.string() });
export type Holiday = z.infer<typeof holiday>;

export const holidaysContract = {
  'holidays.list': method({
    input: z.object({ year: holidayYear }).strict(),
    output: z.array(holiday),
    roles: ALL_ROLES,
    kind: 'query',
    doc: 'The public holidays of a year, in date order: days the day-care centre is closed and nobody is due.',
  }),
  'holidays.save': method({
    input: z.object({ date: isoDate, name: requiredText(120) }).strict(),
    output: holiday,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Adds a holiday or renames the one on that date (moving feasts, transfer days). Refused in a month a claim has locked.',
  }),
  'holidays.remove': method({
    input: z.object({ date: isoDate }).strict(),
    output: ok,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Removes a holiday (the day becomes a working day again). Refused in a month a claim has locked.',
  }),
  'holidays.addNational': method({
    input: z.object({ year: holidayYear }).strict(),
    output: z.object({
      added: z.array(holiday),
      /** Dates left out because a claim has locked their month (the figures billed there stay as they are). */
      lockedOut: z.array(holiday),
      holidays: z.array(holiday),
    }),
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Adds Uzbekistan’s fixed-date public holidays of a year that are not there yet (moving feasts are entered by hand).',
  }),
};
