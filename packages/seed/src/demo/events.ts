import { type Database, schema } from "@clusterwerk/db";
import { organisations as smartIndustriesMembers } from "../data/organisations";
import { type DemoMember, demoEvents, demoMembers } from "./event-catalogue";

const CLUSTER = "smart-industries";
const MANAGER = "manager@smart-industries.example";
const DAY = 86_400_000;

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
