export { defaultExactPlanLimits, exactPlan, MAX_SOLVER_UNITS, type ExactOutcome, type ExactPlanLimits } from "./exact-plan";
export { findPlanIssue, type PlanIssue } from "./find-plan-issue";
export { greedyPlan } from "./greedy-plan";
export { highsMipSolver, loadMipSolver, type MipModel, type MipResult, type MipRow, type MipSolver } from "./mip-solver";
export { planInputSchema, type ParsedPlanInput, type PlanInput } from "./plan-input-schema";
export { comparePlans, evaluateSelection, type Selection } from "./plan-order";
export { buildPlanProblem, type NeedGroup, type PlanProblem, type PlanService } from "./plan-problem";
export {
  describeSelection,
  planServices,
  planServicesGreedy,
  searchServicePlan,
  type ServicePlan,
  type ServicePlanSearch,
} from "./plan-services";
