import type { BilingualLabel } from "./labels";

/** The nine member categories of DOMAIN.md §1.2, by the slugs SCORING-CLI.md uses. */
export const memberCategories = ["sme", "large", "rd", "university", "training", "financial", "consultant", "government", "other"] as const;
export type MemberCategory = (typeof memberCategories)[number];

export const memberCategoryLabels: Record<MemberCategory, BilingualLabel> = {
  sme: { de: "KMU", en: "SME" },
  large: { de: "Großunternehmen", en: "Large company" },
  rd: { de: "Forschungseinrichtung", en: "R&D institution" },
  university: { de: "Hochschule", en: "University" },
  training: { de: "Aus- und Weiterbildung", en: "Training and education provider" },
  financial: { de: "Finanzintermediär", en: "Financial intermediary" },
  consultant: { de: "Beratung/Dienstleister", en: "Consultant/service provider" },
  government: { de: "Öffentliche Einrichtung", en: "Governmental agency" },
  other: { de: "Sonstige", en: "Other" },
};

/** Companies count for S3; research and education actors for S5. */
export const companyCategories: readonly MemberCategory[] = ["sme", "large"];
export const researchEducationCategories: readonly MemberCategory[] = ["rd", "university", "training"];

/** EU SME definition, employees criterion: fewer than 250 employees. */
export const SME_EMPLOYEE_LIMIT = 250;

/**
 * The category the portal proposes from an employee count: only companies can be told apart by size,
 * so a company with 250 or more employees is `large`, otherwise `sme`.
 */
export function proposeCompanyCategory(employees: number): "sme" | "large" {
  return employees < SME_EMPLOYEE_LIMIT ? "sme" : "large";
}
