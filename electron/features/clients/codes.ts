import { CODE_PREFIX } from '../../contract/clients.schemas';
import type { FacilityKind } from '../../contract/setup.contract';

/** `W-2026-0042`: the facility's prefix, the year of registration, the sequence within the year. */
export function formatClientCode(kind: FacilityKind, year: number, seq: number): string {
  return `${CODE_PREFIX[kind]}-${year}-${String(seq).padStart(4, '0')}`;
}

export interface ParsedCode {
  prefix: string;
  year: number;
  seq: number;
}

export function parseClientCode(code: string): ParsedCode | null {
  const m = /^([WTCD])-(\d{4})-(\d{4,6})$/.exec(code.trim().toUpperCase());
  if (!m) return null;
  const seq = Number(m[3]);
  return seq > 0 ? { prefix: m[1]!, year: Number(m[2]), seq } : null;
}

/** A code given in an import must be this facility's kind (a day care cannot hold `W-` codes). */
export function codeFitsFacility(code: string, kind: FacilityKind): ParsedCode | null {
  const parsed = parseClientCode(code);
  return parsed && parsed.prefix === CODE_PREFIX[kind] ? parsed : null;
}
