import { compareIds } from "../benchmark/peers/reference-pool";
import { needCategories, type NeedCategory } from "../domain/need-categories";
import { coveringServiceStatuses } from "../domain/needs-services-events";
import { isOpenNeed, type NeedRow, type ServiceRow } from "./needs-rows";

export interface CoverageFigures {
  /** Σ importance of open needs. */
  demand: number;
  /** Σ importance of open needs at least one active or planned service addresses (once per need). */
  supply: number;
  /** demand − supply: the unmet demand. */
  gap: number;
  /** supply / demand; null when there is no demand. */
  share: number | null;
}

function figures(demand: number, supply: number): CoverageFigures {
  return { demand, supply, gap: demand - supply, share: demand === 0 ? null : supply / demand };
}

/** Ids of the needs that at least one active or planned service addresses (DOMAIN.md §3). */
export function coveredNeedIds(services: readonly ServiceRow[]): Set<string> {
  const covered = new Set<string>();
  for (const service of services) {
    if (!coveringServiceStatuses.includes(service.status)) continue;
    for (const needId of service.addresses) covered.add(needId);
  }
  return covered;
}

/** §3 coverage per need category (all 13) and overall. */
export function coverage(
  needs: readonly NeedRow[],
  services: readonly ServiceRow[],
): { categories: ({ category: NeedCategory } & CoverageFigures)[]; overall: CoverageFigures } {
  const covered = coveredNeedIds(services);
  const sums = new Map(needCategories.map((category) => [category, { demand: 0, supply: 0 }]));
  for (const need of needs) {
    const sum = sums.get(need.category);
    if (!sum || !isOpenNeed(need)) continue;
    sum.demand += need.importance;
    if (covered.has(need.id)) sum.supply += need.importance;
  }
  const categories = needCategories.map((category) => {
    const sum = sums.get(category) ?? { demand: 0, supply: 0 };
    return { category, ...figures(sum.demand, sum.supply) };
  });
  const overall = figures(
    categories.reduce((total, row) => total + row.demand, 0),
    categories.reduce((total, row) => total + row.supply, 0),
  );
  return { categories, overall };
}

/** §2 unmet demand: open needs that no active or planned service addresses, most important first, then by id. */
export function unmetNeeds(needs: readonly NeedRow[], services: readonly ServiceRow[]): NeedRow[] {
  const covered = coveredNeedIds(services);
  return needs
    .filter((need) => isOpenNeed(need) && !covered.has(need.id))
    .sort((a, b) => b.importance - a.importance || compareIds(a.id, b.id));
}

export interface ServiceInvitees {
  serviceId: string;
  /** The organisations whose open needs the service addresses, by id, each with those needs' ids. */
  organisations: { organisationId: string; needIds: string[] }[];
}

/** §3 for each service (whatever its status): the member organisations whose open needs it addresses — who to invite. */
export function serviceInvitees(needs: readonly NeedRow[], services: readonly ServiceRow[]): ServiceInvitees[] {
  // Ids are ranked once, so the per-service sorting compares numbers, not strings.
  const open = needs.filter(isOpenNeed).sort((a, b) => compareIds(a.id, b.id));
  const organisationRank = new Map([...new Set(open.map((need) => need.organisationId))].sort(compareIds).map((id, rank) => [id, rank]));
  const byId = new Map(open.map((need, rank) => [need.id, { need, rank, organisation: organisationRank.get(need.organisationId) ?? 0 }]));
  return services.map((service) => {
    const addressed = service.addresses.flatMap((needId) => byId.get(needId) ?? []);
    addressed.sort((a, b) => a.organisation - b.organisation || a.rank - b.rank);
    const organisations: ServiceInvitees["organisations"] = [];
    for (const { need } of addressed) {
      const last = organisations[organisations.length - 1];
      if (last?.organisationId !== need.organisationId) organisations.push({ organisationId: need.organisationId, needIds: [need.id] });
      else if (last.needIds[last.needIds.length - 1] !== need.id) last.needIds.push(need.id);
    }
    return { serviceId: service.id, organisations };
  });
}
