/** The six factors of the match score (DOMAIN.md §5.3), in output order. */
export const factorNames = ["topic", "text", "partnership", "geography", "actors", "reciprocity"] as const;
export type FactorName = (typeof factorNames)[number];
export type FactorValues = Record<FactorName, number>;
export type FactorWeights = Record<FactorName, number>;

/** Default weights; a cluster may configure its own, which must still sum to 1. */
export const defaultFactorWeights: FactorWeights = {
  topic: 0.35,
  text: 0.3,
  partnership: 0.1,
  geography: 0.1,
  actors: 0.05,
  reciprocity: 0.1,
};

/** How far the sum of weights may be from 1 (SCORING-CLI.md `match`). */
export const WEIGHT_SUM_TOLERANCE = 0.001;

export function mergeWeights(given: Partial<FactorWeights> | undefined): FactorWeights {
  const merged = { ...defaultFactorWeights };
  for (const name of factorNames) {
    const value = given?.[name];
    if (value !== undefined) merged[name] = value;
  }
  return merged;
}

export function weightSum(weights: FactorWeights): number {
  return factorNames.reduce((sum, name) => sum + weights[name], 0);
}
