import {
  addEvidence,
  benchmarkingStatusOf,
  correctValue,
  createBenchmarking,
  deriveIndicatorValues,
  findBenchmarkingCluster,
  findEvidence,
  listClusterBenchmarkings,
  listReviewQueue,
  setReportedValue,
  transitionBenchmarking,
} from "@clusterwerk/db";
import { INDICATOR_CATALOGUE_VERSION, indicatorCatalogue, numericValue } from "@clusterwerk/scoring/benchmark";
import {
  benchmarkingIdInput,
  correctValueInput,
  errorMessages,
  id,
  indicatorIdInput,
  reportedValueInput,
  startBenchmarkingInput,
  validationMessages as m,
  type ValidationMessage,
} from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { benchmarkingDetail, benchmarkingHistory } from "../benchmarking-detail";
import { calendarDayOf } from "../calendar-day";
import { checkEvidenceFile } from "../evidence-file";
import { assessorProcedure, createTRPCRouter, managerOfRecordProcedure, managerProcedure, notFound, protectedProcedure } from "../trpc";

/** Managers of the cluster that owns the benchmarking named by `benchmarkingId`. */
const managerOfBenchmarking = managerOfRecordProcedure("benchmarkingId", findBenchmarkingCluster);

/** A field error as the forms show it: a BAD_REQUEST whose cause is a zod error on `path`. */
function fieldError(path: string, message: ValidationMessage): TRPCError {
  const result = z.object({ [path]: z.never({ error: message }) }).safeParse({ [path]: "" });
  return new TRPCError({ code: "BAD_REQUEST", message: errorMessages.invalidInput, cause: result.error });
}

const stateChanged = () => new TRPCError({ code: "CONFLICT", message: errorMessages.benchmarkingStateChanged });

/** Assessors see a benchmarking once it is submitted; a draft stays the cluster's own (DOMAIN.md §1). */
async function submittedBenchmarking(db: Parameters<typeof benchmarkingStatusOf>[0], benchmarkingId: string) {
  const status = await benchmarkingStatusOf(db, benchmarkingId);
  if (status === null || status === "draft") throw notFound();
  return status;
}

/** An evidence file as the route handler hands it over, read with the size limit already applied. */
const evidenceUpload = z.object({
  indicatorId: indicatorIdInput,
  filename: z.string().trim().min(1, m.required).max(200, m.tooLong),
  content: z.instanceof(Uint8Array, { error: m.evidenceEmpty }),
});

/** Benchmarkings of DOMAIN.md §6: the manager's draft with derived values, evidence and submission; the assessors' review. */
export const benchmarkingRouter = createTRPCRouter({
  /** Managers of the cluster: its benchmarkings, the latest date first. */
  list: managerProcedure.query(({ ctx }) => listClusterBenchmarkings(ctx.db, ctx.clusterId)),

  /**
   * Managers of the cluster: starts a draft for a benchmark date (today or earlier), stores the catalogue
   * version and pre-fills the derived values with their sources as of that date.
   */
  start: managerProcedure.input(startBenchmarkingInput).mutation(async ({ ctx, input }) => {
    if (input.benchmarkDate > calendarDayOf(new Date())) throw fieldError("benchmarkDate", m.dateInFuture);
    const values = await deriveIndicatorValues(ctx.db, ctx.clusterId, input.benchmarkDate, indicatorCatalogue);
    if (!values) throw notFound(errorMessages.clusterNotFound);
    const created = await createBenchmarking(ctx.db, {
      clusterId: ctx.clusterId,
      benchmarkDate: input.benchmarkDate,
      catalogueVersion: INDICATOR_CATALOGUE_VERSION,
      userId: ctx.userId,
      values,
    });
    if (!created) throw new TRPCError({ code: "CONFLICT", message: errorMessages.benchmarkingExists });
    return { id: created };
  }),

  /** Managers of the cluster: one benchmarking with every indicator, its source, note, correction and evidence. */
  get: managerOfBenchmarking.query(({ ctx, input }) => benchmarkingDetail(ctx.db, input.benchmarkingId)),

  /** Managers of the cluster: what changed, when, by whom and why (assessor corrections with their notes). */
  history: managerOfBenchmarking.query(({ ctx, input }) => benchmarkingHistory(ctx.db, input.benchmarkingId)),

  /** Managers of the cluster: a reported value and its note, while the benchmarking is a draft. */
  setValue: managerOfBenchmarking.input(reportedValueInput).mutation(async ({ ctx, input }) => {
    const saved = await setReportedValue(ctx.db, {
      benchmarkingId: input.benchmarkingId,
      clusterId: ctx.clusterId,
      indicatorId: input.indicatorId,
      value: numericValue(input.value),
      note: input.note,
      userId: ctx.userId,
    });
    if (!saved) throw stateChanged();
    return { ok: true };
  }),

  /**
   * Managers of the cluster: stores an evidence file for an indicator of a draft after checking its size
   * and its content against its name (PDF, PNG, JPEG, XLSX, CSV). Called by the upload route handler,
   * which reads the body with the size limit; bytes do not travel as JSON.
   */
  addEvidence: managerOfBenchmarking.input(evidenceUpload).mutation(async ({ ctx, input }) => {
    const checked = checkEvidenceFile(input.filename, input.content);
    if (!checked.ok) throw fieldError("file", checked.message);
    const stored = await addEvidence(ctx.db, {
      benchmarkingId: input.benchmarkingId,
      indicatorId: input.indicatorId,
      filename: input.filename,
      mediaType: checked.mediaType,
      content: input.content,
      sha256: checked.sha256,
      userId: ctx.userId,
    });
    if (!stored) throw stateChanged();
    return { id: stored };
  }),

  /** Managers of the cluster: hands the draft to the assessors; values no longer change. */
  submit: managerOfBenchmarking.mutation(async ({ ctx, input }) => {
    if (!(await transitionBenchmarking(ctx.db, { benchmarkingId: input.benchmarkingId, step: "submit", userId: ctx.userId })))
      throw stateChanged();
    return { ok: true };
  }),

  /**
   * Managers of the evidence's cluster, or assessors once the benchmarking is submitted: one evidence
   * file with its bytes (for the download route). Other managers and assessors: NOT_FOUND; anyone else: FORBIDDEN.
   */
  evidenceFile: protectedProcedure.input(z.object({ evidenceId: id })).query(async ({ ctx, input }) => {
    if (!ctx.roles.some((role) => role.kind === "manager" || role.kind === "assessor")) {
      throw new TRPCError({ code: "FORBIDDEN", message: errorMessages.forbidden });
    }
    const file = await findEvidence(ctx.db, input.evidenceId);
    const manager = file !== null && ctx.roles.some((role) => role.kind === "manager" && role.clusterId === file.clusterId);
    const assessor = file !== null && file.status !== "draft" && ctx.roles.some((role) => role.kind === "assessor");
    if (!file || !(manager || assessor)) throw notFound();
    return { filename: file.filename, mediaType: file.mediaType, content: file.content };
  }),

  /** Assessors: submitted and under-review benchmarkings of every cluster, the longest waiting first. */
  reviewQueue: assessorProcedure.query(({ ctx }) => listReviewQueue(ctx.db)),

  /** Assessors: a submitted benchmarking with its values, evidence and history (drafts: NOT_FOUND). */
  review: assessorProcedure.input(benchmarkingIdInput).query(async ({ ctx, input }) => {
    await submittedBenchmarking(ctx.db, input.benchmarkingId);
    const [detail, history] = await Promise.all([
      benchmarkingDetail(ctx.db, input.benchmarkingId),
      benchmarkingHistory(ctx.db, input.benchmarkingId),
    ]);
    return { ...detail, history };
  }),

  /** Assessors: takes a submitted benchmarking under review. */
  startReview: assessorProcedure.input(benchmarkingIdInput).mutation(async ({ ctx, input }) => {
    await submittedBenchmarking(ctx.db, input.benchmarkingId);
    if (!(await transitionBenchmarking(ctx.db, { benchmarkingId: input.benchmarkingId, step: "startReview", userId: ctx.userId })))
      throw stateChanged();
    return { ok: true };
  }),

  /** Assessors: corrects a value under review with a required note; the previous value, note, who and when are kept. */
  correctValue: assessorProcedure.input(correctValueInput).mutation(async ({ ctx, input }) => {
    await submittedBenchmarking(ctx.db, input.benchmarkingId);
    const corrected = await correctValue(ctx.db, {
      benchmarkingId: input.benchmarkingId,
      indicatorId: input.indicatorId,
      value: numericValue(input.value),
      note: input.note,
      assessorId: ctx.userId,
    });
    if (!corrected) throw stateChanged();
    return { ok: true };
  }),

  /** Assessors: finalises a benchmarking under review; its values are frozen from then on. */
  finalise: assessorProcedure.input(benchmarkingIdInput).mutation(async ({ ctx, input }) => {
    await submittedBenchmarking(ctx.db, input.benchmarkingId);
    if (!(await transitionBenchmarking(ctx.db, { benchmarkingId: input.benchmarkingId, step: "finalise", userId: ctx.userId })))
      throw stateChanged();
    return { ok: true };
  }),
});
