import { describe, expect, it } from "vitest";
import {
  companyCategories,
  memberCategories,
  proposeCompanyCategory,
  researchEducationCategories,
  SME_EMPLOYEE_LIMIT,
} from "./member-categories";

describe("member categories (DOMAIN.md §1.2)", () => {
  it("has the nine categories", () => {
    expect(memberCategories).toHaveLength(9);
  });

  it("SME = fewer than 250 employees: 249 is an SME, 250 a large company", () => {
    expect(SME_EMPLOYEE_LIMIT).toBe(250);
    expect(proposeCompanyCategory(0)).toBe("sme");
    expect(proposeCompanyCategory(249)).toBe("sme");
    expect(proposeCompanyCategory(250)).toBe("large");
  });

  it("companies are SMEs and large companies; research and education are R&D, universities and training", () => {
    expect(companyCategories).toEqual(["sme", "large"]);
    expect(researchEducationCategories).toEqual(["rd", "university", "training"]);
  });
});
