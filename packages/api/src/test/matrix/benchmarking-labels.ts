/** Authorization-matrix rows: benchmarking, labels. */
import { finalisedBenchmarking } from "../benchmark-fixtures";
import { benchmarkingIn, evidenceIn, nextBenchmarkDate } from "../benchmarking-fixtures";
import { everyone, type MatrixEntry } from "./entry";
import { ctx, draftOf, matrixEvidence, labels } from "./context";

export const benchmarkingLabelsRows: Record<string, MatrixEntry> = {
  "benchmarkReport.report": {
    allowed: ["manager", "assessor"],
    own: async (w) => ({ benchmarkingId: (await finalisedBenchmarking(ctx.db, { clusterId: w.clusterA.id, values: { S1: 20 } })).id }),
    other: async (w) => ({ benchmarkingId: (await finalisedBenchmarking(ctx.db, { clusterId: w.clusterB.id, values: { S1: 20 } })).id }),
    platformWide: ["assessor"],
  },
  "referenceBenchmarking.summary": { allowed: ["assessor", "admin"], own: () => undefined },
  "referenceBenchmarking.importChunk": {
    allowed: ["assessor", "admin"],
    own: () => ({
      source: "matrix.csv",
      rows: [
        { importKey: "matrix-1", clusterName: "Matrix Cluster", country: "DE", sectorField: "ICT", benchmarkDate: "2025-05-01", S1: "30" },
      ],
    }),
  },
  "benchmarking.list": { allowed: ["manager"], own: (w) => ({ clusterId: w.clusterA.id }), other: (w) => ({ clusterId: w.clusterB.id }) },
  "benchmarking.start": {
    allowed: ["manager"],
    own: (w) => ({ clusterId: w.clusterA.id, benchmarkDate: nextBenchmarkDate() }),
    other: (w) => ({ clusterId: w.clusterB.id, benchmarkDate: nextBenchmarkDate() }),
  },
  "benchmarking.get": { allowed: ["manager"], own: (w) => draftOf(w.clusterA.id), other: (w) => draftOf(w.clusterB.id) },
  "benchmarking.history": { allowed: ["manager"], own: (w) => draftOf(w.clusterA.id), other: (w) => draftOf(w.clusterB.id) },
  "benchmarking.setValue": {
    allowed: ["manager"],
    own: async (w) => ({ ...(await draftOf(w.clusterA.id)), indicatorId: "F4", value: 3, note: null }),
    other: async (w) => ({ ...(await draftOf(w.clusterB.id)), indicatorId: "F4", value: 3, note: null }),
  },
  "benchmarking.addEvidence": {
    allowed: ["manager"],
    own: async (w) => ({ ...(await draftOf(w.clusterA.id)), ...matrixEvidence }),
    other: async (w) => ({ ...(await draftOf(w.clusterB.id)), ...matrixEvidence }),
  },
  "benchmarking.submit": { allowed: ["manager"], own: (w) => draftOf(w.clusterA.id), other: (w) => draftOf(w.clusterB.id) },
  "benchmarking.evidenceFile": {
    allowed: ["manager", "assessor"],
    own: async (w) => ({ evidenceId: await evidenceIn(ctx.db, w.clusterA.id, "submitted") }),
    other: async (w) => ({ evidenceId: await evidenceIn(ctx.db, w.clusterB.id, "submitted") }),
    platformWide: ["assessor"],
  },
  "benchmarking.reviewQueue": { allowed: ["assessor"], own: () => undefined },
  "benchmarking.review": {
    allowed: ["assessor"],
    own: async (w) => ({ benchmarkingId: await benchmarkingIn(ctx.db, w.clusterA.id, "submitted") }),
  },
  "benchmarking.startReview": {
    allowed: ["assessor"],
    own: async (w) => ({ benchmarkingId: await benchmarkingIn(ctx.db, w.clusterA.id, "submitted") }),
  },
  "benchmarking.correctValue": {
    allowed: ["assessor"],
    own: async (w) => ({
      benchmarkingId: await benchmarkingIn(ctx.db, w.clusterA.id, "under_review"),
      indicatorId: "F4",
      value: 1,
      note: "Matrix",
    }),
  },
  "benchmarking.finalise": {
    allowed: ["assessor"],
    own: async (w) => ({ benchmarkingId: await benchmarkingIn(ctx.db, w.clusterA.id, "under_review") }),
  },
  "label.work": { allowed: ["assessor"], own: () => ({}) },
  "label.eligibility": { allowed: ["assessor"], own: async (w) => ({ benchmarkingId: await labels().benchmarking(w.clusterA.id) }) },
  "label.award": {
    allowed: ["assessor"],
    own: async (w) => ({ benchmarkingId: await labels().benchmarking(w.clusterA.id), level: "bronze", rationale: "Matrix" }),
  },
  "label.confirm": { allowed: ["assessor"], own: async (w) => ({ awardId: await labels().pendingGold(w.clusterA.id) }) },
  "label.supersede": {
    allowed: ["assessor"],
    own: async (w) => ({ awardId: await labels().bronze(w.clusterA.id), level: "bronze", rationale: "Matrix correction" }),
  },
  "label.clusterLabels": { allowed: ["manager"], own: (w) => ({ clusterId: w.clusterA.id }), other: (w) => ({ clusterId: w.clusterB.id }) },
  "label.certificate": {
    allowed: ["manager", "assessor"],
    own: async (w) => ({ awardId: await labels().bronze(w.clusterA.id) }),
    other: async (w) => ({ awardId: await labels().bronze(w.clusterB.id) }),
    platformWide: ["assessor"],
  },
  "label.registry": { allowed: everyone, own: () => ({}) },
  "label.registryCountries": { allowed: everyone, own: () => undefined },
  "label.sendExpiryReminders": { allowed: ["admin"], own: () => undefined },
};
