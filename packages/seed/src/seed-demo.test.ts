import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type DatabaseHandle,
  findClusterBySlug,
  findUserByEmail,
  listDirectory,
  listTaxonomy,
  loadReferenceData,
  loadRoleAssignments,
  schema,
} from "@clusterwerk/db";
import { createTestDatabase } from "@clusterwerk/db/testing";
import { verifyPassword } from "@clusterwerk/auth/password";
import { memberCategories } from "@clusterwerk/scoring/domain";
import { SMART_INDUSTRIES_SLUG } from "./data/clusters";
import { organisations as smartIndustriesMembers } from "./data/organisations";
import { DEMO_PASSWORD, people } from "./data/people";
import { seedIfEmpty } from "./seed-demo";

let handle: DatabaseHandle;
let seededFirst: boolean;

beforeAll(async () => {
  handle = await createTestDatabase();
  seededFirst = await seedIfEmpty(handle.db, { now: new Date("2026-01-15T09:00:00Z") });
});
afterAll(async () => {
  await handle.close();
});

async function tableCounts() {
  const tables = {
    clusters: schema.clusters,
    organisations: schema.organisations,
    memberships: schema.memberships,
    consents: schema.consents,
    users: schema.users,
    roleAssignments: schema.roleAssignments,
    partnerships: schema.clusterPartnerships,
    taxonomyTerms: schema.taxonomyTerms,
  };
  const entries = await Promise.all(
    Object.entries(tables).map(async ([name, table]) => {
      const [row] = await handle.db.select({ n: count() }).from(table);
      return [name, row?.n ?? 0] as const;
    }),
  );
  return Object.fromEntries(entries);
}

describe("seedDemo", () => {
  it("creates the five demo clusters, marked as demo", async () => {
    const rows = await handle.db.select({ slug: schema.clusters.slug, isDemo: schema.clusters.isDemo }).from(schema.clusters);
    expect(rows.map((r) => r.slug).sort()).toEqual([
      "donau-werkstoffe",
      "elbe-digital",
      "neckarmobil",
      "nordlicht-energie",
      "smart-industries",
    ]);
    expect(rows.every((r) => r.isDemo)).toBe(true);
  });

  it("creates 60+ demo organisations covering all nine member categories", async () => {
    const rows = await handle.db
      .select({ category: schema.organisations.category, isDemo: schema.organisations.isDemo })
      .from(schema.organisations);
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect(rows.every((r) => r.isDemo)).toBe(true);
    expect(new Set(rows.map((r) => r.category))).toEqual(new Set(memberCategories));
  });

  it("creates an organisation in two clusters once, with one membership per cluster", async () => {
    const [organisation] = await handle.db
      .select()
      .from(schema.organisations)
      .where(eq(schema.organisations.slug, "esslinger-batteriesysteme"));
    expect(organisation).toBeDefined();
    const rows = await handle.db
      .select({ slug: schema.clusters.slug })
      .from(schema.memberships)
      .innerJoin(schema.clusters, eq(schema.clusters.id, schema.memberships.clusterId))
      .where(eq(schema.memberships.organisationId, organisation?.id ?? ""));
    expect(rows.map((r) => r.slug).sort()).toEqual(["neckarmobil", "smart-industries"]);
  });

  it("creates every demo person with the demo password and their roles", async () => {
    for (const person of people) {
      const user = await findUserByEmail(handle.db, person.email);
      expect(user, person.email).not.toBeNull();
      if (!user) continue;
      const roles = await loadRoleAssignments(handle.db, user.id);
      const actual = roles.map((r) =>
        r.kind === "member" ? `member:${r.clusterSlug}` : r.kind === "manager" ? `manager:${r.clusterSlug}` : r.kind,
      );
      const expected = person.roles.map((r) => ("cluster" in r ? `${r.kind}:${r.cluster}` : r.kind));
      expect(actual.sort(), person.email).toEqual(expected.sort());
    }
    const admin = await findUserByEmail(handle.db, "admin@clusterwerk.example");
    expect(await verifyPassword(admin?.passwordHash ?? "", DEMO_PASSWORD)).toBe(true);
  });

  it("creates the cluster partnerships", async () => {
    const rows = await handle.db.select({ status: schema.clusterPartnerships.status }).from(schema.clusterPartnerships);
    expect(rows.map((r) => r.status).sort()).toEqual(["active", "active", "proposed"]);
  });

  it("loads the 21 NACE sections and 88 divisions with parents", async () => {
    const sections = await listTaxonomy(handle.db, "nace-section");
    const divisions = await listTaxonomy(handle.db, "nace-division");
    expect(sections).toHaveLength(21);
    expect(divisions).toHaveLength(88);
    const sectionCodes = new Set(sections.map((s) => s.code));
    expect(divisions.every((d) => d.parentCode !== null && sectionCodes.has(d.parentCode))).toBe(true);
    expect(await listTaxonomy(handle.db, "member-category")).toHaveLength(9);
    const topics = await listTaxonomy(handle.db, "technology-topic");
    expect(topics.every((t) => t.parentCode !== null && t.code.startsWith(`${t.parentCode}/`))).toBe(true);
  });

  it("lists in Smart Industries' directory only members with directory consent", async () => {
    const cluster = await findClusterBySlug(handle.db, SMART_INDUSTRIES_SLUG);
    expect(cluster).not.toBeNull();
    const page = await listDirectory(handle.db, { clusterId: cluster?.id ?? "", limit: 100 });
    const listedNames = new Set(page.items.map((o) => o.name));
    const refused = smartIndustriesMembers.filter((o) => !o.consentDirectory);
    expect(refused.length).toBeGreaterThan(0);
    for (const o of refused) expect(listedNames.has(o.name), o.slug).toBe(false);
    const expected = smartIndustriesMembers.filter((o) => o.consentDirectory && o.membership.status === "active");
    expect(page.total).toBe(expected.length);
  });

  it("is idempotent through seedIfEmpty and loadReferenceData", async () => {
    expect(seededFirst).toBe(true);
    const before = await tableCounts();
    expect(await seedIfEmpty(handle.db)).toBe(false);
    await loadReferenceData(handle.db);
    expect(await tableCounts()).toEqual(before);
  });
});
