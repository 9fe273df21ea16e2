import type { MemberCategory } from "../domain/member-categories";

/**
 * Size classes of the heatmap's second split. §2 asks for demand "split by member category and
 * size"; §1.2 makes the category what figures count and defines size only for companies (SME = fewer
 * than 250 employees), so size is read from the category: SMEs, large companies, and everyone else.
 */
export const sizeClasses = ["sme", "large", "non-company"] as const;
export type SizeClass = (typeof sizeClasses)[number];

export function sizeClassOf(category: MemberCategory): SizeClass {
  return category === "sme" || category === "large" ? category : "non-company";
}
