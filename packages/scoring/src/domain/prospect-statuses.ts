/** Where a prospect stands in the growth-potential work (DOMAIN.md §1 "Prospect"): not yet approached, approached, now a member. */
export const prospectStatuses = ["new", "contacted", "converted"] as const;
export type ProspectStatus = (typeof prospectStatuses)[number];
