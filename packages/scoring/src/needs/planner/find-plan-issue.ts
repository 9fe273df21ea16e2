import type { ParsedPlanInput } from "./plan-input-schema";

export interface PlanIssue {
  path: string;
  message: string;
}

function firstDuplicate(items: readonly { id: string }[], list: string): PlanIssue | null {
  const seen = new Map<string, number>();
  for (const [index, item] of items.entries()) {
    const earlier = seen.get(item.id);
    if (earlier !== undefined) return { path: `${list}.${index}.id`, message: `duplicate id ${item.id} (also ${list}.${earlier})` };
    seen.set(item.id, index);
  }
  return null;
}

/** Invalid input of SCORING-CLI.md `plan` that the schema cannot see: duplicate ids, unknown needs. */
export function findPlanIssue(input: ParsedPlanInput): PlanIssue | null {
  const duplicate = firstDuplicate(input.needs, "needs") ?? firstDuplicate(input.services, "services");
  if (duplicate) return duplicate;
  const needIds = new Set(input.needs.map((need) => need.id));
  for (const [index, service] of input.services.entries()) {
    for (const [position, needId] of service.addresses.entries()) {
      if (!needIds.has(needId)) return { path: `services.${index}.addresses.${position}`, message: `unknown need ${needId}` };
    }
  }
  return null;
}
