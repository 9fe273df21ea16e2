import { type MemberCategory, memberCategories } from "../../domain/member-categories";

/**
 * The symmetric actor matrix of the `actors` factor, kept as data: the pairs listed here score 1
 * (a company with a research or education actor; an SME with a large company), every other pair,
 * including two actors of one category, scores `otherwise`.
 */
export const actorComplementarity = {
  complementary: [
    ["sme", "rd"],
    ["sme", "university"],
    ["sme", "training"],
    ["large", "rd"],
    ["large", "university"],
    ["large", "training"],
    ["sme", "large"],
  ],
  otherwise: 0.5,
} as const satisfies { complementary: readonly (readonly [MemberCategory, MemberCategory])[]; otherwise: number };

const matrix = Object.fromEntries(
  memberCategories.map((category) => [
    category,
    Object.fromEntries(memberCategories.map((other) => [other, actorComplementarity.otherwise])),
  ]),
) as Record<MemberCategory, Record<MemberCategory, number>>;
for (const [a, b] of actorComplementarity.complementary) {
  matrix[a][b] = 1;
  matrix[b][a] = 1;
}

/** The `actors` factor for the two organisations' member categories. */
export function actorsFactor(a: MemberCategory, b: MemberCategory): number {
  return matrix[a][b];
}
