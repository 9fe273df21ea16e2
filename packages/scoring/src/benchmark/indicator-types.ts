import type { BilingualLabel } from "../domain/labels";

/** The 36 indicator ids of DOMAIN.md §6.1, in catalogue order. */
export const indicatorIds = [
  "S1",
  "S2",
  "S3",
  "S4",
  "S5",
  "S6",
  "S7",
  "S8",
  "M1",
  "M2",
  "M3",
  "M4",
  "M5",
  "M6",
  "M7",
  "M8",
  "F1",
  "F2",
  "F3",
  "F4",
  "V1",
  "V2",
  "V3",
  "V4",
  "V5",
  "V6",
  "I1",
  "I2",
  "I3",
  "I4",
  "I5",
  "I6",
  "R1",
  "R2",
  "R3",
  "R4",
] as const;
export type IndicatorId = (typeof indicatorIds)[number];

export const indicatorAreas = ["structure", "management", "financing", "services", "interaction", "achievements"] as const;
export type IndicatorArea = (typeof indicatorAreas)[number];

/** Higher values are better, or lower values are (the `≤` of the catalogue). */
export type Direction = "higher" | "lower";

/** Where a value comes from: computed from portal data at the benchmark date, or entered by the manager. */
export type IndicatorSource = "derived" | "reported";

/** What a value measures; sentences and charts print it after the number. */
export type IndicatorUnit = "count" | "percent" | "years" | "fte" | "days" | "scale" | "yes-no" | "eur" | "months" | "ratio";

/**
 * The kind of value and its valid range (SCORING-CLI.md, Conventions). `max` null means unbounded.
 * A `count-of` indicator counts items of a fixed list of `of` (S2 of the 9 member categories).
 */
export type IndicatorKind =
  | { type: "boolean" }
  | { type: "share"; min: 0; max: 100 }
  | { type: "count-of"; of: number; min: 0; max: number }
  | { type: "number"; min: number; max: number | null };

/**
 * Thresholds of a scored indicator on its numeric scale (yes = 1, no = 0). At or beyond `gold`: full
 * `points`; at or beyond `baseline`: half; else 0. A knock-out requires the baseline (§6.3).
 */
export interface IndicatorScoring {
  baseline: number;
  gold: number;
  points: number;
  knockout: boolean;
}

export interface IndicatorTexts {
  name: BilingualLabel;
  /** What a cluster can do when this indicator is a development area (§6.2). */
  recommendation: BilingualLabel;
}

/** An indicator's figures: what checking and scoring its value needs (indicator-rules.ts). */
export interface IndicatorRule {
  id: IndicatorId;
  area: IndicatorArea;
  unit: IndicatorUnit;
  direction: Direction;
  source: IndicatorSource;
  kind: IndicatorKind;
  /** null for the five indicators that are reported and compared but not scored. */
  scoring: IndicatorScoring | null;
  /** Decimals the catalogue writes thresholds with (M2's "1.0 FTE"); values show at least these. */
  decimals: number;
}

/** An indicator as the catalogue lists it: its figures and its texts. */
export interface IndicatorDefinition extends IndicatorRule, IndicatorTexts {}

/** A versioned catalogue, so a benchmarking keeps being scored by the catalogue it was made with. */
export interface IndicatorCatalogue {
  version: string;
  indicators: readonly IndicatorDefinition[];
  /** Sum of the scored indicators' points. */
  maxPoints: number;
}

/** One indicator value as entered: yes/no indicators are booleans, all others numbers. */
export type IndicatorValue = number | boolean;

/** The values of one benchmarking; a missing indicator is absent or null. */
export type IndicatorValues = Partial<Record<IndicatorId, IndicatorValue | null>>;
