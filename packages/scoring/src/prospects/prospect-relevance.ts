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

const km = (value: number, locale: "de" | "en") => countText(Math.round(value), locale);
const percent = (value: number) => Math.round(value);

/** The focus item of `codes` with the highest weight, or null; `sectionOnly` compares the section letters. */
function bestMatch(codes: readonly string[], focus: readonly FocusItem[], sectionOnly = false): FocusItem | null {
  let best: FocusItem | null = null;
  for (const item of focus) {
    const held = sectionOnly ? codes.some((code) => code.charAt(0) === item.code) : codes.includes(item.code);
    if (held && (best === null || item.weight > best.weight)) best = item;
  }
  return best;
}

/** A tag matches its parent field partly (DOMAIN.md §1.3): `production` and `production/robotics` share the field. */
const fieldOf = (tag: string) => tag.split("/")[0] ?? tag;
const partialTechnology = (tags: readonly string[], focus: ClusterFocus) =>
  tags.length === 0 ? undefined : focus.technologies.find((item) => tags.some((tag) => fieldOf(tag) === fieldOf(item.code)));

/** Full points scale from half (a focus code held by few) to all (the most common focus code). */
const scaled = (max: number, weight: number) => Math.round(max * (0.5 + 0.5 * weight));

/** Region: all points inside the radius, 15 just outside (up to 1.5 × the radius), none beyond or without a location. */
function regionPoints(distanceKm: number | null, region: ClusterRegion): number {
  if (distanceKm === null) return 0;
  if (distanceKm <= region.radiusKm) return RELEVANCE_POINTS.region;
  return distanceKm <= region.radiusKm * NEAR_RADIUS_FACTOR ? Math.round(RELEVANCE_POINTS.region * 0.375) : 0;
}

/** Sector: a focus division by its weight (15–30), else a section of the members (10), else 0. */
function sectorPoints(nace: readonly string[], focus: ClusterFocus): number {
  const division = bestMatch(nace, focus.nace);
  if (division) return scaled(RELEVANCE_POINTS.sector, division.weight);
  return bestMatch(nace, focus.naceSections, true) ? Math.round(RELEVANCE_POINTS.sector / 3) : 0;
}

/** Technology: a focus tag by its weight (8–15), else the same field (5), else 0. */
function technologyPoints(tags: readonly string[], focus: ClusterFocus): number {
  const exact = bestMatch(tags, focus.technologies);
  if (exact) return scaled(RELEVANCE_POINTS.technology, exact.weight);
  return partialTechnology(tags, focus) ? Math.round(RELEVANCE_POINTS.technology / 3) : 0;
}

/**
 * Size: SMEs (fewer than 250 employees, DOMAIN.md §1.2) are the typical cluster members and get the most
 * points; a large company is still worth approaching; an unknown size gets a little, so it is not hidden.
 */
function sizePoints(employees: number | null): number {
  if (employees === null || employees === 0) return 5;
  return employees < SME_EMPLOYEE_LIMIT ? RELEVANCE_POINTS.size : 10;
}

function regionText(distanceKm: number | null, region: ClusterRegion): BilingualLabel {
  const r = region.radiusKm;
  if (distanceKm === null) return { de: "Standort unbekannt (nicht geokodiert)", en: "Location unknown (not geocoded)" };
  if (distanceKm <= r) {
    return {
      de: `Im Radius von ${r} km (${km(distanceKm, "de")} km vom Büro)`,
      en: `Within the ${r} km radius (${km(distanceKm, "en")} km from the office)`,
    };
  }
  if (distanceKm <= r * NEAR_RADIUS_FACTOR) {
    return {
      de: `Knapp außerhalb des Radius (${km(distanceKm, "de")} km vom Büro)`,
      en: `Just outside the radius (${km(distanceKm, "en")} km from the office)`,
    };
  }
  return {
    de: `Außerhalb des Radius (${km(distanceKm, "de")} km vom Büro)`,
    en: `Outside the radius (${km(distanceKm, "en")} km from the office)`,
  };
}

function sectorText(nace: readonly string[], focus: ClusterFocus): BilingualLabel {
  const division = bestMatch(nace, focus.nace);
  if (division) {
    return {
      de: `NACE ${division.code} gehört zum Schwerpunkt des Clusters (${percent(division.share)} % der engagierten Mitglieder)`,
      en: `NACE ${division.code} is part of the cluster's focus (${percent(division.share)} % of committed members)`,
    };
  }
  const section = bestMatch(nace, focus.naceSections, true);
  if (section) {
    return {
      de: `Gleicher NACE-Abschnitt ${section.code} wie ${percent(section.share)} % der engagierten Mitglieder`,
      en: `Same NACE section ${section.code} as ${percent(section.share)} % of committed members`,
    };
  }
  return nace.length === 0
    ? { de: "Keine NACE-Codes angegeben", en: "No NACE codes given" }
    : { de: "Branche außerhalb des Schwerpunkts des Clusters", en: "Sector outside the cluster's focus" };
}

function technologyText(tags: readonly string[], focus: ClusterFocus): BilingualLabel {
  const exact = bestMatch(tags, focus.technologies);
  if (exact) {
    return {
      de: `Technologie ${exact.code} gehört zum Schwerpunkt (${percent(exact.share)} % der engagierten Mitglieder)`,
      en: `Technology ${exact.code} is part of the focus (${percent(exact.share)} % of committed members)`,
    };
  }
  const partial = partialTechnology(tags, focus);
  if (partial) return { de: `Gleiches Technologiefeld wie ${partial.code}`, en: `Same technology field as ${partial.code}` };
  return tags.length === 0
    ? { de: "Keine Technologien angegeben", en: "No technologies given" }
    : { de: "Technologien außerhalb des Schwerpunkts", en: "Technologies outside the focus" };
}

function sizeText(employees: number | null): BilingualLabel {
  if (employees === null || employees === 0) return { de: "Beschäftigtenzahl unbekannt", en: "Number of employees unknown" };
  if (employees < SME_EMPLOYEE_LIMIT) {
    return { de: `KMU mit ${countText(employees, "de")} Beschäftigten`, en: `SME with ${countText(employees, "en")} employees` };
  }
  return {
    de: `Großunternehmen mit ${countText(employees, "de")} Beschäftigten`,
    en: `Large company with ${countText(employees, "en")} employees`,
  };
}

/**
 * The relevance of one prospect: the score and its parts at once, the reasons (with their sentences)
 * when first read, since the ranking scores every prospect of a list (50,000 in the benchmark) and a page
 * shows the reasons of twenty. Serialises as plain data (`toJSON`).
 */
export class ProspectRelevance {
  /** 0–100, whole points. */
  readonly score: number;
  readonly distanceKm: number | null;
  readonly withinRadius: boolean;
  /** Score at least RELEVANT_SCORE and a NACE or technology overlap with the focus (waived when the cluster has no focus yet). */
  readonly relevant: boolean;
  readonly #points: Record<RelevanceFactor, number>;
  #reasons: RelevanceReason[] | null = null;

  constructor(
    private readonly prospect: ScoredProspectInput,
    private readonly focus: ClusterFocus,
    private readonly region: ClusterRegion,
  ) {
    this.distanceKm = distanceFromOffice(prospect, region);
    this.withinRadius = isWithinRadius(prospect, region);
    this.#points = {
      region: regionPoints(this.distanceKm, region),
      sector: sectorPoints(prospect.nace, focus),
      technology: technologyPoints(prospect.technologyTags, focus),
      size: sizePoints(prospect.employees),
    };
    this.score = this.#points.region + this.#points.sector + this.#points.technology + this.#points.size;
    const hasFocus = focus.nace.length > 0 || focus.naceSections.length > 0 || focus.technologies.length > 0;
    const overlaps = this.#points.sector > 0 || this.#points.technology > 0;
    this.relevant = this.score >= RELEVANT_SCORE && (overlaps || !hasFocus);
  }

  /** The four factors in order (region, sector, technology, size), each with its points and sentences. */
  get reasons(): RelevanceReason[] {
    const { prospect, focus, region } = this;
    const reason = (factor: RelevanceFactor, text: BilingualLabel): RelevanceReason => ({
      factor,
      points: this.#points[factor],
      max: RELEVANCE_POINTS[factor],
      text,
    });
    this.#reasons ??= [
      reason("region", regionText(this.distanceKm, region)),
      reason("sector", sectorText(prospect.nace, focus)),
      reason("technology", technologyText(prospect.technologyTags, focus)),
      reason("size", sizeText(prospect.employees)),
    ];
    return this.#reasons;
  }

  toJSON() {
    return {
      score: this.score,
      distanceKm: this.distanceKm,
      withinRadius: this.withinRadius,
      relevant: this.relevant,
      reasons: this.reasons,
    };
  }
}

/**
 * The relevance of a prospect for the cluster (issue 9, growth potential), 0–100: inside the radius (40),
 * overlap with the cluster's NACE focus (30) and technology focus (15), size (15); each factor with its
 * reason in German and English.
 */
export function prospectRelevance(prospect: ScoredProspectInput, focus: ClusterFocus, region: ClusterRegion): ProspectRelevance {
  return new ProspectRelevance(prospect, focus, region);
}
