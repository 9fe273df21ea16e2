import { companyCategories, type MemberCategory, memberCategories, researchEducationCategories } from "../domain/member-categories";
import { isCommittedMember, isMemberOn, type MembershipRow } from "./membership-rows";
import { countText, fromMemberList, percentText, type SourceSentence } from "./source-sentence";

/** A derived indicator value (DOMAIN.md §6.1) with the sentence that says where it comes from. */
export interface IndicatorFigure {
  /** Unrounded (thresholds compare exact values); null when there is nothing to divide by. */
  value: number | null;
  source: SourceSentence;
}

/** A share in percent: `part` of `whole`, with both counts for tables and sentences. */
export interface ShareFigure extends IndicatorFigure {
  part: number;
  whole: number;
}

/** Memberships that make their organisation a member on `asOf` (see `isMemberOn`). */
export function membersOn(memberships: readonly MembershipRow[], asOf: string): MembershipRow[] {
  return memberships.filter((membership) => isMemberOn(membership, asOf));
}

/** Members on `asOf` that meet at least one commitment criterion (DOMAIN.md §1). */
export function committedMembersOn(memberships: readonly MembershipRow[], asOf: string): MembershipRow[] {
  return memberships.filter((membership) => isCommittedMember(membership, asOf));
}

/** 100 × part / whole, or null when whole is 0. */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : (100 * part) / whole;
}

function share(part: number, whole: number, what: SourceSentence, asOf: string): ShareFigure {
  const value = percentOf(part, whole);
  const from = fromMemberList(asOf);
  return {
    value,
    part,
    whole,
    source: {
      de: `${percentText(value, "de")} ${what.de} (${countText(part, "de")} von ${countText(whole, "de")}), ${from.de}`,
      en: `${percentText(value, "en")} ${what.en} (${countText(part, "en")} of ${countText(whole, "en")}), ${from.en}`,
    },
  };
}

const inCategories = (categories: readonly MemberCategory[]) => (membership: MembershipRow) => categories.includes(membership.category);

/** S1: committed members on `asOf`. */
export function committedMembersFigure(memberships: readonly MembershipRow[], asOf: string): IndicatorFigure {
  const count = committedMembersOn(memberships, asOf).length;
  const from = fromMemberList(asOf);
  return {
    value: count,
    source: {
      de: `${countText(count, "de")} engagierte ${count === 1 ? "Mitglied" : "Mitglieder"}, ${from.de}`,
      en: `${countText(count, "en")} committed ${count === 1 ? "member" : "members"}, ${from.en}`,
    },
  };
}

/** Members per category in the order of DOMAIN.md §1.2 (all nine, zeros included). */
export function countByCategory(members: readonly MembershipRow[]): { category: MemberCategory; count: number }[] {
  return memberCategories.map((category) => ({ category, count: members.filter((member) => member.category === category).length }));
}

/** S2: how many of the nine member categories (DOMAIN.md §1.2) the members on `asOf` cover, with the count per category. */
export function memberCategoriesFigure(
  memberships: readonly MembershipRow[],
  asOf: string,
): IndicatorFigure & { byCategory: { category: MemberCategory; count: number }[] } {
  const byCategory = countByCategory(membersOn(memberships, asOf));
  const present = byCategory.filter((row) => row.count > 0).length;
  const from = fromMemberList(asOf);
  return {
    value: present,
    byCategory,
    source: {
      de: `${present} von ${memberCategories.length} Mitgliederkategorien vertreten, ${from.de}`,
      en: `${present} of ${memberCategories.length} member categories present, ${from.en}`,
    },
  };
}

/** S3: companies (SME + large) among the committed members on `asOf`, in percent. */
export function companyShareFigure(memberships: readonly MembershipRow[], asOf: string): ShareFigure {
  const committed = committedMembersOn(memberships, asOf);
  return share(
    committed.filter(inCategories(companyCategories)).length,
    committed.length,
    { de: "Unternehmen unter den engagierten Mitgliedern", en: "companies among committed members" },
    asOf,
  );
}

/** S4: SMEs among the member companies on `asOf`, in percent; the category decides, not the employee count (§1.2). */
export function smeShareFigure(memberships: readonly MembershipRow[], asOf: string): ShareFigure {
  const companies = membersOn(memberships, asOf).filter(inCategories(companyCategories));
  return share(
    companies.filter((member) => member.category === "sme").length,
    companies.length,
    { de: "KMU unter den Mitgliedsunternehmen", en: "SMEs among member companies" },
    asOf,
  );
}

/** S5: research and education members (R&D institution, university, training provider) among the members on `asOf`, in percent. */
export function researchEducationShareFigure(memberships: readonly MembershipRow[], asOf: string): ShareFigure {
  const members = membersOn(memberships, asOf);
  return share(
    members.filter(inCategories(researchEducationCategories)).length,
    members.length,
    { de: "Forschungs- und Bildungsmitglieder", en: "research and education members" },
    asOf,
  );
}
