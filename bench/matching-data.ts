import { type CooperationProfile, type MatchData } from "@clusterwerk/scoring/matching";
import { type MemberCategory, partnershipTypes, type ProfileReach, type ProfileType } from "@clusterwerk/scoring/domain";
import { seededRandom } from "./lib/timing";

/** A technology field with the words profiles about it use in each language. */
interface Topic {
  tag: string;
  nace: string[];
  de: string[];
  en: string[];
}

const topics: Topic[] = [
  {
    tag: "digitalisation/iot-sensors",
    nace: ["C26"],
    de: ["Sensoren", "Funksensoren", "Messtechnik", "Sensordaten", "Schwingungssensoren", "Temperaturüberwachung", "Sensorknoten"],
    en: ["sensors", "wireless sensors", "metrology", "sensor data", "vibration sensors", "temperature monitoring", "sensor nodes"],
  },
  {
    tag: "digitalisation/ai-data-analytics",
    nace: ["J62"],
    de: ["Datenanalyse", "künstliche Intelligenz", "maschinelles Lernen", "Prognosemodelle", "Anomalieerkennung", "Dashboards"],
    en: ["data analytics", "artificial intelligence", "machine learning", "forecasting models", "anomaly detection", "dashboards"],
  },
  {
    tag: "digitalisation/cyber-security",
    nace: ["J62"],
    de: ["IT-Sicherheit", "Angriffserkennung", "Penetrationstest", "Verschlüsselung", "Fernwartung"],
    en: ["cyber security", "intrusion detection", "penetration testing", "encryption", "remote access"],
  },
  {
    tag: "digitalisation/digital-twin",
    nace: ["J62", "M71"],
    de: ["digitaler Zwilling", "Simulation", "virtuelle Inbetriebnahme", "Fabrikplanung"],
    en: ["digital twin", "simulation", "virtual commissioning", "factory planning"],
  },
  {
    tag: "production/additive-manufacturing",
    nace: ["C25"],
    de: ["3D-Druck", "additive Fertigung", "Laserschmelzen", "Metallpulver", "Prototypen"],
    en: ["3D printing", "additive manufacturing", "laser powder bed fusion", "metal powder", "prototypes"],
  },
  {
    tag: "production/robotics-automation",
    nace: ["C28"],
    de: ["Roboter", "Automatisierung", "Cobots", "Greifer", "Montage"],
    en: ["robots", "automation", "cobots", "grippers", "assembly"],
  },
  {
    tag: "production/quality-assurance",
    nace: ["C28", "M71"],
    de: ["Qualitätsprüfung", "Bildverarbeitung", "Oberflächenfehler", "Kamera"],
    en: ["quality inspection", "machine vision", "surface defects", "camera"],
  },
  {
    tag: "sustainability/hydrogen",
    nace: ["C28", "D35"],
    de: ["Wasserstoff", "Elektrolyse", "Brennstoffzelle", "Wasserstoffspeicher"],
    en: ["hydrogen", "electrolysis", "fuel cell", "hydrogen storage"],
  },
  {
    tag: "sustainability/circular-economy",
    nace: ["E38", "C22"],
    de: ["Recycling", "Kreislaufwirtschaft", "Rezyklat", "Kunststoffabfälle", "Sortierung"],
    en: ["recycling", "circular economy", "recyclate", "plastic waste", "sorting"],
  },
  {
    tag: "sustainability/energy-efficiency",
    nace: ["M71", "D35"],
    de: ["Energieeffizienz", "Abwärme", "Wärmepumpe", "Druckluft", "Energieverbrauch"],
    en: ["energy efficiency", "waste heat", "heat pump", "compressed air", "energy consumption"],
  },
  {
    tag: "energy/battery-storage",
    nace: ["C27"],
    de: ["Batterie", "Batteriespeicher", "Batteriemanagement", "Ladezustand"],
    en: ["battery", "battery storage", "battery management", "state of charge"],
  },
  {
    tag: "mobility/logistics",
    nace: ["H52", "H49"],
    de: ["Logistik", "Tourenplanung", "Lagerhalle", "Flottenmanagement", "Kühlkette"],
    en: ["logistics", "route planning", "warehouse", "fleet management", "cold chain"],
  },
  {
    tag: "health/medical-devices",
    nace: ["C32"],
    de: ["Medizinprodukt", "Medizintechnik", "Zulassung", "Vitaldaten", "Implantat"],
    en: ["medical device", "medical technology", "regulatory approval", "vital signs", "implant"],
  },
  {
    tag: "materials/lightweight",
    nace: ["C25", "C24"],
    de: ["Leichtbau", "Aluminium", "Titan", "Faserverbund"],
    en: ["lightweight design", "aluminium", "titanium", "fibre composites"],
  },
  {
    tag: "food/processing",
    nace: ["C10"],
    de: ["Lebensmittel", "Verpackung", "Haltbarkeit", "Hygiene"],
    en: ["food", "packaging", "shelf life", "hygiene"],
  },
];
const generic = {
  de: [
    "Entwicklung",
    "Projekt",
    "Anwendung",
    "Industrie",
    "Mittelstand",
    "Pilotprojekt",
    "Technologie",
    "Lizenz",
    "Fertigung",
    "Kunden",
    "Erfahrung",
    "Markt",
  ],
  en: [
    "development",
    "project",
    "application",
    "industry",
    "SMEs",
    "pilot",
    "technology",
    "licence",
    "production",
    "customers",
    "experience",
    "market",
  ],
};
const types: ProfileType[] = ["BO", "BR", "TO", "TO", "TR", "TR", "RD"];
const reaches: ProfileReach[] = ["my-cluster", "partner-clusters", "partner-clusters", "all-clusters", "all-clusters"];
const categories: MemberCategory[] = [
  "sme",
  "sme",
  "sme",
  "sme",
  "large",
  "large",
  "rd",
  "university",
  "training",
  "consultant",
  "financial",
  "government",
  "other",
];

export const MATCHING_AS_OF = "2026-06-30";

/**
 * A Europe-wide portal, the same every run: clusters between Lisbon and Helsinki with two random
 * partners each and a quarter in open matchmaking; organisations near their cluster; profiles in
 * German or English about one technology field (sometimes two), tagged as members tag (mostly the
 * topic, sometimes only its field, sometimes nothing); 8 % expired, 4 % of organisations without consent.
 */
export function generateMatchingWorld(
  clusterCount: number,
  profileCount: number,
  seed = 2026,
  organisationCount = Math.round(profileCount / 2.5),
): MatchData {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const words = (list: readonly string[], count: number): string => Array.from({ length: count }, () => pick(list)).join(" ");

  const clusters = Array.from({ length: clusterCount }, (_, c) => ({
    id: `cl${c}`,
    lat: 37 + random() * 23,
    lon: -8 + random() * 34,
    radiusKm: random() < 0.7 ? 150 : 50 + Math.floor(random() * 150),
    openMatchmaking: random() < 0.25,
  }));
  const partnerships = clusters
    .flatMap((cluster) => [0, 1].map((): [string, string] => [cluster.id, pick(clusters).id]))
    .filter(([a, b]) => a !== b);
  const organisations = Array.from({ length: organisationCount }, (_, o) => {
    const cluster = pick(clusters);
    return {
      id: `org${o}`,
      cluster: cluster.id,
      category: pick(categories),
      lat: cluster.lat + (random() - 0.5) * 1.2,
      lon: cluster.lon + (random() - 0.5) * 1.6,
      consent: random() < 0.96,
    };
  });
  const profiles = Array.from({ length: profileCount }, (_, p): CooperationProfile => {
    const language = random() < 0.55 ? "de" : "en";
    const main = pick(topics);
    const second = random() < 0.3 ? pick(topics) : null;
    const subject = [...main[language], ...(second ? second[language] : [])];
    const tagRoll = random();
    const tags = tagRoll < 0.8 ? [main.tag] : tagRoll < 0.9 ? [main.tag.split("/")[0] ?? main.tag] : [];
    if (second && random() < 0.5) tags.push(second.tag);
    return {
      id: `prof${p}`,
      org: pick(organisations).id,
      type: pick(types),
      title: words(main[language], 2),
      summary: `${words(subject, 3)} ${words(generic[language], 2)}`,
      description: `${words(subject, 8)} ${words(generic[language], 6)}`,
      tags: [...new Set(tags)],
      nace: random() < 0.7 ? [pick(main.nace)] : [],
      partnerships: [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(partnershipTypes)))],
      reach: pick(reaches),
      validUntil: random() < 0.08 ? "2026-03-31" : "2027-03-31",
    };
  });
  return { clusters, partnerships, organisations, profiles };
}
