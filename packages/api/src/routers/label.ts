import {
  confirmLabelAward,
  findLabelAwardCluster,
  findLabelBenchmarking,
  insertLabelAward,
  labelAwardsOf,
  labelRegistryCountries,
  listFinalisedForLabels,
  listLabelRegistry,
} from "@clusterwerk/db";
import { assessLabels, type LabelLevel } from "@clusterwerk/scoring/benchmark";
import { errorMessages, id, labelAwardInput, labelRegistryInput, pagination, searchTerm } from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { calendarDayOf } from "../calendar-day";
import { allowedLevelsOf, eligibilityFor, labelCommandInput, labelHistory, PENDING_SECOND_ASSESSOR } from "../label-eligibility";
import { sendLabelExpiryReminders } from "../label-reminders";
import {
  adminProcedure,
  assessorProcedure,
  createTRPCRouter,
  managerProcedure,
  notFound,
  protectedProcedure,
  publicProcedure,
} from "../trpc";
import type { Database } from "@clusterwerk/db";

const badRequest = (message: string) => new TRPCError({ code: "BAD_REQUEST", message });

/** A finalised benchmarking by id; NOT_FOUND when there is none, BAD_REQUEST while it is still under way. */
async function finalisedBenchmarking(db: Database, benchmarkingId: string) {
  const benchmarking = await findLabelBenchmarking(db, benchmarkingId);
  if (!benchmarking) throw notFound();
  if (benchmarking.status !== "finalised") throw badRequest(errorMessages.labelBenchmarkingNotFinalised);
  return benchmarking;
}

/**
 * Awards `level` on a finalised benchmarking if the rules allow it (§6.3; Gold with a second assessor to
 * confirm), optionally superseding a current award; refused with `labelNotAllowed` and nothing stored
 * otherwise. Validity comes from the rules (`labelValidity`: 2 years, renewal to previous expiry + 3 years).
 */
async function award(
  db: Database,
  params: { benchmarkingId: string; level: LabelLevel; rationale: string; assessorId: string; supersedes?: string },
) {
  const benchmarking = await finalisedBenchmarking(db, params.benchmarkingId);
  const history = await labelHistory(db, benchmarking.clusterId);
  const held = history.awards.some(
    (award) =>
      award.benchmarkingId === benchmarking.id &&
      award.level === params.level &&
      award.status !== "superseded" &&
      award.id !== params.supersedes,
  );
  if (held) throw new TRPCError({ code: "CONFLICT", message: errorMessages.labelAlreadyAwarded });
  const decision = assessLabels(
    labelCommandInput({
      asOf: benchmarking.benchmarkDate,
      benchmarkings: history.benchmarkings,
      awards: history.awards,
      assessors: [params.assessorId, PENDING_SECOND_ASSESSOR],
      exceptAwardId: params.supersedes,
    }),
  )[params.level];
  if (!decision.eligible) throw badRequest(errorMessages.labelNotAllowed);
  const stored = await insertLabelAward(db, {
    clusterId: benchmarking.clusterId,
    benchmarkingId: benchmarking.id,
    level: params.level,
    rationale: params.rationale,
    assessorId: params.assessorId,
    validFrom: decision.validFrom,
    validUntil: decision.validUntil,
    awaitingConfirmation: params.level === "gold",
    today: calendarDayOf(new Date()),
    supersedes: params.supersedes,
  });
  if (!stored) throw badRequest(errorMessages.labelAlreadySuperseded);
  return { ...stored, validFrom: decision.validFrom, validUntil: decision.validUntil, awaitingConfirmation: params.level === "gold" };
}

/**
 * Assessors, and managers of the award's cluster: a caller with neither role gets FORBIDDEN, a manager of
 * another cluster NOT_FOUND (the certificate of another tenant is not revealed).
 */
const certificateProcedure = protectedProcedure.input(z.object({ awardId: id })).use(async ({ ctx, input, next }) => {
  const assessor = ctx.roles.some((role) => role.kind === "assessor");
  const managed = ctx.roles.flatMap((role) => (role.kind === "manager" ? [role.clusterId] : []));
  if (!assessor && managed.length === 0) throw new TRPCError({ code: "FORBIDDEN", message: errorMessages.forbidden });
  const clusterId = await findLabelAwardCluster(ctx.db, input.awardId);
  if (!clusterId || (!assessor && !managed.includes(clusterId))) throw notFound();
  return next({ ctx: { clusterId } });
});

export const labelRouter = createTRPCRouter({
  /** Assessors: finalised benchmarkings of every cluster with their current awards, and Gold awards waiting for a second assessor. */
  work: assessorProcedure.input(z.object({ search: searchTerm, ...pagination })).query(async ({ ctx, input }) => {
    const page = await listFinalisedForLabels(ctx.db, input);
    const allowed = await allowedLevelsOf(ctx.db, page.items);
    return { ...page, items: page.items.map((row) => ({ ...row, allowedLevels: allowed.get(row.id) ?? [] })) };
  }),

  /** Assessors: eligibility per level of a finalised benchmarking with every failed condition, and the cluster's awards. */
  eligibility: assessorProcedure.input(z.object({ benchmarkingId: id })).query(async ({ ctx, input }) => {
    const benchmarking = await finalisedBenchmarking(ctx.db, input.benchmarkingId);
    const history = await labelHistory(ctx.db, benchmarking.clusterId);
    const { assessment, awardable } = eligibilityFor(history, benchmarking, ctx.userId);
    return { benchmarking, assessment, awardable, awards: history.awards, viewerId: ctx.userId, today: calendarDayOf(new Date()) };
  }),

  /** Assessors: awards a label with a rationale; Gold waits for a second, different assessor. */
  award: assessorProcedure
    .input(labelAwardInput.extend({ benchmarkingId: id }))
    .mutation(({ ctx, input }) => award(ctx.db, { ...input, assessorId: ctx.userId })),

  /** Assessors other than the one who awarded it: confirms a Gold award, which then takes effect with its certificate. */
  confirm: assessorProcedure.input(z.object({ awardId: id })).mutation(async ({ ctx, input }) => {
    const clusterId = await findLabelAwardCluster(ctx.db, input.awardId);
    if (!clusterId) throw notFound();
    const history = await labelHistory(ctx.db, clusterId);
    const pending = history.awards.find((candidate) => candidate.id === input.awardId);
    if (!pending || pending.status !== "awaiting_confirmation") throw badRequest(errorMessages.labelNotAwaitingConfirmation);
    if (pending.awardedBy === ctx.userId) throw badRequest(errorMessages.labelConfirmOwnAward);
    // The rules run again with both assessors: values and earlier awards are as they were, this is §6.3's check.
    const decision = assessLabels(
      labelCommandInput({
        asOf: pending.benchmarkDate,
        benchmarkings: history.benchmarkings,
        awards: history.awards,
        assessors: [pending.awardedBy, ctx.userId],
      }),
    ).gold;
    if (!decision.eligible) throw badRequest(errorMessages.labelNotAllowed);
    const confirmed = await confirmLabelAward(ctx.db, { awardId: input.awardId, assessorId: ctx.userId, today: calendarDayOf(new Date()) });
    if (!confirmed) throw badRequest(errorMessages.labelNotAwaitingConfirmation);
    return confirmed;
  }),

  /** Assessors: corrects a current award by a new one (level and rationale) that supersedes it; the old one stays, marked superseded. */
  supersede: assessorProcedure.input(labelAwardInput.extend({ awardId: id })).mutation(async ({ ctx, input }) => {
    const clusterId = await findLabelAwardCluster(ctx.db, input.awardId);
    if (!clusterId) throw notFound();
    const current = (await labelAwardsOf(ctx.db, clusterId)).find((candidate) => candidate.id === input.awardId);
    if (!current || current.status === "superseded") throw badRequest(errorMessages.labelAlreadySuperseded);
    return award(ctx.db, {
      benchmarkingId: current.benchmarkingId,
      level: input.level,
      rationale: input.rationale,
      assessorId: ctx.userId,
      supersedes: current.id,
    });
  }),

  /** Managers of the cluster: its label awards (superseded and waiting ones included) with their certificates. */
  clusterLabels: managerProcedure.query(async ({ ctx }) => ({
    awards: await labelAwardsOf(ctx.db, ctx.clusterId),
    today: calendarDayOf(new Date()),
  })),

  /** Assessors and managers of the award's cluster: what the certificate of an award in effect says (404 before it is issued). */
  certificate: certificateProcedure.query(async ({ ctx, input }) => {
    const awards = await labelAwardsOf(ctx.db, ctx.clusterId);
    const found = awards.find((candidate) => candidate.id === input.awardId);
    if (!found?.certificateNumber || found.status === "superseded") throw notFound();
    const benchmarking = await findLabelBenchmarking(ctx.db, found.benchmarkingId);
    if (!benchmarking) throw notFound();
    return {
      certificateNumber: found.certificateNumber,
      clusterName: benchmarking.clusterName,
      clusterSlug: benchmarking.clusterSlug,
      level: found.level,
      benchmarkDate: found.benchmarkDate,
      validFrom: found.validFrom,
      validUntil: found.validUntil,
      awardedOn: calendarDayOf(found.confirmedAt ?? found.awardedAt),
      assessors: [found.awardedByName, found.confirmedByName].filter((name): name is string => name !== null),
    };
  }),

  /** Anyone: the public registry of labelled clusters, filterable by country, sector field, level and status; searchable by certificate number. */
  registry: publicProcedure.input(labelRegistryInput).query(async ({ ctx, input }) => {
    const today = calendarDayOf(new Date());
    return { ...(await listLabelRegistry(ctx.db, { ...input, today })), today };
  }),

  /** Anyone: the countries of the registry's clusters (the country filter's choices). */
  registryCountries: publicProcedure.query(({ ctx }) => labelRegistryCountries(ctx.db)),

  /** Platform admins (and the scheduled job, which calls `sendLabelExpiryReminders` directly): mails managers before a label expires. */
  sendExpiryReminders: adminProcedure.mutation(({ ctx }) => sendLabelExpiryReminders(ctx.db, new Date())),
});
