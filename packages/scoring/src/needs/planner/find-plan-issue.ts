import type { ParsedPlanInput } from "./plan-input-schema";

export interface PlanIssue {
  path: string;
  message: string;
}

function firstDuplicate(items: readonly { id: string }[], list: "needs" | "services"): PlanIssue | null {
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    if (seen.has(item.id))
      return { path: `${list}.${index}.id`, message: `duplicate ${list === "needs" ? "need" : "service"} id "${item.id}"` };
    seen.add(item.id);
  }
  return null;
}

/** Invalid input of SCORING-CLI.md `plan` that the schema cannot see: duplicate ids, a service addressing an unknown need. */
export function findPlanIssue(input: ParsedPlanInput): PlanIssue | null {
  const duplicate = firstDuplicate(input.needs, "needs") ?? firstDuplicate(input.services, "services");
  if (duplicate) return duplicate;
  const needIds = new Set(input.needs.map((need) => need.id));
  for (const [index, service] of input.services.entries()) {
    for (const [position, needId] of service.addresses.entries()) {
      if (!needIds.has(needId)) return { path: `services.${index}.addresses.${position}`, message: `unknown need "${needId}"` };
    }
  }
  return null;
}
