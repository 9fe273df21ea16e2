import type {
  Direction,
  IndicatorArea,
  IndicatorId,
  IndicatorKind,
  IndicatorRule,
  IndicatorScoring,
  IndicatorSource,
  IndicatorUnit,
} from "./indicator-types";

// The catalogue's figures without its texts (indicator-texts.ts): what validating a value needs, so a form in the
// browser checks values without loading every indicator's name and recommendation in two languages. A change
// of a threshold, point value or range here bumps INDICATOR_CATALOGUE_VERSION (indicator-catalogue.ts).

const share: IndicatorKind = { type: "share", min: 0, max: 100 };
const nonNegative: IndicatorKind = { type: "number", min: 0, max: null };
const yesNo: IndicatorKind = { type: "boolean" };
const countOf = (of: number): IndicatorKind => ({ type: "count-of", of, min: 0, max: of });
const between = (min: number, max: number | null): IndicatorKind => ({ type: "number", min, max });

interface Row {
  area: IndicatorArea;
  unit: IndicatorUnit;
  source: IndicatorSource;
  kind: IndicatorKind;
  direction?: Direction;
  scoring: IndicatorScoring | null;
  decimals?: number;
}

/** Thresholds and points; `ko` marks the seven baseline minimum requirements of §6.3. */
const score = (baseline: number, gold: number, points: number, ko = false): IndicatorScoring => ({
  baseline,
  gold,
  points,
  knockout: ko,
});

const lower: Direction = "lower";

/**
 * DOMAIN.md §6.1, row by row in catalogue order. Unscored indicators (F1, F3, I2, I6, R3) are compared
 * as higher-is-better (SCORING-CLI.md, Conventions); M8's thresholds are on the yes = 1 scale.
 */
const rows: Record<IndicatorId, Row> = {
  S1: { area: "structure", unit: "count", source: "derived", kind: nonNegative, scoring: score(15, 50, 5, true) },
  S2: { area: "structure", unit: "count", source: "derived", kind: countOf(9), scoring: score(2, 4, 5, true) },
  S3: { area: "structure", unit: "percent", source: "derived", kind: share, scoring: score(50, 60, 5, true) },
  S4: { area: "structure", unit: "percent", source: "derived", kind: share, scoring: score(50, 70, 5) },
  S5: { area: "structure", unit: "percent", source: "derived", kind: share, scoring: score(5, 10, 5) },
  S6: { area: "structure", unit: "percent", source: "derived", kind: share, scoring: score(50, 75, 5) },
  S7: { area: "structure", unit: "percent", source: "derived", kind: between(-100, null), scoring: score(0, 10, 5) },
  S8: { area: "structure", unit: "percent", source: "derived", kind: share, scoring: score(5, 15, 4) },
  M1: { area: "management", unit: "years", source: "reported", kind: nonNegative, scoring: score(2, 5, 5, true) },
  M2: { area: "management", unit: "fte", source: "reported", kind: nonNegative, scoring: score(1, 3, 5, true), decimals: 1 },
  M3: { area: "management", unit: "fte", source: "derived", kind: nonNegative, scoring: score(1, 2.5, 5), decimals: 1 },
  M4: { area: "management", unit: "years", source: "reported", kind: nonNegative, scoring: score(3, 5, 5) },
  M5: { area: "management", unit: "days", source: "reported", kind: nonNegative, scoring: score(2, 5, 4) },
  M6: { area: "management", unit: "scale", source: "reported", kind: between(0, 4), scoring: score(2, 3, 5) },
  M7: { area: "management", unit: "years", source: "reported", kind: nonNegative, direction: lower, scoring: score(3, 2, 5, true) },
  M8: { area: "management", unit: "yes-no", source: "reported", kind: yesNo, scoring: score(1, 1, 5) },
  F1: { area: "financing", unit: "eur", source: "reported", kind: nonNegative, scoring: null },
  F2: { area: "financing", unit: "percent", source: "reported", kind: share, direction: lower, scoring: score(80, 50, 5) },
  F3: { area: "financing", unit: "percent", source: "reported", kind: share, scoring: null },
  F4: { area: "financing", unit: "years", source: "reported", kind: nonNegative, scoring: score(1, 3, 5, true) },
  V1: { area: "services", unit: "count", source: "derived", kind: countOf(13), scoring: score(4, 8, 5) },
  V2: { area: "services", unit: "percent", source: "derived", kind: share, scoring: score(40, 70, 5) },
  V3: { area: "services", unit: "scale", source: "derived", kind: between(1, 5), scoring: score(3.5, 4.2, 5), decimals: 1 },
  V4: { area: "services", unit: "months", source: "derived", kind: nonNegative, direction: lower, scoring: score(24, 12, 5) },
  V5: { area: "services", unit: "count", source: "reported", kind: nonNegative, scoring: score(1, 4, 4) },
  V6: { area: "services", unit: "count", source: "derived", kind: countOf(2), scoring: score(1, 2, 5) },
  I1: { area: "interaction", unit: "count", source: "derived", kind: nonNegative, scoring: score(3, 10, 5) },
  I2: { area: "interaction", unit: "count", source: "derived", kind: nonNegative, scoring: null },
  I3: { area: "interaction", unit: "percent", source: "derived", kind: share, scoring: score(40, 70, 5) },
  I4: { area: "interaction", unit: "ratio", source: "derived", kind: nonNegative, scoring: score(0.2, 1, 4), decimals: 1 },
  I5: { area: "interaction", unit: "count", source: "derived", kind: nonNegative, scoring: score(1, 3, 5) },
  I6: { area: "interaction", unit: "count", source: "reported", kind: countOf(5), scoring: null },
  R1: { area: "achievements", unit: "count", source: "reported", kind: nonNegative, scoring: score(3, 6, 5) },
  R2: { area: "achievements", unit: "count", source: "derived", kind: nonNegative, scoring: score(2, 6, 5) },
  R3: { area: "achievements", unit: "count", source: "reported", kind: nonNegative, scoring: null },
  R4: { area: "achievements", unit: "count", source: "reported", kind: nonNegative, scoring: score(1, 3, 4) },
};

function define(id: IndicatorId, row: Row): IndicatorRule {
  return {
    id,
    area: row.area,
    unit: row.unit,
    direction: row.direction ?? "higher",
    source: row.source,
    kind: row.kind,
    scoring: row.scoring,
    decimals: row.decimals ?? 0,
  };
}

/** The indicators of the current catalogue (indicator-catalogue.ts) without their texts, in catalogue order. */
export const indicatorRules: readonly IndicatorRule[] = (Object.entries(rows) as [IndicatorId, Row][]).map(([id, row]) => define(id, row));
