import { partnershipTypes, profileReaches, profileTypes } from "../../src/domain/cooperation";
import { memberCategories } from "../../src/domain/member-categories";
import { type MatchData, matchDataSchema } from "../../src/matching";

/** mulberry32: deterministic numbers in [0, 1) from a seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = [
  "Sensor",
  "Daten",
  "Wartung",
  "predictive",
  "maintenance",
  "Wasserstoff",
  "hydrogen",
  "Roboter",
  "robot",
  "Recycling",
  "Kunststoff",
  "plastics",
  "battery",
  "Batterie",
  "Logistik",
  "logistics",
  "Laser",
  "3D-Druck",
  "additive",
  "manufacturing",
  "Sicherheit",
  "security",
  "digital",
  "twin",
  "Zwilling",
  "Energie",
  "efficiency",
  "Abwärme",
  "medical",
  "device",
  "Medizinprodukt",
  "Kamera",
  "inspection",
  "Prüfung",
  "Schweißen",
  "welding",
];
const tags = [
  "digitalisation",
  "digitalisation/iot-sensors",
  "digitalisation/ai-data-analytics",
  "production",
  "production/robotics-automation",
  "sustainability/hydrogen",
  "sustainability",
];
const naceCodes = ["C", "C26", "C28", "J62", "M72", "D35"];

/**
 * A random but valid world where every factor varies: clusters with partnerships and open
 * matchmaking, organisations of all categories, profiles of all types and reaches, some expired or
 * without consent, texts from a shared bilingual word pool.
 */
export function syntheticWorld(seed: number, clusterCount: number, profileCount: number): MatchData {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const some = <T>(list: readonly T[], most: number): T[] => [
    ...new Set(Array.from({ length: Math.floor(next() * (most + 1)) }, () => pick(list))),
  ];
  const clusters = Array.from({ length: clusterCount }, (_, index) => ({
    id: `c${index}`,
    lat: 47 + next() * 8,
    lon: 5 + next() * 10,
    radiusKm: 30 + Math.floor(next() * 150),
    openMatchmaking: next() < 0.4,
  }));
  const partnerships = clusters.flatMap((cluster, index) =>
    index > 0 && next() < 0.6 ? [[cluster.id, `c${Math.floor(next() * index)}`] as [string, string]] : [],
  );
  const organisations = Array.from({ length: Math.max(2, Math.floor(profileCount / 2)) }, (_, index) => {
    const cluster = pick(clusters);
    return {
      id: `o${index}`,
      cluster: cluster.id,
      category: pick(memberCategories),
      lat: cluster.lat + next() - 0.5,
      lon: cluster.lon + next() - 0.5,
      consent: next() < 0.9,
    };
  });
  const profiles = Array.from({ length: profileCount }, (_, index) => ({
    id: `p${String(index).padStart(4, "0")}`,
    org: pick(organisations).id,
    type: pick(profileTypes),
    title: some(words, 4).join(" "),
    summary: some(words, 5).join(" "),
    description: some(words, 8).join(" "),
    tags: some(tags, 2),
    nace: some(naceCodes, 1),
    partnerships: some(partnershipTypes, 3),
    reach: pick(profileReaches),
    validUntil: next() < 0.1 ? "2026-01-31" : "2027-06-30",
  }));
  return matchDataSchema.parse({ clusters, partnerships, organisations, profiles });
}
