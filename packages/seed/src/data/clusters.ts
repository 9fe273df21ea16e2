import type { SectorField } from "@clusterwerk/scoring/domain";

/**
 * Demo clusters (DOMAIN.md §1): Cluster Smart Industries of the Mannheim economic development office
 * (the subject of the press release in seed/) and four partner clusters for cross-cluster matchmaking.
 *
 * All demo data is fictitious but realistic: apart from Smart Industries' name, place and 70 km radius
 * (from the press release), names, people and figures are invented; websites use `.example` domains.
 */
export interface DemoCluster {
  slug: string;
  name: string;
  managementOrganisation: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  region: string;
  city: string;
  /** Office location. */
  lat: number;
  lon: number;
  sector: SectorField;
  founded: number;
  legalForm: string;
  website: string;
  /** Regional radius around the office in km (DOMAIN.md §1; default 150). */
  radiusKm: number;
  /** Management staff in full-time equivalents. */
  managementFte: number;
  /** Date of the current strategy document, YYYY-MM-DD. */
  strategyDate: string;
  /** Opted into open matchmaking (profiles with reach "all clusters" from any cluster, DOMAIN.md §5.2). */
  openMatchmaking: boolean;
  descriptionDe: string;
  descriptionEn: string;
}

export const SMART_INDUSTRIES_SLUG = "smart-industries";

export const smartIndustries: DemoCluster = {
  slug: SMART_INDUSTRIES_SLUG,
  name: "Cluster Smart Industries",
  managementOrganisation: "Wirtschaftsförderung Mannheim",
  country: "DE",
  region: "Rhein-Neckar",
  city: "Mannheim",
  lat: 49.4875,
  lon: 8.466,
  sector: "Production and engineering",
  founded: 2019,
  legalForm: "eingetragener Verein",
  website: "https://smart-industries.example",
  radiusKm: 70,
  managementFte: 2.5,
  strategyDate: "2024-03-15",
  openMatchmaking: true,
  descriptionDe:
    "Das Cluster Smart Industries bündelt die Themen der Transformation – Digitalisierung und Nachhaltigkeit – für " +
    "produzierende Unternehmen, Forschungseinrichtungen und Hochschulen in der Metropolregion Rhein-Neckar. " +
    "Es stärkt die regionalen Kompetenzen im Umkreis von 70 Kilometern um Mannheim, organisiert thematische " +
    "Veranstaltungen und Workshops und bahnt B2B-Kooperationen mit externen Partnern und anderen Clustern an.",
  descriptionEn:
    "Cluster Smart Industries brings together the topics of transformation – digitalisation and sustainability – " +
    "for manufacturers, research institutes and universities in the Rhine-Neckar metropolitan region. It " +
    "strengthens regional competences within 70 kilometres of Mannheim, organises thematic events and workshops " +
    "and initiates B2B cooperation with external partners and other clusters.",
};

export const partnerClusters: readonly DemoCluster[] = [
  {
    slug: "neckarmobil",
    name: "NeckarMobil – Cluster für Mobilität der Zukunft",
    managementOrganisation: "NeckarMobil Clustermanagement GmbH",
    country: "DE",
    region: "Region Stuttgart",
    city: "Stuttgart",
    lat: 48.7784,
    lon: 9.18,
    sector: "Transportation and mobility",
    founded: 2012,
    legalForm: "Gesellschaft mit beschränkter Haftung",
    website: "https://neckarmobil.example",
    radiusKm: 100,
    managementFte: 4,
    strategyDate: "2023-10-01",
    openMatchmaking: true,
    descriptionDe:
      "NeckarMobil vernetzt Zulieferer, Fahrzeughersteller, Start-ups und Forschung in der Region Stuttgart rund " +
      "um Elektromobilität, automatisiertes Fahren und neue Mobilitätsdienstleistungen.",
    descriptionEn:
      "NeckarMobil connects suppliers, vehicle manufacturers, start-ups and research in the Stuttgart region " +
      "around electromobility, automated driving and new mobility services.",
  },
  {
    slug: "elbe-digital",
    name: "Elbe Digital – IKT-Cluster Sachsen",
    managementOrganisation: "Elbe Digital e.V.",
    country: "DE",
    region: "Sachsen",
    city: "Dresden",
    lat: 51.0504,
    lon: 13.7373,
    sector: "ICT",
    founded: 2015,
    legalForm: "eingetragener Verein",
    website: "https://elbe-digital.example",
    radiusKm: 150,
    managementFte: 3,
    strategyDate: "2024-06-30",
    openMatchmaking: false,
    descriptionDe:
      "Elbe Digital ist das Netzwerk der Software-, Mikroelektronik- und IT-Sicherheitsunternehmen in Sachsen " +
      "und unterstützt seine Mitglieder bei Fachkräftegewinnung, Forschungsprojekten und Markterschließung.",
    descriptionEn:
      "Elbe Digital is the network of software, microelectronics and IT security companies in Saxony and supports " +
      "its members in recruiting, research projects and market development.",
  },
  {
    slug: "nordlicht-energie",
    name: "Nordlicht Energie-Cluster Hamburg",
    managementOrganisation: "Nordlicht Energienetzwerk GmbH",
    country: "DE",
    region: "Hamburg",
    city: "Hamburg",
    lat: 53.5511,
    lon: 9.9937,
    sector: "Energy and environment",
    founded: 2011,
    legalForm: "Gesellschaft mit beschränkter Haftung",
    website: "https://nordlicht-energie.example",
    radiusKm: 150,
    managementFte: 5.5,
    strategyDate: "2022-11-15",
    openMatchmaking: true,
    descriptionDe:
      "Der Nordlicht Energie-Cluster bündelt die Kompetenzen der norddeutschen Energiewirtschaft in Windenergie, " +
      "grünem Wasserstoff, Speichern und Sektorkopplung.",
    descriptionEn:
      "The Nordlicht energy cluster pools the competences of the northern German energy industry in wind power, " +
      "green hydrogen, storage and sector coupling.",
  },
  {
    slug: "donau-werkstoffe",
    name: "Donau Werkstoff-Cluster",
    managementOrganisation: "Donau Innovationsagentur GmbH",
    country: "AT",
    region: "Oberösterreich",
    city: "Linz",
    lat: 48.3069,
    lon: 14.2858,
    sector: "New materials and chemistry",
    founded: 2008,
    legalForm: "Gesellschaft mit beschränkter Haftung",
    website: "https://donau-werkstoffe.example",
    radiusKm: 120,
    managementFte: 3.5,
    strategyDate: "2025-01-20",
    openMatchmaking: true,
    descriptionDe:
      "Der Donau Werkstoff-Cluster verbindet Kunststoff-, Metall- und Chemieunternehmen in Oberösterreich mit " +
      "Hochschulen und Forschung, mit Schwerpunkten auf Leichtbau, Recycling und biobasierten Werkstoffen.",
    descriptionEn:
      "The Donau materials cluster links plastics, metal and chemical companies in Upper Austria with universities " +
      "and research, focusing on lightweight construction, recycling and bio-based materials.",
  },
];

/** All demo clusters, Smart Industries first. */
export const clusters: readonly DemoCluster[] = [smartIndustries, ...partnerClusters];
