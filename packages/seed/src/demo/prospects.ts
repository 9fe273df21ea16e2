import { type Database, schema, upsertProspects } from "@clusterwerk/db";
import { prospectImportKey } from "@clusterwerk/validators";
import { and, eq, inArray } from "drizzle-orm";

const CLUSTER = "smart-industries";
/** How many demo prospects Smart Industries gets (issue 9: penetration and the list show something on first start). */
export const DEMO_PROSPECT_COUNT = 150;

/** Places around Mannheim with their coordinates (degrees); the last five lie beyond the 70 km radius. */
const towns: readonly (readonly [city: string, postalCode: string, lat: number, lon: number])[] = [
  ["Mannheim", "68159", 49.4891, 8.4669],
  ["Ludwigshafen am Rhein", "67059", 49.4774, 8.4452],
  ["Heidelberg", "69115", 49.4077, 8.6908],
  ["Weinheim", "69469", 49.5489, 8.667],
  ["Schwetzingen", "68723", 49.3833, 8.5667],
  ["Viernheim", "68519", 49.5403, 8.5797],
  ["Worms", "67547", 49.6328, 8.3592],
  ["Speyer", "67346", 49.3208, 8.4311],
  ["Frankenthal", "67227", 49.5336, 8.3533],
  ["Bensheim", "64625", 49.6811, 8.6167],
  ["Hockenheim", "68766", 49.3181, 8.5472],
  ["Sinsheim", "74889", 49.253, 8.8786],
  ["Bad Dürkheim", "67098", 49.4618, 8.1723],
  ["Darmstadt", "64283", 49.8717, 8.6503],
  ["Kaiserslautern", "67655", 49.4432, 7.7716],
  ["Landau in der Pfalz", "76829", 49.1989, 8.1169],
  ["Bruchsal", "76646", 49.1245, 8.5981],
  ["Stuttgart", "70173", 48.7758, 9.1829],
  ["Würzburg", "97070", 49.7913, 9.9534],
  ["Saarbrücken", "66111", 49.2402, 6.9969],
  ["Frankfurt am Main", "60311", 50.1109, 8.6821],
  ["Koblenz", "56068", 50.3569, 7.589],
];
const prefixes = [
  "Rhein",
  "Neckar",
  "Kurpfalz",
  "Odenwald",
  "Pfalz",
  "Bergstraße",
  "Quadrate",
  "Hafen",
  "Auen",
  "Lindenhof",
  "Jungbusch",
  "Friesenheim",
  "Rheinau",
  "Käfertal",
  "Seckenheim",
];
/** Business lines with their NACE division and technology topic (DOMAIN.md §1.3). */
const lines: readonly (readonly [name: string, nace: string, technology: string | null])[] = [
  ["Robotik", "C28", "production/robotics-automation"],
  ["Sensorik", "C26", "digitalisation/iot-sensors"],
  ["Automation", "C28", "production/robotics-automation"],
  ["Antriebstechnik", "C27", "mobility/electromobility"],
  ["Software", "J62", "digitalisation/cloud-edge"],
  ["Datenanalyse", "J63", "digitalisation/ai-data-analytics"],
  ["Präzisionsteile", "C25", "production/quality-metrology"],
  ["Lasertechnik", "C27", "production/additive-manufacturing"],
  ["Kunststofftechnik", "C22", "sustainability/circular-economy"],
  ["Logistik", "H52", null],
  ["Energietechnik", "D35", "energy/renewable-energy"],
  ["Unternehmensberatung", "M70", null],
];
const legalForms = ["GmbH", "AG", "GmbH & Co. KG", "UG (haftungsbeschränkt)"];
const sizes = [8, 25, 60, 120, 240, 480, 35, 1500, 15, 90];

/** A small offset (±0.03°) fixed by position, so prospects of one town do not sit on one point. */
const jitter = (index: number, salt: number) => (((index * 7919 + salt * 104729) % 61) - 30) / 1000;

/**
 * About 150 prospects of Smart Industries around Mannheim, some beyond the radius, in the cluster's
 * and other sectors; deterministic (position decides everything), a few already contacted.
 */
export async function seedDemoProspects(tx: Database, params: { clusterIds: ReadonlyMap<string, string>; now: Date }): Promise<number> {
  const clusterId = params.clusterIds.get(CLUSTER);
  if (!clusterId) throw new Error(`demo cluster ${CLUSTER} missing`);
  const rows = Array.from({ length: DEMO_PROSPECT_COUNT }, (_, index) => {
    const [city, postalCode, lat, lon] = towns[index % towns.length] ?? towns[0] ?? ["Mannheim", "68159", 49.4891, 8.4669];
    const [line, nace, technology] = lines[Math.floor(index / prefixes.length) % lines.length] ?? ["Software", "J62", null];
    const name = `${prefixes[index % prefixes.length] ?? "Rhein"} ${line} ${legalForms[index % legalForms.length] ?? "GmbH"}`;
    const externalId = `SI-${String(index + 1).padStart(3, "0")}`;
    return {
      importKey: prospectImportKey({ externalId, name, postalCode, country: "DE" }),
      name,
      city,
      postalCode,
      country: "DE",
      nace: [nace],
      technologyTags: technology ? [technology] : [],
      employees: sizes[index % sizes.length] ?? null,
      website: `https://${name
        .toLowerCase()
        .replace(/ä/g, "ae")
        .replace(/ö/g, "oe")
        .replace(/ü/g, "ue")
        .replace(/ß/g, "ss")
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "")}.example`,
      lat: lat + jitter(index, 1),
      lon: lon + jitter(index, 2),
      geocodedFrom: `${city}, DE`,
      isDemo: true,
    };
  });
  await upsertProspects(tx, { clusterId, rows });
  const contacted = rows.filter((_, index) => index % 9 === 4).map((row) => row.importKey);
  await markDemoContacted(tx, clusterId, contacted, params.now);
  return rows.length;
}

async function markDemoContacted(tx: Database, clusterId: string, importKeys: readonly string[], now: Date) {
  await tx
    .update(schema.prospects)
    .set({ status: "contacted", contactedAt: now })
    .where(and(eq(schema.prospects.clusterId, clusterId), inArray(schema.prospects.importKey, [...importKeys])));
}
