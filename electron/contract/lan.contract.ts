import { z } from 'zod';
import { method, empty } from './core';

export const lanContract = {
  'lan.enable': method({
    input: empty,
    output: z.object({ fingerprint: z.string(), createdAt: z.string(), validUntil: z.string() }),
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Allows browser access from the office network over HTTPS: makes (once) the facility’s certificate and returns its fingerprint.',
  }),
};
