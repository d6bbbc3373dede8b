import { z } from 'zod';

/** A generated file (PDF, CSV …) as the API returns it: JSON-safe base64 bytes with a name. */
export const generatedFile = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  base64: z.string(),
});
export type GeneratedFile = z.infer<typeof generatedFile>;
