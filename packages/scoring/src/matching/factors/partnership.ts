import { type PartnershipType, partnershipTypes } from "../../domain/cooperation";

/** A set of partnership types as a bit mask (nine types), so Jaccard is two popcounts. */
export function partnershipMask(types: readonly PartnershipType[]): number {
  let mask = 0;
  for (const type of types) mask |= 1 << partnershipTypes.indexOf(type);
  return mask;
}

export function countBits(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count += 1;
  return count;
}

/** The `partnership` factor: Jaccard of the two sets, 0 if either is empty. */
export function partnershipOverlap(a: number, b: number): number {
  if (a === 0 || b === 0) return 0;
  return countBits(a & b) / countBits(a | b);
}
