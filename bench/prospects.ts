import { importProspectChunk } from "@clusterwerk/api";
import { loadClusterProspects } from "@clusterwerk/db";
import { createTestDatabase } from "@clusterwerk/db/testing";
import { createCluster } from "@clusterwerk/db/testing/factories";
import { memberCategories } from "@clusterwerk/scoring/domain";
import { clusterFocus, type FocusSource, type GrowthProspect, growthPotential } from "@clusterwerk/scoring/prospects";
import { parseProspectCsv, PROSPECT_IMPORT_CHUNK } from "@clusterwerk/validators";
import type { Benchmark, Figure } from "./lib/figure";
import { percentile, seededRandom, timeMs } from "./lib/timing";

const IMPORT_ROWS = 50_000;
const IMPORT_TARGET_S = 30;
const MEMBERS = 5_000;
const PROSPECTS = 50_000;
const RANKING_TARGET_MS = 300;
const AS_OF = "2026-05-01";
/** Smart Industries' office (Mannheim) and its 70 km radius (DOMAIN.md §1). */
const region = { lat: 49.4875, lon: 8.466, radiusKm: 70 };
const towns = [
  "Mannheim",
  "Heidelberg",
  "Ludwigshafen am Rhein",
  "Weinheim",
  "Speyer",
  "Worms",
  "Darmstadt",
  "Karlsruhe",
  "Stuttgart",
  "Frankfurt am Main",
];
const naceCodes = ["C28", "C26", "C27", "C25", "J62", "J63", "M70", "H52", "D35", "C22", "28.41", "62.01"];
const technologies = [
  "production/robotics-automation",
  "digitalisation/iot-sensors",
  "digitalisation/ai-data-analytics",
  "sustainability/hydrogen",
];

/** A register extract of `rows` companies as a CSV file (UTF-8, semicolons, German header), without coordinates, so every row is geocoded. */
export function registerCsv(rows: number, random: () => number): Uint8Array {
  const lines = ["ID;Firma;PLZ;Ort;Land;WZ;Beschäftigte;Webseite"];
  for (let index = 0; index < rows; index += 1) {
    const town = towns[Math.floor(random() * towns.length)] ?? "Mannheim";
    const nace = naceCodes[Math.floor(random() * naceCodes.length)] ?? "C28";
    lines.push(
      `HR-${index};Firma ${index} GmbH;${10000 + (index % 89999)};${town};DE;${nace};${1 + Math.floor(random() * 900)};firma-${index}.example`,
    );
  }
  return new TextEncoder().encode(`${lines.join("\r\n")}\r\n`);
}

/** 50,000 prospect rows: parse and check the file, then import it in chunks of 500 into PGlite (geocoding offline), printing the progress. */
async function importFigures(): Promise<Figure[]> {
  const handle = await createTestDatabase();
  try {
    const cluster = await createCluster(handle.db, { radiusKm: 70 });
    const file = registerCsv(IMPORT_ROWS, seededRandom(3));
    const started = performance.now();
    const preview = parseProspectCsv(file);
    if (!preview.ok) throw new Error(`the generated file was refused: ${preview.message}`);
    const parsedMs = performance.now() - started;
    let done = 0;
    let inserted = 0;
    for (let start = 0; start < preview.rows.length; start += PROSPECT_IMPORT_CHUNK) {
      const rows = preview.rows.slice(start, start + PROSPECT_IMPORT_CHUNK).map((row) => row.row);
      inserted += (await importProspectChunk(handle.db, { clusterId: cluster.id, rows })).inserted;
      done += rows.length;
      if (done % 5_000 === 0)
        console.log(`  import: ${done} / ${preview.rows.length} rows (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }
    const totalS = (performance.now() - started) / 1000;
    if (inserted !== IMPORT_ROWS) throw new Error(`imported ${inserted} of ${IMPORT_ROWS}`);
    const loadStarted = performance.now();
    await loadClusterProspects(handle.db, cluster.id);
    const loadMs = performance.now() - loadStarted;
    return [
      { name: "prospects: parse and check a 50,000-row CSV", value: Math.round(parsedMs), unit: "ms", target: null, ok: null },
      {
        name: "prospects: import 50,000 rows (parse, geocode, upsert in chunks of 500)",
        value: Math.round(totalS * 10) / 10,
        unit: "s",
        target: `< ${IMPORT_TARGET_S} s`,
        ok: totalS < IMPORT_TARGET_S,
      },
      { name: "prospects: load 50,000 prospects of a cluster (PGlite)", value: Math.round(loadMs), unit: "ms", target: null, ok: null },
    ];
  } finally {
    await handle.close();
  }
}

/** 5,000 members and 50,000 prospects around the office, with NACE codes and technologies, a few converted. */
function rankingWorld(random: () => number): { members: FocusSource[]; prospects: GrowthProspect[] } {
  const near = () => {
    const spread = random() < 0.7 ? 1 : 3;
    return { lat: region.lat + (random() - 0.5) * 1.2 * spread, lon: region.lon + (random() - 0.5) * 1.8 * spread };
  };
  const pick = <T>(list: readonly T[], fallback: T) => list[Math.floor(random() * list.length)] ?? fallback;
  const members = Array.from({ length: MEMBERS }, (_, index): FocusSource => ({
    organisationId: `o${index}`,
    category: random() < 0.5 ? "sme" : pick(memberCategories, "other"),
    status: random() < 0.1 ? "applicant" : "active",
    joinedOn: "2020-01-01",
    leftOn: null,
    agreementSigned: random() < 0.6,
    paysFee: random() < 0.5,
    contributesActively: random() < 0.3,
    nace: [pick(naceCodes.slice(0, 10), "C28")],
    technologyTags: [pick(technologies, "digitalisation/iot-sensors")],
    ...(random() < 0.05 ? { lat: null, lon: null } : near()),
  }));
  const prospects = Array.from({ length: PROSPECTS }, (_, index): GrowthProspect => ({
    id: `p${index}`,
    name: `Firma ${index}`,
    status: index % 500 === 0 ? "converted" : index % 7 === 0 ? "contacted" : "new",
    convertedOrganisationId: index % 500 === 0 ? `o${index / 500}` : null,
    nace: [pick(naceCodes.slice(0, 10), "C28")],
    technologyTags: random() < 0.3 ? [pick(technologies, "sustainability/hydrogen")] : [],
    employees: random() < 0.1 ? null : 1 + Math.floor(random() * 900),
    ...(random() < 0.03 ? { lat: null, lon: null } : near()),
  }));
  return { members, prospects };
}

function rankingFigure(): Figure {
  const { members, prospects } = rankingWorld(seededRandom(11));
  const run = () => growthPotential({ asOf: AS_OF, memberships: members, prospects, focus: clusterFocus(members, AS_OF), region });
  run();
  const median = percentile(
    Array.from({ length: 7 }, () => timeMs(run)),
    50,
  );
  return {
    name: "prospects: focus, relevance of 50,000 prospects, ranking and S8 for 5,000 members",
    value: Math.round(median * 10) / 10,
    unit: "ms",
    target: `< ${RANKING_TARGET_MS} ms`,
    ok: median < RANKING_TARGET_MS,
  };
}

/** Growth potential (issue 9): the prospect import and the ranking with penetration at the sizes. */
export const prospectsBenchmark: Benchmark = {
  name: "prospects",
  run: async () => [rankingFigure(), ...(await importFigures())],
};
