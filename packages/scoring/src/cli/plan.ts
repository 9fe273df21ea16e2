import { findPlanIssue, loadMipSolver, type MipSolver, planInputSchema, planServices } from "../needs/planner";
import { fastParsePlanInput } from "../needs/planner/plan-input-fast";
import { defineCommand, InvalidInputError } from "./command";

let solver: MipSolver | null = null;

/** `plan`: which candidate services to fund within a budget (SCORING-CLI.md, DOMAIN.md §3). */
export const planCommand = defineCommand({
  schema: planInputSchema,
  fastParse: fastParsePlanInput,
  prepare: async () => {
    solver = await loadMipSolver();
  },
  run: (input) => {
    const issue = findPlanIssue(input);
    if (issue) throw new InvalidInputError(issue.path, issue.message);
    if (!solver) throw new Error("the plan command's solver was not loaded (call prepare first)");
    return planServices(input, solver);
  },
});
