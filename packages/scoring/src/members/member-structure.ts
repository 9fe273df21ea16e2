import type { MembershipRow } from "./membership-rows";
import { memberGrowthFigure, monthlyMemberCounts } from "./member-growth";
import { type ClusterRegion, withinRadiusFigure } from "./regional-reach";
import { type ProspectRow, regionalPenetrationFigure } from "./regional-penetration";
import {
  committedMembersFigure,
  companyShareFigure,
  memberCategoriesFigure,
  researchEducationShareFigure,
  smeShareFigure,
} from "./structure-indicators";

export interface MemberStructureInput {
  /** `YYYY-MM-DD`: the date the figures are for (the benchmark date, or the date a manager picks). */
  asOf: string;
  memberships: readonly MembershipRow[];
  region: ClusterRegion;
  /** Relevant prospects for S8; without them S8 is members / members. */
  prospects?: readonly ProspectRow[];
}

/** S1–S8 of DOMAIN.md §6.1 on one date, each with its source sentence, and the monthly member counts of S7's span. */
export function memberStructure({ asOf, memberships, region, prospects = [] }: MemberStructureInput) {
  return {
    asOf,
    S1: committedMembersFigure(memberships, asOf),
    S2: memberCategoriesFigure(memberships, asOf),
    S3: companyShareFigure(memberships, asOf),
    S4: smeShareFigure(memberships, asOf),
    S5: researchEducationShareFigure(memberships, asOf),
    S6: withinRadiusFigure(memberships, asOf, region),
    S7: memberGrowthFigure(memberships, asOf),
    S8: regionalPenetrationFigure(memberships, prospects, asOf, region),
    monthly: monthlyMemberCounts(memberships, asOf),
  };
}
export type MemberStructure = ReturnType<typeof memberStructure>;
