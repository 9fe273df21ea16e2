import { type DatabaseHandle, findClusterBySlug, listMatchableProfiles, listNotifications, schema } from "@clusterwerk/db";
import { createTestDatabase } from "@clusterwerk/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../seed-demo";

const now = new Date("2026-06-01T08:00:00Z");
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db, { now });
}, 120_000);
afterAll(async () => handle.close());

describe("cooperation demo (DOMAIN.md §5.1–5.2)", () => {
  it("a Smart Industries member sees German and English profiles of its cluster and of partner Neckarmobil, none of Elbe Digital", async () => {
    const cluster = await findClusterBySlug(handle.db, "smart-industries");
    const [organisation] = await handle.db
      .select({ id: schema.organisations.id })
      .from(schema.organisations)
      .where(eq(schema.organisations.slug, "kurpfalz-robotics"));
    if (!cluster || !organisation) throw new Error("demo cluster or organisation missing");
    const page = await listMatchableProfiles(handle.db, {
      viewer: { clusterId: cluster.id, organisationId: organisation.id },
      asOf: "2026-06-01",
      limit: 100,
    });
    const clusterNames = [...new Set(page.items.map((row) => row.clusterName))];
    expect(page.items.length).toBeGreaterThanOrEqual(3);
    expect(new Set(page.items.map((row) => row.language))).toEqual(new Set(["de", "en"]));
    expect(clusterNames.some((name) => name.includes("Neckar"))).toBe(true);
    expect(clusterNames.some((name) => name.includes("Elbe"))).toBe(false);
  });

  it("§5.4 the demo member finds an interest in their profile and a meeting request, unread, on the notifications page", async () => {
    const [member] = await handle.db
      .select({ id: schema.users.id })
      .from(schema.users)
      .where(eq(schema.users.email, "member@kurpfalz-sensorik.example"));
    if (!member) throw new Error("demo member missing");
    const page = await listNotifications(handle.db, { userId: member.id, unreadOnly: true, limit: 20 });
    expect(page.items.map((item) => item.kind).sort()).toEqual(["interest-expressed", "meeting-requested"]);
    expect(page.items.find((item) => item.kind === "interest-expressed")?.subject).toContain("Schwingungssensorik");
    expect(await handle.db.select().from(schema.cooperationInterests)).toHaveLength(1);
  });
});
