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

export type RankedProspect<P extends GrowthProspect = GrowthProspect> = P & { relevance: ProspectRelevance };

/** Names compare in German order; one collator is much faster than `localeCompare` per pair. */
const byName = new Intl.Collator("de");

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
    ranked.push({ ...prospect, relevance: prospectRelevance(prospect, focus, region) });
  }
  return ranked.sort(
    (a, b) => b.relevance.score - a.relevance.score || byName.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
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
    .filter((prospect) => prospect.relevance.relevant)
    .map((prospect) => ({ lat: prospect.lat, lon: prospect.lon, organisationId: prospect.convertedOrganisationId }));
  return {
    ranked,
    relevantCount: relevant.length,
    penetration: regionalPenetrationFigure(input.memberships, relevant, input.asOf, input.region),
  };
}
