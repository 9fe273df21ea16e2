import type { MemberCategory } from "@clusterwerk/scoring/domain";
import { memberCategories, needCategories } from "@clusterwerk/scoring/domain";
import type { NeedRow, ParsedPlanInput, ServiceRow } from "@clusterwerk/scoring/needs";
import { seededRandom } from "./lib/timing";

export interface NeedsWorld {
  needs: NeedRow[];
  previousAnswers: NeedRow[];
  services: ServiceRow[];
  invited: string[];
  responded: string[];
  candidates: ParsedPlanInput;
}

/**
 * A large cluster, the same every run: organisations of the nine categories (half of them SMEs),
 * needs spread over the 13 categories with popular ones more frequent, 70 % open; candidate services
 * each serve one category and address 5–40 of its open needs (so services overlap), costing
 * 500–20,000 in steps of 500; the budget is a tenth of all costs.
 */
export function generateNeedsWorld(needCount: number, serviceCount: number, seed = 8): NeedsWorld {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const organisations = Array.from({ length: Math.max(10, Math.round(needCount / 30)) }, (_, i) => ({
    id: `o${i}`,
    category: (random() < 0.5 ? "sme" : memberCategories[pick(memberCategories.length)]) as MemberCategory,
  }));
  const makeNeed = (prefix: string, i: number): NeedRow => {
    const organisation = organisations[pick(organisations.length)] ?? { id: "o0", category: "sme" as const };
    const roll = random();
    return {
      id: `${prefix}${i}`,
      organisationId: organisation.id,
      memberCategory: organisation.category,
      category: needCategories[Math.floor(random() ** 1.5 * needCategories.length)] ?? "networking",
      importance: 1 + pick(5),
      status: roll < 0.7 ? "open" : roll < 0.8 ? "in-progress" : roll < 0.95 ? "addressed" : "withdrawn",
    };
  };
  const needs = Array.from({ length: needCount }, (_, i) => makeNeed("n", i));
  const previousAnswers = Array.from({ length: needCount }, (_, i) => makeNeed("p", i));
  const openByCategory = new Map(
    needCategories.map((category) => [category, needs.filter((need) => need.status === "open" && need.category === category)]),
  );
  const candidates: ParsedPlanInput["services"] = Array.from({ length: serviceCount }, (_, i) => {
    const category = needCategories[pick(needCategories.length)] ?? "networking";
    const pool = openByCategory.get(category) ?? [];
    const addresses = new Set<string>();
    const size = 5 + pick(36);
    for (let k = 0; k < size && pool.length > 0; k++) addresses.add(pool[pick(pool.length)]?.id ?? "");
    return { id: `s${String(i).padStart(4, "0")}`, cost: 500 * (1 + pick(40)), addresses: [...addresses] };
  });
  const statuses = ["idea", "planned", "active", "retired"] as const;
  const services = candidates.map((candidate) => ({
    id: candidate.id,
    status: statuses[pick(statuses.length)] ?? "idea",
    addresses: candidate.addresses,
  }));
  const totalCost = candidates.reduce((sum, candidate) => sum + candidate.cost, 0);
  const planNeeds = needs.filter((need) => need.status === "open").map((need) => ({ id: need.id, importance: need.importance }));
  const planNeedIds = new Set(planNeeds.map((need) => need.id));
  return {
    needs,
    previousAnswers,
    services,
    invited: organisations.map((organisation) => organisation.id),
    responded: organisations.filter(() => random() < 0.6).map((organisation) => organisation.id),
    candidates: {
      budget: Math.round(totalCost / 10 / 500) * 500,
      needs: planNeeds,
      services: candidates.map((candidate) => ({ ...candidate, addresses: candidate.addresses.filter((id) => planNeedIds.has(id)) })),
    },
  };
}
