import { needCategories, needHorizons, needStatuses, needVisibilities } from "@clusterwerk/scoring/domain";
import { z } from "zod";
import { id, optionalText, requiredText } from "./fields";
import { validationMessages as m } from "./messages";
import { calendarDay } from "./calendar-day";

/** The longest need or campaign title (characters); forms use it as `maxLength`. */
export const NEED_TITLE_MAX_LENGTH = 160;
export const NEED_DESCRIPTION_MAX_LENGTH = 4000;
export const CAMPAIGN_TITLE_MAX_LENGTH = 160;
/** The most answers one submission of a campaign takes (a few per asked category). */
export const CAMPAIGN_ANSWERS_MAX = 130;

/** Importance of a need (DOMAIN.md §2): 1 (nice to have) … 5 (critical). */
export const needImportance = z.number(m.outOfRange).int(m.outOfRange).min(1, m.outOfRange).max(5, m.outOfRange);

/** What an organisation says about one need, in the register and in a campaign answer alike (§2). */
export const needFields = z.object({
  category: z.enum(needCategories, m.invalidChoice),
  title: requiredText(NEED_TITLE_MAX_LENGTH),
  description: optionalText(NEED_DESCRIPTION_MAX_LENGTH, { multiline: true }),
  importance: needImportance,
  horizon: z.enum(needHorizons, m.invalidChoice),
});

/** The statuses an organisation sets on its own need; `withdrawn` is its own action (with confirmation). */
export const memberNeedStatuses = ["open", "in-progress", "addressed"] as const;

/** A need as its organisation registers or edits it. */
export const needInput = needFields.extend({
  status: z.enum(memberNeedStatuses, m.invalidChoice).default("open"),
  visibility: z.enum(needVisibilities, m.invalidChoice).default("management"),
});
export type NeedInput = z.input<typeof needInput>;

/** A status a manager sets on a need of the cluster (any of §2's, e.g. in progress or addressed). */
export const needStatusInput = z.enum(needStatuses, m.invalidChoice);

/** The filters of the needs register (managers and members alike). */
export const needFilters = {
  category: z.enum(needCategories, m.invalidChoice).optional(),
  status: z.enum(needStatuses, m.invalidChoice).optional(),
};

/** Which of the needs a member sees: their organisation's own, those shared with them, or both. */
export const needScopes = ["own", "shared"] as const;
export type NeedScope = (typeof needScopes)[number];

export const needSortKeys = ["createdAt", "importance", "category", "status", "title", "organisation"] as const;
export type NeedSortKey = (typeof needSortKeys)[number];
export const campaignSortKeys = ["opensOn", "closesOn", "title", "createdAt"] as const;
export type CampaignSortKey = (typeof campaignSortKeys)[number];

/** A calendar day as ISO `YYYY-MM-DD` that exists (no 31 February). */
export const campaignDay = calendarDay();

/**
 * A new survey campaign (§2): title, period (it may not end before it starts), categories asked and the
 * organisations asked; without `organisationIds` all active members of the cluster are asked.
 */
export const campaignInput = z
  .object({
    title: requiredText(CAMPAIGN_TITLE_MAX_LENGTH),
    opensOn: campaignDay,
    closesOn: campaignDay,
    categories: z.array(z.enum(needCategories, m.invalidChoice), m.required).min(1, m.required).max(needCategories.length, m.tooLong),
    organisationIds: z.array(id, m.required).min(1, m.required).max(5000, m.tooLong).optional(),
  })
  .refine((value) => value.closesOn >= value.opensOn, { message: m.endsBeforeStart, path: ["closesOn"] });
export type CampaignInput = z.input<typeof campaignInput>;

/** One submission of a campaign's answers: needs in the asked categories (none is an answer too). */
export const campaignAnswerInput = z.object({
  campaignId: id,
  answers: z.array(needFields, m.invalid).max(CAMPAIGN_ANSWERS_MAX, m.tooLong),
});
export type CampaignAnswerInput = z.input<typeof campaignAnswerInput>;
