import type { IndicatorId } from "./indicator-types";

/** The three Cluster Management Excellence Labels of DOMAIN.md §6.3, lowest first. */
export const labelLevels = ["bronze", "silver", "gold"] as const;
export type LabelLevel = (typeof labelLevels)[number];

/** A minimum an indicator of the assessed benchmarking must reach (Bronze's eligibility criteria). */
export interface MinimumRequirement {
  id: IndicatorId;
  min: number;
}

/**
 * The label rules of §6.3 as data; DOMAIN.md calls the validity periods configurable and these are
 * their defaults (SCORING-CLI.md, Conventions).
 */
export interface LabelRules {
  /** Bronze: ≥ 15 committed members, ≥ 2 member categories, ≥ 0.5 FTE management. */
  bronzeRequirements: readonly MinimumRequirement[];
  /** Silver: the assessed benchmarking lies 18 to 24 months (inclusive) after the previous one. */
  silverMinMonths: number;
  silverMaxMonths: number;
  /** Silver: at least this many validated improvement areas. */
  silverImprovements: number;
  /** Gold: at least this many points (80 % of 150). */
  goldMinPoints: number;
  /** Gold: decided by this many different assessors. */
  goldAssessors: number;
  /** A first award is valid this many years from its assessment date. */
  validityYears: number;
  /** A renewal assessed at most this many years after the previous expiry ... */
  renewalWindowYears: number;
  /** ... runs to the previous expiry plus this many years. */
  renewalYears: number;
}

export const defaultLabelRules: LabelRules = {
  bronzeRequirements: [
    { id: "S1", min: 15 },
    { id: "S2", min: 2 },
    { id: "M2", min: 0.5 },
  ],
  silverMinMonths: 18,
  silverMaxMonths: 24,
  silverImprovements: 3,
  goldMinPoints: 120,
  goldAssessors: 2,
  validityYears: 2,
  renewalWindowYears: 1,
  renewalYears: 3,
};
