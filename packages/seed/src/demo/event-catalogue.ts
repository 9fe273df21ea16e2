import type { EventKind, NeedCategory } from "@clusterwerk/scoring/domain";

/** The demo's contact persons who sign in, with the organisation they register for. */
export const demoMembers = {
  stefan: { email: "member@kurpfalz-sensorik.example", organisation: "kurpfalz-sensorik" },
  aylin: { email: "aylin.demir@kurpfalz-robotics.example", organisation: "kurpfalz-robotics" },
  lukas: { email: "lukas.schneider@ipda-mannheim.example", organisation: "institut-produktionsdatenanalyse-mannheim" },
  sophie: { email: "sophie.wagner@esslinger-batteriesysteme.example", organisation: "esslinger-batteriesysteme" },
} as const;
export type DemoMember = keyof typeof demoMembers;

export interface DemoEvent {
  kind: EventKind;
  title: string;
  description: string;
  topics: NeedCategory[];
  /** Days from the seed's day; negative for past events. */
  day: number;
  /** Start hour (UTC) and length in hours. */
  hour: number;
  hours: number;
  location: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  status: "draft" | "published";
  /** Seats taken by attendee accounts of member organisations (past events: of whom about 85 % checked in). */
  seated: number;
  waiting?: number;
  /** Demo members: a seat (and check-in for past events), or a waiting-list place. */
  members?: Partial<Record<DemoMember, "seat" | "wait">>;
}

/**
 * Smart Industries' events (DOMAIN.md §4): ten past ones over the last twelve months with attendance, so
 * indicators I1–I3 have data, and four coming ones — one nearly full, one with a waiting list, one online
 * without a limit, and a draft only managers see.
 */
export const demoEvents: DemoEvent[] = [
  {
    kind: "network-meeting",
    title: "Neujahrsempfang Smart Industries",
    description: "Rückblick, Ausblick und Austausch mit Mitgliedern und Partnern aus der Rhein-Neckar-Region.",
    topics: ["networking"],
    day: -345,
    hour: 17,
    hours: 3,
    location: "Mannheim, Technoseum",
    onlineUrl: null,
    capacity: 120,
    status: "published",
    seated: 34,
    members: { stefan: "seat", lukas: "seat" },
  },
  {
    kind: "workshop",
    title: "Workshop: Predictive Maintenance mit Sensordaten",
    description: "Von der Datenerfassung bis zum Wartungsmodell – mit Praxisbeispielen aus Mitgliedsunternehmen.",
    topics: ["digitalisation", "innovation-rd"],
    day: -310,
    hour: 8,
    hours: 4,
    location: "Mannheim, MAFINEX-Technologiezentrum",
    onlineUrl: null,
    capacity: 20,
    status: "published",
    seated: 18,
    members: { stefan: "seat" },
  },
  {
    kind: "thematic",
    title: "Fachforum Kreislaufwirtschaft in der Produktion",
    description: "Rezyklate, Remanufacturing und Produktpass: was jetzt auf Zulieferer zukommt.",
    topics: ["sustainability", "regulation"],
    day: -276,
    hour: 12,
    hours: 3,
    location: "Ludwigshafen, Hochschule",
    onlineUrl: null,
    capacity: 60,
    status: "published",
    seated: 22,
    members: { sophie: "seat" },
  },
  {
    kind: "thematic",
    title: "Online-Seminar: Förderprogramme für Digitalisierung 2026",
    description: "Überblick über Landes- und Bundesprogramme, mit Sprechstunde der Förderberatung.",
    topics: ["funding", "digitalisation"],
    day: -240,
    hour: 9,
    hours: 2,
    location: null,
    onlineUrl: "https://meet.smart-industries.example/foerderung",
    capacity: null,
    status: "published",
    seated: 27,
    members: { aylin: "seat" },
  },
  {
    kind: "brokerage",
    title: "Kooperationsbörse Automatisierung",
    description: "Vorab vereinbarte B2B-Gespräche zwischen Anbietern und Anwendern von Automatisierungslösungen.",
    topics: ["networking", "market-access"],
    day: -205,
    hour: 8,
    hours: 6,
    location: "Mannheim, Rosengarten",
    onlineUrl: null,
    capacity: 80,
    status: "published",
    seated: 31,
    members: { stefan: "seat", aylin: "seat" },
  },
  {
    kind: "workshop",
    title: "Workshop: OT-Security für den Mittelstand",
    description: "NIS2, Segmentierung und Notfallpläne – mit Übungen an einer Demo-Anlage.",
    topics: ["regulation", "digitalisation"],
    day: -170,
    hour: 8,
    hours: 4,
    location: "Heidelberg, Innovation Park",
    onlineUrl: null,
    capacity: 16,
    status: "published",
    seated: 15,
    members: { lukas: "seat" },
  },
  {
    kind: "network-meeting",
    title: "Sommerstammtisch Smart Industries",
    description: "Lockerer Austausch auf der Dachterrasse.",
    topics: ["networking"],
    day: -135,
    hour: 16,
    hours: 3,
    location: "Mannheim, Hafen 49",
    onlineUrl: null,
    capacity: null,
    status: "published",
    seated: 29,
    members: { stefan: "seat", sophie: "seat" },
  },
  {
    kind: "thematic",
    title: "Fachkräftetag: Ausbildung 4.0",
    description: "Wie Unternehmen und Berufsschulen digitale Kompetenzen gemeinsam vermitteln.",
    topics: ["skilled-workers", "qualification"],
    day: -95,
    hour: 8,
    hours: 5,
    location: "Mannheim, IHK Rhein-Neckar",
    onlineUrl: null,
    capacity: 50,
    status: "published",
    seated: 24,
  },
  {
    kind: "workshop",
    title: "Workshop: KI in der Qualitätsprüfung",
    description: "Bildverarbeitung und Anomalieerkennung an der Linie – Anforderungen, Daten, erste Schritte.",
    topics: ["digitalisation", "innovation-rd"],
    day: -60,
    hour: 8,
    hours: 4,
    location: "Mannheim, MAFINEX-Technologiezentrum",
    onlineUrl: null,
    capacity: 20,
    status: "published",
    seated: 17,
    members: { stefan: "seat", lukas: "seat" },
  },
  {
    kind: "thematic",
    title: "Exportforum Nordamerika",
    description: "Markteintritt in USA und Kanada: Zertifizierung, Vertrieb, Förderung der Messebeteiligung.",
    topics: ["internationalisation", "market-access"],
    day: -25,
    hour: 13,
    hours: 3,
    location: "Mannheim, Technoseum",
    onlineUrl: null,
    capacity: 40,
    status: "published",
    seated: 17,
    members: { sophie: "seat" },
  },
  {
    kind: "workshop",
    title: "KI-Sprechstunde für KMU",
    description: "Einzelgespräche à 30 Minuten mit Expertinnen und Experten aus dem Netzwerk – bringen Sie Ihren Anwendungsfall mit.",
    topics: ["digitalisation"],
    day: 12,
    hour: 8,
    hours: 4,
    location: "Mannheim, MAFINEX-Technologiezentrum",
    onlineUrl: null,
    capacity: 12,
    status: "published",
    seated: 10,
    members: { lukas: "seat" },
  },
  {
    kind: "network-meeting",
    title: "Netzwerkabend Smart Production",
    description: "Impulse aus drei Mitgliedsunternehmen, danach Networking bei Flammkuchen.",
    topics: ["networking", "innovation-rd"],
    day: 26,
    hour: 16,
    hours: 3,
    location: "Mannheim, Alte Feuerwache",
    onlineUrl: null,
    capacity: 25,
    status: "published",
    seated: 24,
    waiting: 2,
    members: { aylin: "seat", sophie: "wait" },
  },
  {
    kind: "thematic",
    title: "Online-Seminar: Cyber Resilience Act für Hersteller",
    description: "Pflichten, Fristen und ein Fahrplan für Produkte mit digitalen Elementen.",
    topics: ["regulation"],
    day: 40,
    hour: 9,
    hours: 2,
    location: null,
    onlineUrl: "https://meet.smart-industries.example/cra",
    capacity: null,
    status: "published",
    seated: 14,
    members: { stefan: "seat" },
  },
  {
    kind: "brokerage",
    title: "Kooperationsbörse Wasserstoff und Energie",
    description: "B2B-Gespräche zu Elektrolyse, Speicher und Energiemanagement (in Planung).",
    topics: ["networking", "sustainability"],
    day: 75,
    hour: 8,
    hours: 6,
    location: "Mannheim, Rosengarten",
    onlineUrl: null,
    capacity: 60,
    status: "draft",
    seated: 0,
  },
];
