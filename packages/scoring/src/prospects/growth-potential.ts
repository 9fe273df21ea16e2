import type { ProspectStatus } from "../domain/prospect-statuses";
import type { MembershipRow } from "../members/membership-rows";
import { type ProspectRow, regionalPenetrationFigure } from "../members/regional-penetration";
import type { ClusterRegion } from "../members/regional-reach";
import type { ClusterFocus } from "./cluster-focus";
import { type ProspectRelevance, prospectRelevance, type ScoredProspectInput } from "./prospect-relevance";

/** A prospect of the cluster's list with what the ranking needs. */
export interface GrowthProspect extends ScoredProspectInput {
  id: string;
  name: string;
  status: ProspectStatus;
  /** Set once converted: the organisation it became. */
  convertedOrganisationId: string | null;
}

/** A prospect with its relevance; kept apart (not spread into one object) because the list scores 50,000 at a time. */
export interface RankedProspect<P extends GrowthProspect = GrowthProspect> {
  prospect: P;
  relevance: ProspectRelevance;
}

/** Ties of the score go by name in code-point order: four times faster than a collator on 50,000 rows, and the order within a score is only cosmetic. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The "who to approach" list: prospects not yet converted, by relevance score (highest first), then by
 * name; a converted prospect is a member now and counts there.
 */
export function rankProspects<P extends GrowthProspect>(
  prospects: readonly P[],
  focus: ClusterFocus,
  region: ClusterRegion,
): RankedProspect<P>[] {
  const ranked: RankedProspect<P>[] = [];
  for (const prospect of prospects) {
    if (prospect.status === "converted") continue;
    ranked.push({ prospect, relevance: prospectRelevance(prospect, focus, region) });
  }
  return ranked.sort(
    (a, b) =>
      b.relevance.score - a.relevance.score || compareText(a.prospect.name, b.prospect.name) || compareText(a.prospect.id, b.prospect.id),
  );
}

/**
 * Growth potential on `asOf`: the ranked list, and S8 (DOMAIN.md §6.1: members / (members + relevant
 * prospects in the radius)) computed by the one S8 function over the relevant prospects of the list.
 */
export function growthPotential<P extends GrowthProspect>(input: {
  asOf: string;
  memberships: readonly MembershipRow[];
  prospects: readonly P[];
  focus: ClusterFocus;
  region: ClusterRegion;
}) {
  const ranked = rankProspects(input.prospects, input.focus, input.region);
  const relevant: ProspectRow[] = ranked
    .filter((ranked) => ranked.relevance.relevant)
    .map(({ prospect }) => ({ lat: prospect.lat, lon: prospect.lon, organisationId: prospect.convertedOrganisationId }));
  return {
    ranked,
    relevantCount: relevant.length,
    penetration: regionalPenetrationFigure(input.memberships, relevant, input.asOf, input.region),
  };
}
