import { z } from 'zod';

/** A generated file (PDF, CSV …) as the API returns it: JSON-safe base64 bytes with a name. */
export const documentFile = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  base64: z.string(),
});
export type DocumentFile = z.infer<typeof documentFile>;
