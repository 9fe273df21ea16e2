import { type ProfileType, profileTypes } from "../../domain/cooperation";

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

// A nested lookup table: eligibility checks call this for every profile, so no string building.
const weights = Object.fromEntries(
  profileTypes.map((type) => [type, Object.fromEntries(profileTypes.map((other) => [other, 0]))]),
) as Record<ProfileType, Record<ProfileType, number>>;
for (const [a, b, weight] of complementaryTypes) {
  weights[a][b] = weight;
  weights[b][a] = weight;
}

/** The type weight of a pair; 0 means the types do not match at all. */
export function typeWeight(a: ProfileType, b: ProfileType): number {
  return weights[a][b];
}
