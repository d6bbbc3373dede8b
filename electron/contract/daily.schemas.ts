import { z } from 'zod';
import { MEALS } from './daily.lists';

export * from './daily.lists';

export const absenceReasonCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9_]{1,29}$/, 'v.daily.reasonCode');

export const careDetails = z
  .object({
    meal: z.enum(MEALS).optional(),
    /** °C */
    temperature: z.number().min(30, 'v.daily.temperature').max(43, 'v.daily.temperature').optional(),
    /** kg */
    weight: z.number().min(0.5, 'v.daily.weight').max(250, 'v.daily.weight').optional(),
    /** 0–10 */
    pain: z.number().int().min(0, 'v.daily.pain').max(10, 'v.daily.pain').optional(),
    /** minutes, e.g. of a seizure */
    durationMinutes: z.number().int().min(0, 'v.daily.duration').max(600, 'v.daily.duration').optional(),
  })
  .strict();
export type CareDetails = z.infer<typeof careDetails>;
