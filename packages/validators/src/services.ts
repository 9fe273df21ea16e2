import { memberCategories, needCategories, serviceFormats, serviceStatuses } from "@clusterwerk/scoring/domain";
import { z } from "zod";
import { id, optionalText, requiredText } from "./fields";
import { validationMessages as m } from "./messages";
import { isCalendarDay } from "./calendar-day";
import { text } from "./text";

/** The longest service title (characters); the form uses it as `maxLength`. */
export const SERVICE_TITLE_MAX_LENGTH = 160;
/** The largest amount of money a service, a cost or a budget may name (euros): in cents it must fit the integer columns (2^31 - 1). */
export const MAX_EUROS = 10_000_000;

/** An optional day: empty becomes null. */
const optionalDate = text()
  .trim()
  .refine((value) => value === "" || isCalendarDay(value), m.invalidDate)
  .transform((value) => (value === "" ? null : value))
  .nullable();

/** Euros with at most two decimals, not negative (a cost, a price, a budget). */
export const euroAmount = z
  .number(m.notNegative)
  .min(0, m.notNegative)
  .max(MAX_EUROS, m.outOfRange)
  .refine((value) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6, m.tooManyDecimals);

/** The fields of a service a manager edits (DOMAIN.md §3); capacity null = unlimited, money in euros. */
export const serviceFields = z
  .object({
    title: requiredText(SERVICE_TITLE_MAX_LENGTH),
    description: optionalText(4000, { multiline: true }),
    needCategories: z.array(z.enum(needCategories, m.invalidChoice), m.chooseAtLeastOne).min(1, m.chooseAtLeastOne).max(13, m.tooLong),
    format: z.enum(serviceFormats, m.invalidChoice),
    targetCategories: z.array(z.enum(memberCategories, m.invalidChoice), m.invalidChoice).max(9, m.tooLong),
    capacity: z.number(m.notNegative).int(m.wholeNumber).min(0, m.notNegative).max(100_000, m.outOfRange).nullable(),
    price: euroAmount,
    cost: euroAmount.nullable(),
    status: z.enum(serviceStatuses, m.invalidChoice),
    startsOn: optionalDate,
    endsOn: optionalDate,
  })
  .refine((service) => !service.startsOn || !service.endsOn || service.endsOn >= service.startsOn, {
    message: m.endsBeforeStart,
    path: ["endsOn"],
  });
export type ServiceFields = z.output<typeof serviceFields>;
export type ServiceFieldsInput = z.input<typeof serviceFields>;

/** A member's rating after use: 1–5 stars and an optional comment. */
export const serviceRating = z.object({
  rating: z.number(m.outOfRange).int(m.outOfRange).min(1, m.outOfRange).max(5, m.outOfRange),
  comment: optionalText(2000, { multiline: true }),
});

/** The needs a service addresses, by id (the manager's whole selection; replaces the previous one). */
export const serviceNeedLinks = z.object({ needIds: z.array(id).max(500, m.tooLong) });

/** The service planner's input: a budget and the candidates with their (possibly overridden) cost, in euros. */
export const servicePlanInput = z.object({
  budget: euroAmount,
  candidates: z
    .array(z.object({ serviceId: id, cost: euroAmount }), m.chooseAtLeastOne)
    .min(1, m.chooseAtLeastOne)
    .max(2000, m.tooLong)
    .refine((candidates) => new Set(candidates.map((candidate) => candidate.serviceId)).size === candidates.length, m.invalid),
});

/** Filters of the members' catalogue. */
export const serviceCatalogueFilters = {
  category: z.enum(needCategories, m.invalidChoice).optional(),
  format: z.enum(serviceFormats, m.invalidChoice).optional(),
};

/** Sortable columns of the managers' service list and of the members' catalogue. */
export const serviceSortKeys = ["title", "status", "format", "startsOn"] as const;
export type ServiceSortKey = (typeof serviceSortKeys)[number];
export const catalogueSortKeys = ["title", "format", "startsOn"] as const;
export type CatalogueSortKey = (typeof catalogueSortKeys)[number];
