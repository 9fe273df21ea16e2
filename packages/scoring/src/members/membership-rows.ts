import type { MemberCategory } from "../domain/member-categories";

/** The membership statuses of DOMAIN.md §1. */
export const membershipStatuses = ["applicant", "active", "left"] as const;
export type MembershipStatus = (typeof membershipStatuses)[number];

/** The three commitment criteria of DOMAIN.md §1. */
export interface CommitmentCriteria {
  /** (a) signed membership agreement or written commitment */
  agreementSigned: boolean;
  /** (b) pays a fee or gives regular financial, in-kind or staff support */
  paysFee: boolean;
  /** (c) contributes actively and regularly (projects, workshops, working groups) */
  contributesActively: boolean;
}

/**
 * One membership of a cluster as the figures read it: the organisation's member category and location,
 * the membership's status, dates (`YYYY-MM-DD`) and commitment criteria.
 */
export interface MembershipRow extends CommitmentCriteria {
  organisationId: string;
  category: MemberCategory;
  status: MembershipStatus;
  joinedOn: string | null;
  leftOn: string | null;
  lat: number | null;
  lon: number | null;
}

/** DOMAIN.md §1: a committed member meets at least one of the three criteria. */
export function meetsCommitmentCriteria(criteria: CommitmentCriteria): boolean {
  return criteria.agreementSigned || criteria.paysFee || criteria.contributesActively;
}

/**
 * Whether a membership makes its organisation a member of the cluster on `date` (`YYYY-MM-DD`):
 * - an applicant is never a member (its `joinedOn` is the date of the application);
 * - otherwise it is a member from `joinedOn` (a missing date: since before any date asked) up to and
 *   including `leftOn`, the last day of the membership, so one ending on `date` still counts and one
 *   that ended the day before does not;
 * - `left` without `leftOn` never counts (the end is unknown, so no date can be said to be inside it);
 *   `active` without `leftOn` counts to this day.
 * Plain `YYYY-MM-DD` strings compare like the dates they name.
 */
export function isMemberOn(membership: Pick<MembershipRow, "status" | "joinedOn" | "leftOn">, date: string): boolean {
  if (membership.status === "applicant") return false;
  if (membership.joinedOn !== null && membership.joinedOn > date) return false;
  if (membership.leftOn === null) return membership.status === "active";
  return date <= membership.leftOn;
}

/**
 * The one rule of a "committed member" shared by the member list, the member structure and the
 * benchmarking (DOMAIN.md §1, indicator S1): a member on `date` that meets at least one commitment
 * criterion. The criteria are read as they are now: the membership keeps no dated history of them.
 */
export function isCommittedMember(
  membership: Pick<MembershipRow, "status" | "joinedOn" | "leftOn"> & CommitmentCriteria,
  date: string,
): boolean {
  return isMemberOn(membership, date) && meetsCommitmentCriteria(membership);
}
