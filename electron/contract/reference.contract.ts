import { z } from 'zod';
import { method, empty } from './core';

const names = { uz: z.string(), uzCyrl: z.string(), ru: z.string(), en: z.string() };
export const regionSchema = z.object({ soato: z.string(), ...names });
export const districtSchema = z.object({
  soato: z.string(),
  region: z.string(),
  kind: z.enum(['city', 'district']),
  regionalCentre: z.boolean(),
  ...names,
});
export type Region = z.infer<typeof regionSchema>;
export type District = z.infer<typeof districtSchema>;

export const referenceContract = {
  'reference.places': method({
    input: empty,
    output: z.object({ regions: z.array(regionSchema), districts: z.array(districtSchema) }),
    roles: 'public',
    kind: 'query',
    doc: 'Regions and districts of Uzbekistan with SOATO codes, for address pickers.',
  }),
};
