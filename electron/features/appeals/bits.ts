// Sets of codes stored as bit masks. The bit of each code is fixed forever (the migration repeats
// them): never reorder, only append.
import { HELP_KINDS, VIOLENCE_TYPES, type HelpKind, type ViolenceType } from '../../contract/appeals.codes';

export const HELP_BITS: Record<HelpKind, number> = {
  medical: 1,
  psychological: 2,
  social: 4,
  pedagogical: 8,
  legal: 16,
  consultation: 32,
  shelter: 64,
  referral: 128,
};

export const VIOLENCE_BITS: Record<ViolenceType, number> = { physical: 1, sexual: 2, psychological: 4, economic: 8, other: 16 };

function toMask<T extends string>(values: readonly T[], bits: Record<T, number>): number {
  return values.reduce((mask, v) => mask | bits[v], 0);
}

function fromMask<T extends string>(mask: number, order: readonly T[], bits: Record<T, number>): T[] {
  return order.filter((v) => (mask & bits[v]) !== 0);
}

export const helpMask = (help: readonly HelpKind[]) => toMask(help, HELP_BITS);
export const helpFromMask = (mask: number) => fromMask(mask, HELP_KINDS, HELP_BITS);
export const violenceMask = (types: readonly ViolenceType[]) => toMask(types, VIOLENCE_BITS);
export const violenceFromMask = (mask: number) => fromMask(mask, VIOLENCE_TYPES, VIOLENCE_BITS);
