import { isCommittedMember, type MembershipRow } from "../members/membership-rows";

/** How many NACE codes and technology tags make up a cluster's focus. */
export const FOCUS_SIZE = 10;

/** A committed member's profile codes, as the focus reads them. */
export interface FocusSource extends MembershipRow {
  /** NACE Rev. 2 codes (`C28`, or a section letter alone). */
  nace: readonly string[];
  /** Technology tags, `field` or `field/topic`. */
  technologyTags: readonly string[];
}

/** One code of the focus: how many committed members hold it and its weight (1 for the most common, down to 0). */
export interface FocusItem {
  code: string;
  members: number;
  /** members / members holding the most common code of the same list; 0 < weight ≤ 1. */
  weight: number;
  /** members in percent of all committed members. */
  share: number;
}

/** What the cluster is about, read from its committed members (issue 9, growth potential). */
export interface ClusterFocus {
  committedMembers: number;
  /** The most common NACE divisions (`C28`), most common first. */
  nace: FocusItem[];
  /** Every NACE section (`C`) any committed member is in, most common first (a same-section match counts partly). */
  naceSections: FocusItem[];
  /** The most common technology tags, most common first. */
  technologies: FocusItem[];
}

function ranked(counts: Map<string, number>, committed: number, size: number): FocusItem[] {
  const entries = [...counts].sort(([codeA, a], [codeB, b]) => b - a || codeA.localeCompare(codeB)).slice(0, size);
  const top = entries[0]?.[1] ?? 0;
  return entries.map(([code, members]) => ({ code, members, weight: members / top, share: (100 * members) / committed }));
}

function count(counts: Map<string, number>, codes: Iterable<string>): void {
  for (const code of new Set(codes)) counts.set(code, (counts.get(code) ?? 0) + 1);
}

/**
 * The cluster's focus on `asOf`: the NACE divisions and technology tags most common among its committed
 * members (DOMAIN.md §1: the committed-member rule), the `size` most common of each, ties by code. Committed
 * members, not all members, because they are the ones who shape the cluster. A member counts once per code.
 */
export function clusterFocus(members: readonly FocusSource[], asOf: string, size = FOCUS_SIZE): ClusterFocus {
  const divisions = new Map<string, number>();
  const sections = new Map<string, number>();
  const technologies = new Map<string, number>();
  let committed = 0;
  for (const member of members) {
    if (!isCommittedMember(member, asOf)) continue;
    committed += 1;
    count(
      divisions,
      member.nace.filter((code) => code.length > 1),
    );
    count(
      sections,
      member.nace.map((code) => code.slice(0, 1)),
    );
    count(technologies, member.technologyTags);
  }
  return {
    committedMembers: committed,
    nace: ranked(divisions, committed, size),
    naceSections: ranked(sections, committed, sections.size),
    technologies: ranked(technologies, committed, size),
  };
}
