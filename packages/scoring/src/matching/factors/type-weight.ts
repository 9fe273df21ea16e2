import { type ProfileType } from "../../domain/cooperation";

/**
 * Complementary profile types and their weight (DOMAIN.md §5.2), as data: BO↔BR, TO↔TR, RD↔RD at 1,
 * TO↔RD and TR↔RD at half weight; any pair not listed is not complementary.
 */
export const complementaryTypes: readonly (readonly [ProfileType, ProfileType, number])[] = [
  ["BO", "BR", 1],
  ["TO", "TR", 1],
  ["RD", "RD", 1],
  ["TO", "RD", 0.5],
  ["TR", "RD", 0.5],
];

const weights = new Map(complementaryTypes.flatMap(([a, b, weight]) => [[`${a}|${b}`, weight] as const, [`${b}|${a}`, weight] as const]));

/** The type weight of a pair; 0 means the types do not match at all. */
export function typeWeight(a: ProfileType, b: ProfileType): number {
  return weights.get(`${a}|${b}`) ?? 0;
}
