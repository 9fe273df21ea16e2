/**
 * The review workflow of a benchmarking (DOMAIN.md §6): the manager fills a draft and submits it, an
 * assessor takes it under review (and may correct values with a note), then finalises it (values frozen).
 */
export const benchmarkingStatuses = ["draft", "submitted", "under_review", "finalised"] as const;
export type BenchmarkingStatus = (typeof benchmarkingStatuses)[number];

/** Where a stored indicator value came from: computed from portal data at the benchmark date, or entered (§6.1). */
export const indicatorValueOrigins = ["derived", "reported"] as const;
export type IndicatorValueOrigin = (typeof indicatorValueOrigins)[number];

/**
 * A label award's standing (§6.3): awarded; a Gold award waiting for the second assessor's confirmation;
 * replaced by a correcting award (awards are immutable, the old one stays visible); past its validity.
 */
export const labelAwardStatuses = ["awarded", "awaiting_confirmation", "superseded", "expired"] as const;
export type LabelAwardStatus = (typeof labelAwardStatuses)[number];

/** Evidence files a manager may attach to a reported value: PDF, PNG, JPEG, XLSX and CSV. */
export const evidenceMediaTypes = [
  "application/pdf",
  "image/png",
  "image/jpeg",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "text/csv",
] as const;
export type EvidenceMediaType = (typeof evidenceMediaTypes)[number];

/** Largest evidence file in bytes (10 MB); larger uploads are refused before they are read whole. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
