import type { MemberCategory } from "../domain/member-categories";
import type { NeedCategory } from "../domain/need-categories";
import type { NeedStatus, ServiceStatus } from "../domain/needs-services-events";

/** A need as the figures read it (DOMAIN.md §2): plain data, joined with its organisation's category. */
export interface NeedRow {
  id: string;
  organisationId: string;
  /** The member category of the need's organisation (§1.2: the category is what the figures count). */
  memberCategory: MemberCategory;
  category: NeedCategory;
  importance: number;
  status: NeedStatus;
}

/** A service as the figures read it (§3): its status and the needs it is linked to. */
export interface ServiceRow {
  id: string;
  status: ServiceStatus;
  addresses: readonly string[];
}

/** Demand counts open needs only (§2 "Σ importance of open needs"): not in progress, addressed or withdrawn. */
export function isOpenNeed(need: Pick<NeedRow, "status">): boolean {
  return need.status === "open";
}
