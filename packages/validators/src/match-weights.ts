import { type FactorWeights, WEIGHT_SUM_TOLERANCE, weightSum } from "@clusterwerk/scoring/matching/weights";
import { z } from "zod";
import { validationMessages as m } from "./messages";

/** The factors a form lists, in the engine's order (the portal reaches the engine's names only through here). */
export { factorNames, type FactorName, type FactorWeights } from "@clusterwerk/scoring/matching/weights";

/** One factor's weight: a number in [0, 1] (DOMAIN.md §5.3, SCORING-CLI.md `match`). */
const weight = z.number(m.weightOutOfRange).min(0, m.weightOutOfRange).max(1, m.weightOutOfRange);

/**
 * A cluster's weights of the six factors, each in [0, 1] and together 1 (± 0.001), as DOMAIN.md §5.3 sets
 * them ("defaults below, sum 1") — taken as given, never rescaled, so what the manager saves is what ranks.
 * A wrong sum shows on the `sum` field beside the inputs.
 */
export const matchWeightsFields = z
  .object({ topic: weight, text: weight, partnership: weight, geography: weight, actors: weight, reciprocity: weight })
  .superRefine((weights, ctx) => {
    if (Math.abs(weightSum(weights) - 1) > WEIGHT_SUM_TOLERANCE)
      ctx.addIssue({ code: "custom", path: ["sum"], message: m.weightsSumNotOne });
  });
export type MatchWeightsFields = z.input<typeof matchWeightsFields>;

/** Whether two sets of weights are the same (saving the defaults stores none: the cluster follows the defaults). */
export function sameWeights(a: FactorWeights, b: FactorWeights): boolean {
  return (Object.keys(a) as (keyof FactorWeights)[]).every((name) => Math.abs(a[name] - b[name]) < 1e-9);
}
