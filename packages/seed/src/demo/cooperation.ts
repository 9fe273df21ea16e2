import { type Database, schema } from "@clusterwerk/db";
import type { PartnershipType, ProfileLanguage, ProfileReach, ProfileStatus, ProfileType } from "@clusterwerk/scoring/domain";
import { seedDemoInterest } from "./cooperation-interest";

const DAY = 86_400_000;

interface DemoProfile {
  cluster: string;
  organisation: string;
  type: ProfileType;
  language: ProfileLanguage;
  title: string;
  summary: string;
  description: string;
  tags: string[];
  nace: string[];
  partnerships: PartnershipType[];
  reach: ProfileReach;
  status: ProfileStatus;
  /** Days from the demo's `now` to `validUntil`. */
  validDays: number;
}

/**
 * Offers and requests in German and English (DOMAIN.md §5.1): Smart Industries members and members of its
 * partner Neckarmobil match across the partnership; Elbe Digital's partner-clusters profile stays out of Smart
 * Industries' results, as their partnership is only proposed (§5.2; Smart Industries' open matchmaking opens
 * all-clusters profiles only).
 */
const demoProfiles: readonly DemoProfile[] = [
  {
    cluster: "smart-industries",
    organisation: "kurpfalz-sensorik",
    type: "TO",
    language: "de",
    title: "Schwingungssensorik für vorausschauende Wartung",
    summary: "Wir bieten IoT-Sensoren und Datenanalyse, die Lagerschäden an Werkzeugmaschinen früh erkennen.",
    description: "Funkbasierte Sensorknoten mit Edge-Auswertung; Pilotprojekte mit Maschinenbauern in der Region.",
    tags: ["digitalisation/iot-sensors", "digitalisation/ai-data-analytics"],
    nace: ["C26", "C28"],
    partnerships: ["technical-cooperation", "distribution"],
    reach: "all-clusters",
    status: "published",
    validDays: 300,
  },
  {
    cluster: "smart-industries",
    organisation: "kurpfalz-robotics",
    type: "TR",
    language: "en",
    title: "Partner wanted for robot cell condition monitoring",
    summary: "We look for sensor and analytics partners to monitor the drives of our collaborative robot cells.",
    description: "Retrofit kits for existing cells; joint field tests planned for next year.",
    tags: ["production/robotics-automation", "digitalisation/iot-sensors"],
    nace: ["C28"],
    partnerships: ["technical-cooperation"],
    reach: "partner-clusters",
    status: "published",
    validDays: 240,
  },
  {
    cluster: "smart-industries",
    organisation: "neckarstadt-datenwerk",
    type: "BO",
    language: "de",
    title: "Datenplattform für Produktionskennzahlen",
    summary: "Cloud- und Edge-Plattform, die Maschinendaten sammelt und Kennzahlen für die Fertigung berechnet.",
    description: "",
    tags: ["digitalisation/cloud-edge", "digitalisation/ai-data-analytics"],
    nace: ["J62"],
    partnerships: ["commercial-agency", "distribution"],
    reach: "partner-clusters",
    status: "published",
    validDays: 200,
  },
  {
    cluster: "smart-industries",
    organisation: "additivwerk-friedrichsfeld",
    type: "RD",
    language: "en",
    title: "Research cooperation on metal additive manufacturing for e-mobility",
    summary: "We seek research partners for lightweight metal parts made by additive manufacturing for electric drives.",
    description: "Topics: topology optimisation, laser powder bed fusion, quality assurance of printed parts.",
    tags: ["production/additive-manufacturing"],
    nace: ["C25"],
    partnerships: ["research-cooperation"],
    reach: "all-clusters",
    status: "published",
    validDays: 320,
  },
  {
    cluster: "smart-industries",
    organisation: "quadratsec",
    type: "BR",
    language: "de",
    title: "Vertriebspartner für OT-Sicherheit gesucht",
    summary: "Wir suchen Vertriebspartner für unsere Lösung zur Absicherung von Produktionsnetzen.",
    description: "",
    tags: ["digitalisation/cyber-security"],
    nace: ["J62"],
    partnerships: ["distribution", "commercial-agency"],
    reach: "my-cluster",
    status: "draft",
    validDays: 365,
  },
  {
    cluster: "neckarmobil",
    organisation: "sindelfinger-fahrerassistenz",
    type: "TR",
    language: "de",
    title: "Sensorfusion für Fahrerassistenz: Sensorhersteller gesucht",
    summary: "Wir suchen Hersteller robuster IoT-Sensoren zur Zustandsüberwachung unserer Prüfstände.",
    description: "Prüfstände für Assistenzsysteme laufen rund um die Uhr; Ausfälle sollen vorhergesagt werden.",
    tags: ["digitalisation/iot-sensors"],
    nace: ["C29"],
    partnerships: ["technical-cooperation", "subcontracting"],
    reach: "partner-clusters",
    status: "published",
    validDays: 280,
  },
  {
    cluster: "neckarmobil",
    organisation: "institut-fahrzeugsysteme-stuttgart",
    type: "TO",
    language: "en",
    title: "Condition monitoring of electric drives with machine learning",
    summary: "Our institute offers predictive maintenance models for electric drives and robot axes, with sensor data analytics.",
    description: "Validated on test benches; licensing or joint projects possible.",
    tags: ["digitalisation/ai-data-analytics", "digitalisation/iot-sensors"],
    nace: ["M72"],
    partnerships: ["technical-cooperation", "licence-agreement"],
    reach: "partner-clusters",
    status: "published",
    validDays: 330,
  },
  {
    cluster: "neckarmobil",
    organisation: "ludwigsburger-antriebswerke",
    type: "RD",
    language: "de",
    title: "Leichtbau-Antriebsteile aus dem 3D-Drucker: Forschungspartner gesucht",
    summary: "Wir suchen Forschungspartner für additiv gefertigte Metallteile in elektrischen Antrieben.",
    description: "",
    tags: ["production/additive-manufacturing"],
    nace: ["C29"],
    partnerships: ["research-cooperation"],
    reach: "all-clusters",
    status: "published",
    validDays: 260,
  },
  {
    cluster: "elbe-digital",
    organisation: "elbtal-secure",
    type: "TO",
    language: "en",
    title: "IoT sensor security for predictive maintenance",
    summary: "Secure firmware and analytics for IoT sensors in predictive maintenance.",
    description: "",
    tags: ["digitalisation/iot-sensors", "digitalisation/cyber-security"],
    nace: ["J62"],
    partnerships: ["technical-cooperation"],
    reach: "partner-clusters",
    status: "published",
    validDays: 300,
  },
];

/** Seeds the cooperation profiles above, two meetings and an interest between them (with the demo member's notifications); deterministic for the same `now`. Returns how many profiles were written. */
export async function seedDemoCooperation(
  tx: Database,
  params: { clusterIds: ReadonlyMap<string, string>; organisationIds: ReadonlyMap<string, string>; now: Date },
): Promise<number> {
  const rows = demoProfiles.map((profile) => {
    const clusterId = params.clusterIds.get(profile.cluster);
    const organisationId = params.organisationIds.get(profile.organisation);
    if (!clusterId || !organisationId) throw new Error(`demo profile refers to unknown ${profile.cluster}/${profile.organisation}`);
    return {
      clusterId,
      organisationId,
      type: profile.type,
      language: profile.language,
      title: profile.title,
      summary: profile.summary,
      description: profile.description,
      technologyTags: profile.tags,
      nace: profile.nace,
      partnershipTypes: profile.partnerships,
      reach: profile.reach,
      status: profile.status,
      validUntil: new Date(params.now.getTime() + profile.validDays * DAY).toISOString().slice(0, 10),
      publishedAt: profile.status === "published" ? params.now : null,
      createdAt: params.now,
      updatedAt: params.now,
    };
  });
  const written = await tx.insert(schema.cooperationProfiles).values(rows).returning({ id: schema.cooperationProfiles.id });
  const withIds = rows.map((row, index) => ({ ...row, id: written[index]?.id }));
  await seedDemoMeetings(tx, { rows: withIds, now: params.now });
  await seedDemoInterest(tx, { rows: withIds, now: params.now });
  return rows.length;
}

/** Whole hours `days` from `now` at `hour` o'clock UTC: meeting times on the hour. */
function dayAt(now: Date, days: number, hour: number): Date {
  const at = new Date(now.getTime() + days * DAY);
  at.setUTCHours(hour, 0, 0, 0);
  return at;
}

/**
 * Two meetings from matches between Smart Industries and its partner Neckarmobil (DOMAIN.md §5.4): one still
 * requested (driver assistance asks the sensor maker), one held two weeks ago with a technical-cooperation
 * agreement (robot cells and drive monitoring), so the meetings pages of both clusters show something real.
 */
async function seedDemoMeetings(
  tx: Database,
  params: { rows: readonly { id: string | undefined; title: string; clusterId: string; organisationId: string }[]; now: Date },
) {
  const byTitle = (start: string) => {
    const row = params.rows.find((candidate) => candidate.title.startsWith(start));
    if (!row?.id) throw new Error(`demo meeting refers to an unknown profile "${start}"`);
    return { id: row.id, clusterId: row.clusterId, organisationId: row.organisationId };
  };
  const pair = (requester: string, target: string) => {
    const from = byTitle(requester);
    const to = byTitle(target);
    return {
      requesterProfileId: from.id,
      requesterClusterId: from.clusterId,
      requesterOrganisationId: from.organisationId,
      targetProfileId: to.id,
      targetClusterId: to.clusterId,
      targetOrganisationId: to.organisationId,
    };
  };
  const heldAt = dayAt(params.now, -14, 9);
  await tx.insert(schema.cooperationMeetings).values([
    {
      ...pair("Sensorfusion für Fahrerassistenz", "Schwingungssensorik für vorausschauende Wartung"),
      message: "Wir suchen robuste Sensorik für unsere Fusionsplattform – passt Ihre Funk-Sensorik dazu? Gern ein erstes Gespräch.",
      proposedTimes: [dayAt(params.now, 5, 8), dayAt(params.now, 6, 13)],
      createdAt: params.now,
      updatedAt: params.now,
    },
    {
      ...pair("Partner wanted for robot cell condition monitoring", "Condition monitoring of electric drives"),
      message: "Your drive monitoring looks like what our robot cells need. Could we meet to discuss a joint field test?",
      proposedTimes: [heldAt, dayAt(params.now, -13, 12)],
      chosenTime: heldAt,
      status: "held" as const,
      respondedAt: dayAt(params.now, -20, 10),
      outcomeAt: dayAt(params.now, -14, 12),
      agreementType: "technical-cooperation" as const,
      agreementDate: new Date(params.now.getTime() - 7 * DAY).toISOString().slice(0, 10),
      agreementNote: "Joint field test of retrofit kits in two robot cells.",
      agreementRecordedAt: dayAt(params.now, -7, 15),
      createdAt: dayAt(params.now, -21, 9),
      updatedAt: dayAt(params.now, -7, 15),
    },
  ]);
}
