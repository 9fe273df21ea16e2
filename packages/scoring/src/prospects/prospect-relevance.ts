import type { BilingualLabel } from "../domain/labels";
import { SME_EMPLOYEE_LIMIT } from "../domain/member-categories";
import { type ClusterRegion, distanceFromOffice, isWithinRadius, type Located } from "../members/regional-reach";
import { countText } from "../members/source-sentence";
import type { ClusterFocus, FocusItem } from "./cluster-focus";

/** The most points each factor of the relevance score gives; they add up to 100. */
export const RELEVANCE_POINTS = { region: 40, sector: 30, technology: 15, size: 15 } as const;

/** A prospect is relevant (counts for S8 and is shown first) from this score on, given it shares the focus. */
export const RELEVANT_SCORE = 50;

/** Beyond the radius but within this multiple of it a prospect is "just outside" and gets part of the region points. */
export const NEAR_RADIUS_FACTOR = 1.5;

/** A prospect as the relevance score reads it. */
export interface ScoredProspectInput extends Located {
  nace: readonly string[];
  technologyTags: readonly string[];
  employees: number | null;
}

export type RelevanceFactor = keyof typeof RELEVANCE_POINTS;

/** One reason: the factor, the points it gave of its maximum and a sentence in German and English. */
export interface RelevanceReason {
  factor: RelevanceFactor;
  points: number;
  max: number;
  text: BilingualLabel;
}

export interface ProspectRelevance {
  /** 0–100, whole points. */
  score: number;
  distanceKm: number | null;
  withinRadius: boolean;
  /** Score at least RELEVANT_SCORE and a NACE or technology overlap with the focus (waived when the cluster has no focus yet). */
  relevant: boolean;
  reasons: RelevanceReason[];
}

const km = (value: number, locale: "de" | "en") => countText(Math.round(value), locale);
const percent = (value: number) => Math.round(value);

/**
 * A reason whose sentences are written when first read: the ranking scores every prospect of a list
 * (50,000 in the benchmark) but a page shows the reasons of twenty.
 */
function reason(factor: RelevanceFactor, points: number, text: () => BilingualLabel): RelevanceReason {
  let written: BilingualLabel | null = null;
  return {
    factor,
    points,
    max: RELEVANCE_POINTS[factor],
    get text() {
      written ??= text();
      return written;
    },
  };
}

function regionReason(distanceKm: number | null, region: ClusterRegion): RelevanceReason {
  const r = region.radiusKm;
  if (distanceKm === null)
    return reason("region", 0, () => ({ de: "Standort unbekannt (nicht geokodiert)", en: "Location unknown (not geocoded)" }));
  if (distanceKm <= r) {
    return reason("region", RELEVANCE_POINTS.region, () => ({
      de: `Im Radius von ${r} km (${km(distanceKm, "de")} km vom Büro)`,
      en: `Within the ${r} km radius (${km(distanceKm, "en")} km from the office)`,
    }));
  }
  if (distanceKm <= r * NEAR_RADIUS_FACTOR) {
    return reason("region", Math.round(RELEVANCE_POINTS.region * 0.375), () => ({
      de: `Knapp außerhalb des Radius (${km(distanceKm, "de")} km vom Büro)`,
      en: `Just outside the radius (${km(distanceKm, "en")} km from the office)`,
    }));
  }
  return reason("region", 0, () => ({
    de: `Außerhalb des Radius (${km(distanceKm, "de")} km vom Büro)`,
    en: `Outside the radius (${km(distanceKm, "en")} km from the office)`,
  }));
}

/** The focus item of `codes` with the highest weight, or null. */
function bestMatch(codes: readonly string[], focus: readonly FocusItem[]): FocusItem | null {
  let best: FocusItem | null = null;
  for (const item of focus) if (codes.includes(item.code) && (best === null || item.weight > best.weight)) best = item;
  return best;
}

/** Full points scale from half (a focus code held by few) to all (the most common focus code). */
const scaled = (max: number, weight: number) => Math.round(max * (0.5 + 0.5 * weight));

function sectorReason(nace: readonly string[], focus: ClusterFocus): RelevanceReason {
  const division = bestMatch(nace, focus.nace);
  if (division) {
    return reason("sector", scaled(RELEVANCE_POINTS.sector, division.weight), () => ({
      de: `NACE ${division.code} gehört zum Schwerpunkt des Clusters (${percent(division.share)} % der engagierten Mitglieder)`,
      en: `NACE ${division.code} is part of the cluster's focus (${percent(division.share)} % of committed members)`,
    }));
  }
  const section = bestMatch(
    nace.map((code) => code.slice(0, 1)),
    focus.naceSections,
  );
  if (section) {
    return reason("sector", Math.round(RELEVANCE_POINTS.sector / 3), () => ({
      de: `Gleicher NACE-Abschnitt ${section.code} wie ${percent(section.share)} % der engagierten Mitglieder`,
      en: `Same NACE section ${section.code} as ${percent(section.share)} % of committed members`,
    }));
  }
  return reason("sector", 0, () =>
    nace.length === 0
      ? { de: "Keine NACE-Codes angegeben", en: "No NACE codes given" }
      : { de: "Branche außerhalb des Schwerpunkts des Clusters", en: "Sector outside the cluster's focus" },
  );
}

/** A tag matches its parent field partly (DOMAIN.md §1.3): `production` and `production/robotics` share the field. */
const fieldOf = (tag: string) => tag.split("/")[0] ?? tag;

function technologyReason(tags: readonly string[], focus: ClusterFocus): RelevanceReason {
  const exact = bestMatch(tags, focus.technologies);
  if (exact) {
    return reason("technology", scaled(RELEVANCE_POINTS.technology, exact.weight), () => ({
      de: `Technologie ${exact.code} gehört zum Schwerpunkt (${percent(exact.share)} % der engagierten Mitglieder)`,
      en: `Technology ${exact.code} is part of the focus (${percent(exact.share)} % of committed members)`,
    }));
  }
  const fields = new Set(tags.map(fieldOf));
  const partial = tags.length === 0 ? undefined : focus.technologies.find((item) => fields.has(fieldOf(item.code)));
  if (partial) {
    return reason("technology", Math.round(RELEVANCE_POINTS.technology / 3), () => ({
      de: `Gleiches Technologiefeld wie ${partial.code}`,
      en: `Same technology field as ${partial.code}`,
    }));
  }
  return reason("technology", 0, () =>
    tags.length === 0
      ? { de: "Keine Technologien angegeben", en: "No technologies given" }
      : { de: "Technologien außerhalb des Schwerpunkts", en: "Technologies outside the focus" },
  );
}

/**
 * Size: SMEs (fewer than 250 employees, DOMAIN.md §1.2) are the typical cluster members and get the most
 * points; a large company is still worth approaching; an unknown size gets a little, so it is not hidden.
 */
function sizeReason(employees: number | null): RelevanceReason {
  if (employees === null || employees === 0) {
    return reason("size", 5, () => ({ de: "Beschäftigtenzahl unbekannt", en: "Number of employees unknown" }));
  }
  if (employees < SME_EMPLOYEE_LIMIT) {
    return reason("size", RELEVANCE_POINTS.size, () => ({
      de: `KMU mit ${countText(employees, "de")} Beschäftigten`,
      en: `SME with ${countText(employees, "en")} employees`,
    }));
  }
  return reason("size", 10, () => ({
    de: `Großunternehmen mit ${countText(employees, "de")} Beschäftigten`,
    en: `Large company with ${countText(employees, "en")} employees`,
  }));
}

/**
 * The relevance of a prospect for the cluster (issue 9, growth potential), 0–100: inside the radius (40),
 * overlap with the cluster's NACE focus (30) and technology focus (15), size (15); each factor with its
 * reason in German and English.
 */
export function prospectRelevance(prospect: ScoredProspectInput, focus: ClusterFocus, region: ClusterRegion): ProspectRelevance {
  const distanceKm = distanceFromOffice(prospect, region);
  const reasons = [
    regionReason(distanceKm, region),
    sectorReason(prospect.nace, focus),
    technologyReason(prospect.technologyTags, focus),
    sizeReason(prospect.employees),
  ];
  const score = reasons.reduce((sum, reason) => sum + reason.points, 0);
  const hasFocus = focus.nace.length > 0 || focus.naceSections.length > 0 || focus.technologies.length > 0;
  const overlaps = reasons.some((reason) => (reason.factor === "sector" || reason.factor === "technology") && reason.points > 0);
  return {
    score,
    distanceKm,
    withinRadius: isWithinRadius(prospect, region),
    relevant: score >= RELEVANT_SCORE && (overlaps || !hasFocus),
    reasons,
  };
}
