import { type Database, type ReferenceBenchmarkingUpsert, upsertReferenceBenchmarkings } from "@clusterwerk/db";
import {
  addMonths,
  addYears,
  evaluateKnockouts,
  INDICATOR_CATALOGUE_VERSION,
  type IndicatorDefinition,
  indicatorCatalogue,
  type IndicatorValues,
  type LabelAward,
  scoreBenchmarking,
} from "@clusterwerk/scoring";
import { sectorFields, type SectorField } from "@clusterwerk/scoring/domain";

/** About ESCA's reference database (DOMAIN.md §6: 1,292 benchmarked clusters from 48 countries). */
export const DEMO_REFERENCE_CLUSTERS = 1300;
export const DEMO_REFERENCE_SOURCE = "Demo reference database (generated)";
const CHUNK = 650;

/**
 * The 48 countries with a weight (how many clusters each gets relative to the others): Germany and
 * Austria, home of the demo clusters, get enough for a country group of their own (§6.2 needs 10).
 */
const countries: readonly (readonly [code: string, name: string, weight: number])[] = [
  ["DE", "Germany", 12],
  ["ES", "Spain", 9],
  ["FR", "France", 8],
  ["IT", "Italy", 7],
  ["AT", "Austria", 5],
  ["PL", "Poland", 5],
  ["DK", "Denmark", 4],
  ["SE", "Sweden", 4],
  ["NL", "Netherlands", 4],
  ["BE", "Belgium", 4],
  ["CZ", "Czechia", 3],
  ["PT", "Portugal", 3],
  ["NO", "Norway", 3],
  ["FI", "Finland", 3],
  ["HU", "Hungary", 3],
  ["RO", "Romania", 3],
  ["GR", "Greece", 2],
  ["SK", "Slovakia", 2],
  ["SI", "Slovenia", 2],
  ["HR", "Croatia", 2],
  ["BG", "Bulgaria", 2],
  ["IE", "Ireland", 2],
  ["LT", "Lithuania", 2],
  ["LV", "Latvia", 2],
  ["EE", "Estonia", 2],
  ["CH", "Switzerland", 2],
  ["TR", "Türkiye", 2],
  ["UA", "Ukraine", 2],
  ["RS", "Serbia", 1],
  ["IS", "Iceland", 1],
  ["LU", "Luxembourg", 1],
  ["MT", "Malta", 1],
  ["CY", "Cyprus", 1],
  ["MK", "North Macedonia", 1],
  ["AL", "Albania", 1],
  ["BA", "Bosnia and Herzegovina", 1],
  ["ME", "Montenegro", 1],
  ["MD", "Moldova", 1],
  ["GE", "Georgia", 1],
  ["AM", "Armenia", 1],
  ["IL", "Israel", 1],
  ["TN", "Tunisia", 1],
  ["MA", "Morocco", 1],
  ["BR", "Brazil", 1],
  ["CO", "Colombia", 1],
  ["CA", "Canada", 1],
  ["JP", "Japan", 1],
  ["KR", "South Korea", 1],
];

/** Short names for cluster names, by sector field (§1.1). */
const sectorWords: Record<SectorField, string> = {
  "Food industry": "Food",
  Biotechnology: "Biotech",
  "Health and medical science": "Health",
  Construction: "Construction",
  "Sports, leisure and tourism": "Tourism",
  "Energy and environment": "Energy",
  "New materials and chemistry": "Materials",
  "Creative industries": "Creative",
  "Production and engineering": "Engineering",
  "Aviation and space": "Aerospace",
  ICT: "ICT",
  "Transportation and mobility": "Mobility",
  Other: "Innovation",
};

/** Mulberry32: a small seeded generator, so every seed writes the same clusters. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller). */
const normal = (random: () => number) => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** The unscored indicators (compared, not scored): plausible magnitudes from a standard score `z`. */
const unscored: Record<string, (z: number) => number> = {
  F1: (z) => Math.round(Math.exp(Math.log(380_000) + 0.6 * z) / 1000) * 1000,
  F3: (z) => round(Math.min(100, Math.max(0, 22 + 10 * z)), 1),
  I2: (z) => Math.max(5, Math.round(35 + 14 * z)),
  I6: (z) => Math.min(5, Math.max(1, Math.round(3 + 1.1 * z))),
  R3: (z) => Math.max(0, Math.round(12 + 7 * z)),
};

/**
 * One value from a standard score `z` (higher = better cluster): scored indicators spread around their
 * thresholds so that about a fifth miss the baseline and a quarter reach gold; S1 and M1 follow the
 * public figures instead (52 members on average, organisations mostly 3–15 years old).
 */
function indicatorValue(indicator: IndicatorDefinition, z: number): number | boolean {
  if (indicator.kind.type === "boolean") return z > -0.9;
  if (indicator.id === "S1") return Math.max(5, Math.round(Math.exp(Math.log(44) + 0.55 * z)));
  if (indicator.id === "M1") return Math.max(1, Math.round(2 + Math.exp(1.7 + 0.6 * z)));
  const generate = unscored[indicator.id];
  if (generate || indicator.scoring === null) return generate ? generate(z) : 0;
  const { baseline, gold } = indicator.scoring;
  const raw = baseline + (gold - baseline) * (0.6 + 0.55 * z);
  const { min } = indicator.kind;
  const maxValue = indicator.kind.max ?? Number.POSITIVE_INFINITY;
  const clamped = Math.min(maxValue, Math.max(min, raw));
  const whole = indicator.kind.type === "count-of" || indicator.unit === "count";
  return whole ? Math.round(clamped) : round(clamped, indicator.unit === "percent" ? 1 : 2);
}

/** The cluster's values: a latent quality shared by all, one per area, and noise per indicator. */
function demoValues(random: () => number): IndicatorValues {
  const quality = normal(random);
  const areaQuality = new Map<string, number>();
  const values: IndicatorValues = {};
  for (const indicator of indicatorCatalogue.indicators) {
    const area = areaQuality.get(indicator.area) ?? 0.75 * quality + 0.66 * normal(random);
    areaQuality.set(indicator.area, area);
    // About one value in forty is missing, as in real interview data.
    if (random() < 0.025) continue;
    values[indicator.id] = indicatorValue(indicator, 0.75 * area + 0.66 * normal(random));
  }
  return values;
}

/** Labels like ESCA's: Gold for the clusters the rules would give it, Silver for some, Bronze for most. */
function demoLabels(values: IndicatorValues, benchmarkDate: string, random: () => number): LabelAward[] {
  const validFrom = addMonths(benchmarkDate, 1);
  const award = (level: LabelAward["level"]): LabelAward[] => [{ level, validFrom, validUntil: addYears(validFrom, 2) }];
  const knockoutsMet = evaluateKnockouts(values).every((knockout) => knockout.met);
  if (knockoutsMet && scoreBenchmarking(values).points >= 120) return award("gold");
  if (knockoutsMet && random() < 0.15) return award("silver");
  return random() < 0.9 ? award("bronze") : [];
}

/** Pick by weight. */
function weighted<T>(items: readonly T[], weightOf: (item: T) => number, random: () => number): T {
  const total = items.reduce((sum, item) => sum + weightOf(item), 0);
  let left = random() * total;
  for (const item of items) {
    left -= weightOf(item);
    if (left < 0) return item;
  }
  const last = items[items.length - 1];
  if (last === undefined) throw new Error("nothing to pick from");
  return last;
}

/**
 * The demo's reference database (issue 10 item 4): about 1,300 generated reference clusters in 48
 * countries, benchmarked within the 34 months before `now` (inside §6.2's 3-year window), so that every
 * peer group of the demo clusters shows. Deterministic: a fixed seed, and the dates follow `now`.
 */
export function demoReferenceBenchmarkings(now: Date): ReferenceBenchmarkingUpsert[] {
  const random = seededRandom(20_260_415);
  const today = now.toISOString().slice(0, 10);
  const serial = new Map<string, number>();
  return Array.from({ length: DEMO_REFERENCE_CLUSTERS }, (_, index) => {
    // Every country at least once, then by weight.
    const [country, countryName] = countries[index] ?? weighted(countries, ([, , weight]) => weight, random);
    const sectorField = sectorFields[index % sectorFields.length] ?? "Other";
    const number = (serial.get(`${country}${sectorField}`) ?? 0) + 1;
    serial.set(`${country}${sectorField}`, number);
    const benchmarkDate = addMonths(today, -Math.floor(random() * 34));
    const values = demoValues(random);
    return {
      importKey: `demo:reference-${String(index + 1).padStart(4, "0")}`,
      clusterName: `${sectorWords[sectorField]} Cluster ${countryName}${number > 1 ? ` ${number}` : ""}`,
      country,
      sectorField,
      benchmarkDate,
      values,
      labels: demoLabels(values, benchmarkDate, random),
      catalogueVersion: INDICATOR_CATALOGUE_VERSION,
    };
  });
}

/** Writes the demo reference database in two batches; returns how many rows. */
export async function seedDemoReferenceClusters(tx: Database, params: { now: Date }): Promise<number> {
  const rows = demoReferenceBenchmarkings(params.now);
  for (let start = 0; start < rows.length; start += CHUNK) {
    await upsertReferenceBenchmarkings(tx, {
      rows: rows.slice(start, start + CHUNK),
      source: DEMO_REFERENCE_SOURCE,
      importedBy: null,
      isDemo: true,
    });
  }
  return rows.length;
}
