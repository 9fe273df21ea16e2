import { memberCategories } from "@clusterwerk/scoring/domain";
import { z } from "zod";
import { id, requiredText } from "./fields";
import { pagination, searchTerm, sortInput } from "./list";
import { validationMessages as m } from "./messages";
import { calendarDay } from "./calendar-day";
import { naceCodes, ORGANISATION_NAME_MAX_LENGTH, technologyTags } from "./organisation";
import { text } from "./text";

/** The sortable columns of a cluster's member list. */
export const membershipSortKeys = ["name", "category", "status", "joinedOn"] as const;
export type MembershipSortKey = (typeof membershipSortKeys)[number];

/** The statuses a manager sets directly; `left` is set by ending a membership (with its last day). */
export const settableMembershipStatuses = ["applicant", "active"] as const;
export const membershipStatusFilter = ["applicant", "active", "left"] as const;

/** A plain calendar day `YYYY-MM-DD` that exists (2026-02-30 does not). */
export const membershipDay = calendarDay();

/** The three commitment criteria of DOMAIN.md §1, in the order the domain names them (a, b, c). */
export const commitmentCriteriaKeys = ["agreementSigned", "paysFee", "contributesActively"] as const;

/** The three commitment criteria of DOMAIN.md §1. */
export const commitmentCriteria = {
  agreementSigned: z.boolean(m.invalidChoice),
  paysFee: z.boolean(m.invalidChoice),
  contributesActively: z.boolean(m.invalidChoice),
};

/** A cluster's member list: search by name or city, filter by status, sort, page. */
export const membershipListInput = z.object({
  search: searchTerm,
  status: z.enum(membershipStatusFilter, m.invalidChoice).optional(),
  ...pagination,
  ...sortInput(membershipSortKeys),
});

/** A new organisation as a manager enters it when adding a member, with its sectors (the rest of the profile is its contact persons'). */
export const newMemberOrganisation = {
  name: requiredText(ORGANISATION_NAME_MAX_LENGTH),
  category: z.enum(memberCategories, m.invalidChoice),
  city: requiredText(120),
  postalCode: text()
    .trim()
    .max(12, m.tooLong)
    .refine((value) => value === "" || /^[A-Za-z0-9 -]{3,12}$/.test(value), m.invalidPostalCode)
    .transform((value) => (value === "" ? null : value))
    .nullable(),
  country: text()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, m.invalidCountry),
  employees: z.number(m.outOfRange).int(m.wholeNumber).min(0, m.notNegative).max(1_000_000, m.outOfRange).nullable(),
  nace: naceCodes.default([]),
  technologyTags: technologyTags.default([]),
};

/** The membership fields a manager sets: status (applicant or active), the joining day and the criteria. */
export const membershipTerms = {
  status: z.enum(settableMembershipStatuses, m.invalidChoice),
  joinedOn: membershipDay,
  ...commitmentCriteria,
};

/** Adding a new organisation as a member: its basic data and the membership's terms, flat so field errors name the field. */
export const addNewMemberInput = z.object({ ...newMemberOrganisation, ...membershipTerms });
export type AddNewMemberInput = z.input<typeof addNewMemberInput>;

/** Adding an organisation already on the platform: only the membership is created. */
export const addExistingMemberInput = z.object({ organisationId: id, ...membershipTerms });

/** Changing a membership's terms. */
export const updateMembershipInput = z.object(membershipTerms);

/** Ending a membership: its last day (it still counts as a member on that day). */
export const endMembershipInput = z.object({ leftOn: membershipDay });

/** The member structure as of a day (today when absent). */
export const memberStructureInput = z.object({ asOf: membershipDay.optional() });
