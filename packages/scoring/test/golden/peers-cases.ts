import type { IndicatorValues, LabelAward, PeersCommandInput } from "../../src/benchmark";
import type { ExpectedPeers, GoldenCase } from "./golden-case";

type PeersCase = GoldenCase<PeersCommandInput, ExpectedPeers>;
type Reference = PeersCommandInput["reference"][number];

const asOf = "2026-06-30";
const own = { id: "si", country: "DE", sector: "ICT" };

/** A reference benchmarking of cluster `id`, by default in the own sector and country and in the window. */
function ref(id: string, values: IndicatorValues, extra: Partial<Reference> = {}): Reference {
  return { id, country: "DE", sector: "ICT", benchmarkDate: "2025-03-01", values, ...extra };
}

/** `count` reference clusters c01, c02, … with S1 = 10, 20, 30, … and M7 = 1, 2, 3, … */
function ladder(count: number, extra: (index: number) => Partial<Reference> = () => ({})): Reference[] {
  return Array.from({ length: count }, (_, index) =>
    ref(`c${String(index + 1).padStart(2, "0")}`, { S1: 10 * (index + 1), M7: index + 1 }, extra(index)),
  );
}

const ids = (count: number, prefix = "c") => Array.from({ length: count }, (_, index) => `${prefix}${String(index + 1).padStart(2, "0")}`);
const gold = (validFrom: string, validUntil: string): LabelAward => ({ level: "gold", validFrom, validUntil });

const hidden = (kind: string, n: number, reason: string) => ({ kind, n, shown: false, reason });
const shown = (kind: string, n: number) => ({ kind, n, shown: true, reason: null });

function peers(
  name: string,
  rule: string,
  reference: Reference[],
  values: IndicatorValues,
  expected: ExpectedPeers,
  date = asOf,
): PeersCase {
  return { name, rule, input: { asOf: date, cluster: { ...own, values }, reference }, expected };
}

export const peersCases: PeersCase[] = [
  peers(
    "a group of 10 is shown, with type-7 quartiles, mean and percentile",
    "§6.2 groups need at least 10 members; statistics by R's type 7",
    ladder(10),
    { S1: 52, M7: 4 },
    {
      groups: [shown("sector", 10), shown("country", 10), shown("best-in-class", 10)],
      statistics: {
        sector: {
          S1: { n: 10, min: 10, q1: 32.5, median: 55, q3: 77.5, max: 100, mean: 55, own: 52, percentile: 50 },
          // Lower is better: 4 equals or beats 4, 5, …, 10.
          M7: { n: 10, min: 1, q1: 3.25, median: 5.5, q3: 7.75, max: 10, mean: 5.5, own: 4, percentile: 70 },
          S2: { n: 0, min: null, q1: null, median: null, q3: null, max: null, mean: null, own: null, percentile: null },
        },
      },
      strengths: [],
      developmentAreas: [],
    },
  ),
  peers(
    "a group of 9 is hidden with a reason; strengths need the sector group",
    "§6.2 a hidden group says why; strengths and development areas only against a shown sector group",
    [...ladder(9), ref("x01", { S1: 1 }, { sector: "Other" })],
    { S1: 1000, M7: 0 },
    {
      groups: [
        hidden("sector", 9, "only 9 clusters in the same sector; at least 10 are needed"),
        shown("country", 10),
        shown("best-in-class", 10),
      ],
      strengths: [],
      developmentAreas: [],
    },
  ),
  peers(
    "no cluster in the same country",
    "§6.2 a hidden group says why",
    ladder(10, () => ({ country: "AT" })),
    {},
    {
      groups: [
        shown("sector", 10),
        hidden("country", 0, "no clusters in the same country; at least 10 are needed"),
        shown("best-in-class", 10),
      ],
    },
  ),
  peers(
    "strengths at a percentile of exactly 75, development areas at exactly 25; unscored and missing never listed",
    "§6.2 strengths (percentile ≥ 75) and development areas (≤ 25) against the sector group",
    Array.from({ length: 12 }, (_, index) =>
      ref(`c${String(index + 1).padStart(2, "0")}`, { S1: index + 1, S2: index < 4 ? 1 : 5, M8: index < 9, F1: index, M7: index + 1 }),
    ),
    { S1: 9, S2: 1, M8: true, F1: 0, M7: 10 },
    {
      statistics: {
        sector: {
          S1: { percentile: 75 },
          S2: { percentile: 33.3 },
          M8: { n: 12, mean: 0.75, own: 1, percentile: 100 },
          M7: { percentile: 25 },
          F1: { percentile: 8.3 },
        },
      },
      strengths: ["S1", "M8"],
      developmentAreas: ["M7"],
    },
  ),
  peers(
    "yes/no values count as 1 and 0; no equals no",
    "§6.2 statistics: yes = 1, no = 0",
    ladder(10, (index) => ({ values: { M8: index < 3 } })),
    { M8: false },
    {
      statistics: { sector: { M8: { n: 10, min: 0, q1: 0, median: 0, q3: 0.75, max: 1, mean: 0.3, own: 0, percentile: 70 } } },
      developmentAreas: [],
    },
  ),
  peers(
    "percentiles round half-up to 1 decimal",
    "SCORING-CLI peers: percentile rounded half-up to 1 decimal",
    [...ladder(16), ...ladder(16).map((entry) => ({ ...entry, id: `d${entry.id}`, benchmarkDate: "2024-01-01" }))],
    { S1: 10 },
    // 2 of 32 = 6.25 → 6.3 in both groups.
    { statistics: { sector: { S1: { n: 32, percentile: 6.3 } }, country: { S1: { percentile: 6.3 } } }, developmentAreas: ["S1"] },
  ),
  peers(
    "the pool window: asOf − 3 years and asOf included, a day outside either end excluded",
    "§6.2 the latest finalised benchmarking of every other cluster within the last 3 years",
    [
      ...ladder(8),
      ref("edge-old", { S1: 1 }, { benchmarkDate: "2023-06-30" }),
      ref("edge-new", { S1: 1 }, { benchmarkDate: "2026-06-30" }),
      ref("too-old", { S1: 1 }, { benchmarkDate: "2023-06-29" }),
      ref("too-new", { S1: 1 }, { benchmarkDate: "2026-07-01" }),
      ref("si", { S1: 1 }),
    ],
    {},
    {
      groups: [{ ...shown("sector", 10), members: [...ids(8), "edge-new", "edge-old"] }, shown("country", 10), shown("best-in-class", 10)],
    },
  ),
  peers(
    "29 February − 3 years is 28 February",
    "SCORING-CLI Conventions: day clamped to the month's last day",
    [...ladder(9), ref("edge", { S1: 1 }, { benchmarkDate: "2025-02-28" }), ref("out", { S1: 1 }, { benchmarkDate: "2025-02-27" })],
    {},
    { groups: [{ ...shown("sector", 10), members: [...ids(9), "edge"] }, shown("country", 10), shown("best-in-class", 10)] },
    "2028-02-29",
  ),
  peers(
    "the latest entry of a cluster counts, older ones and its own entries do not",
    "§6.2 latest benchmarking of every other cluster",
    [...ladder(10), ref("c01", { S1: 500 }, { benchmarkDate: "2026-01-01" }), ref("c02", { S1: 999 }, { benchmarkDate: "2026-08-01" })],
    { S1: 55 },
    { statistics: { sector: { S1: { n: 10, min: 20, max: 500, percentile: 40 } } } },
  ),
  peers(
    "best-in-class is every valid Gold holder when there are 10 or more",
    "§6.2 best-in-class: clusters holding a valid Gold label at the benchmark date",
    [
      ...ladder(11, (index) => ({ labels: [gold("2025-04-01", "2027-04-01")], sector: index < 5 ? "ICT" : "Other" })),
      ...ladder(5).map((entry) => ({ ...entry, id: `n${entry.id}`, values: { S1: 10_000 } })),
    ],
    {},
    { groups: [shown("sector", 10), shown("country", 16), { ...shown("best-in-class", 11), members: ids(11) }] },
  ),
  peers(
    "Gold holders expired, not yet valid or Silver do not count; validUntil = asOf counts; labels of all entries count",
    "§6.2 a valid Gold label: validFrom ≤ asOf ≤ validUntil, from the union of a cluster's labels",
    [
      ...ladder(12),
      ref("c12", {}, { benchmarkDate: "2020-01-01", labels: [gold("2024-06-30", "2026-06-30")] }),
      ref("c11", {}, { benchmarkDate: "2020-01-01", labels: [gold("2024-01-01", "2026-06-29")] }),
      ref("c10", {}, { benchmarkDate: "2020-01-01", labels: [gold("2026-07-01", "2028-07-01")] }),
      ref("c09", {}, { benchmarkDate: "2020-01-01", labels: [{ level: "silver", validFrom: "2025-01-01", validUntil: "2027-01-01" }] }),
    ],
    {},
    {
      // Only c12 holds a valid Gold label. S1 rises and M7 (lower is better) rises with the id, so every
      // other cluster has a composite score of exactly 50 and the ties go to the lowest ids.
      groups: [shown("sector", 12), shown("country", 12), { ...shown("best-in-class", 10), members: [...ids(9), "c12"] }],
    },
  ),
  peers(
    "fewer than 10 Gold holders are completed by composite score, highest first",
    "§6.2 best-in-class completed with the highest composite scores until there are 10",
    Array.from({ length: 14 }, (_, index) =>
      ref(
        `c${String(index + 1).padStart(2, "0")}`,
        { S1: 10 * (index + 1) },
        { labels: index === 0 ? [gold("2025-01-01", "2027-01-01")] : [] },
      ),
    ),
    {},
    { groups: [shown("sector", 14), shown("country", 14), { ...shown("best-in-class", 10), members: ["c01", ...ids(14).slice(5)] }] },
  ),
  peers(
    "equal composite scores tie by id even when floating-point sums differ in the last bit",
    "§6.2 best-in-class completed by composite score, ties by id ascending",
    [
      // Nine Gold holders and three candidates for the last place; S1, S4 and S5 each rank 0 … 11.
      ...[1, 2, 3, 4, 5, 6, 7, 9, 11].map((s1, index) =>
        ref(
          `g${String(index + 1).padStart(2, "0")}`,
          { S1: s1, S4: [1, 2, 3, 4, 5, 6, 7, 10, 11][index] ?? 0, S5: [1, 2, 3, 4, 5, 6, 7, 8, 11][index] ?? 0 },
          {
            labels: [gold("2025-01-01", "2027-01-01")],
          },
        ),
      ),
      // Both beat 8, 9 and 10 of 11 others: a mean of 81.8181…, summed in a different order
      // (72.72… + 81.81… + 90.90… as floats is one ulp above 90.90… + 72.72… + 81.81…).
      ref("z1", { S1: 8, S4: 9, S5: 10 }),
      ref("m1", { S1: 10, S4: 8, S5: 9 }),
      ref("c0", { S1: 0, S4: 0, S5: 0 }),
    ],
    {},
    { groups: [shown("sector", 12), shown("country", 12), { ...shown("best-in-class", 10), members: [...ids(9, "g"), "m1"] }] },
  ),
  peers(
    "a pool smaller than 10 hides every group, best-in-class included",
    "§6.2 the minimum of 10 applies to every group",
    ladder(3),
    { S1: 5 },
    {
      groups: [
        hidden("sector", 3, "only 3 clusters in the same sector; at least 10 are needed"),
        hidden("country", 3, "only 3 clusters in the same country; at least 10 are needed"),
        { ...hidden("best-in-class", 3, "only 3 clusters in the reference pool; at least 10 are needed"), members: ids(3) },
      ],
      strengths: [],
      developmentAreas: [],
    },
  ),
];
