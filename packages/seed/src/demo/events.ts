import { type Database, schema } from "@clusterwerk/db";
import type { EventKind, NeedCategory } from "@clusterwerk/scoring/domain";
import { organisations as smartIndustriesMembers } from "../data/organisations";

const CLUSTER = "smart-industries";
const MANAGER = "manager@smart-industries.example";
const DAY = 86_400_000;

/** The demo's contact persons who sign in, with the organisation they register for. */
const demoMembers = {
  stefan: { email: "member@kurpfalz-sensorik.example", organisation: "kurpfalz-sensorik" },
  aylin: { email: "aylin.demir@kurpfalz-robotics.example", organisation: "kurpfalz-robotics" },
  lukas: { email: "lukas.schneider@ipda-mannheim.example", organisation: "institut-produktionsdatenanalyse-mannheim" },
  sophie: { email: "sophie.wagner@esslinger-batteriesysteme.example", organisation: "esslinger-batteriesysteme" },
} as const;
type DemoMember = keyof typeof demoMembers;

interface DemoEvent {
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
const demoEvents: DemoEvent[] = [
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

const firstNames = [
  "Anna",
  "Jonas",
  "Leonie",
  "Felix",
  "Marie",
  "Tobias",
  "Sarah",
  "David",
  "Laura",
  "Simon",
  "Julia",
  "Matthias",
  "Nina",
  "Andreas",
  "Carina",
  "Markus",
];
const lastNames = [
  "Becker",
  "Schmitt",
  "Klein",
  "Wolf",
  "Neumann",
  "Zimmermann",
  "Krüger",
  "Hartmann",
  "Lange",
  "Werner",
  "Braun",
  "Koch",
  "Richter",
  "Vogel",
];

/**
 * The organisations whose attendee accounts fill the events: about seven in ten active members besides the
 * demo members' own, so some members stay inactive (indicator I3 counts active members, DOMAIN.md §6).
 */
function attendeeOrganisations(): string[] {
  const own = new Set<string>(Object.values(demoMembers).map((m) => m.organisation));
  const active = smartIndustriesMembers.filter((o) => o.membership.status === "active" && !own.has(o.slug)).map((o) => o.slug);
  return active.slice(0, Math.round(active.length * 0.7));
}

function idOf(ids: ReadonlyMap<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`demo events refer to unknown "${key}"`);
  return id;
}

/**
 * Seeds the events with their registrations. Attendee accounts (one person per member organisation,
 * without password, so nobody signs in as them) stand for the organisations' participants; which of them
 * come is fixed by position, so every seed gives the same demo. Returns the number of events.
 */
export async function seedDemoEvents(
  tx: Database,
  params: {
    clusterIds: ReadonlyMap<string, string>;
    organisationIds: ReadonlyMap<string, string>;
    userIds: ReadonlyMap<string, string>;
    now: Date;
  },
): Promise<number> {
  const today = Date.UTC(params.now.getUTCFullYear(), params.now.getUTCMonth(), params.now.getUTCDate());
  const clusterId = idOf(params.clusterIds, CLUSTER);
  const managerId = idOf(params.userIds, MANAGER);
  const organisations = attendeeOrganisations();
  const attendees = await tx
    .insert(schema.users)
    .values(
      organisations.map((slug, index) => ({
        email: `teilnahme@${slug}.example`,
        name: `${firstNames[index % firstNames.length] ?? "Alex"} ${lastNames[(index * 5) % lastNames.length] ?? "Muster"}`,
        createdAt: params.now,
      })),
    )
    .returning({ id: schema.users.id });

  const eventRows = await tx
    .insert(schema.events)
    .values(
      demoEvents.map((e) => {
        const startsAt = new Date(today + e.day * DAY + e.hour * 3_600_000);
        return {
          clusterId,
          kind: e.kind,
          title: e.title,
          description: e.description,
          topicCategories: e.topics,
          startsAt,
          endsAt: new Date(startsAt.getTime() + e.hours * 3_600_000),
          location: e.location,
          onlineUrl: e.onlineUrl,
          capacity: e.capacity,
          status: e.status,
          sequence: e.status === "published" ? 1 : 0,
          createdBy: managerId,
          createdAt: new Date(Math.min(startsAt.getTime() - 40 * DAY, params.now.getTime())),
          updatedAt: new Date(Math.min(startsAt.getTime() - 40 * DAY, params.now.getTime())),
        };
      }),
    )
    .returning({ id: schema.events.id, startsAt: schema.events.startsAt });

  const registrations = demoEvents.flatMap((e, eventIndex) => {
    const row = eventRows[eventIndex];
    if (!row) return [];
    const past = row.startsAt.getTime() < params.now.getTime();
    // Registrations trickle in over the three weeks before the event, in list order.
    const at = (position: number) => new Date(row.startsAt.getTime() - 21 * DAY + position * 3_600_000);
    const members = Object.entries(e.members ?? {}).map(([key, place]) => ({ member: demoMembers[key as DemoMember], place }));
    const seatedMembers = members.filter((m) => m.place === "seat");
    const waitingMembers = members.filter((m) => m.place === "wait");
    const seated = Array.from({ length: e.seated }, (_, i) => (eventIndex * 7 + i) % organisations.length);
    const waiting = Array.from({ length: e.waiting ?? 0 }, (_, i) => (eventIndex * 7 + e.seated + i) % organisations.length);
    const rows = [
      ...seatedMembers.map(({ member }, i) => ({
        userId: idOf(params.userIds, member.email),
        organisationId: idOf(params.organisationIds, member.organisation),
        status: "registered" as const,
        registeredAt: at(i),
        checkedInAt: past ? new Date(row.startsAt.getTime() + 10 * 60_000) : null,
      })),
      ...seated.map((index, i) => ({
        userId: attendees[index]?.id ?? "",
        organisationId: idOf(params.organisationIds, organisations[index] ?? ""),
        status: "registered" as const,
        registeredAt: at(seatedMembers.length + i),
        // About one in seven does not show up.
        checkedInAt: past && (i + eventIndex) % 7 !== 3 ? new Date(row.startsAt.getTime() + (5 + (i % 20)) * 60_000) : null,
      })),
      ...[...waiting.map((index) => ({ index })), ...waitingMembers.map(({ member }) => ({ member }))].map((entry, i) => ({
        userId: "member" in entry ? idOf(params.userIds, entry.member.email) : (attendees[entry.index]?.id ?? ""),
        organisationId: idOf(params.organisationIds, "member" in entry ? entry.member.organisation : (organisations[entry.index] ?? "")),
        status: "waitlisted" as const,
        registeredAt: at(seatedMembers.length + seated.length + i),
        checkedInAt: null,
      })),
    ];
    return rows.map((r) => ({ ...r, eventId: row.id, updatedAt: r.registeredAt }));
  });
  if (registrations.length > 0) await tx.insert(schema.eventRegistrations).values(registrations);
  return eventRows.length;
}
