import { findOrganisationById, loadMemberProfiles } from "@clusterwerk/db";
import { createCluster, createMembership, createOrganisation, createUser, grantRole } from "@clusterwerk/db/testing/factories";
import { parseProspectCsv, type ProspectRowInput } from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { toCsv } from "../csv";
import { callerFor, setUpWorld } from "../test/world";

const ctx = setUpWorld();

/** A cluster of its own (Mannheim office, 70 km) with a manager and two committed members in C28, so its figures are exactly what a test puts in. */
async function freshCluster() {
  const cluster = await createCluster(ctx.db, { radiusKm: 70 });
  const user = await createUser(ctx.db);
  await grantRole(ctx.db, user.id, { kind: "manager", clusterId: cluster.id });
  for (const name of ["Rhein Maschinenbau", "Neckar Antriebe"]) {
    const organisation = await createOrganisation(ctx.db, { name, nace: ["C28"], technologyTags: ["production/robotics"] });
    await createMembership(ctx.db, { organisationId: organisation.id, clusterId: cluster.id });
  }
  return { cluster, caller: await callerFor(ctx.db, user.id) };
}

/** The good rows of a CSV, as the import page sends them. */
function rowsOf(csv: string): ProspectRowInput[] {
  const preview = parseProspectCsv(new TextEncoder().encode(csv));
  if (!preview.ok) throw new Error(preview.message);
  return preview.rows.map((row) => row.cells);
}

const csv = [
  "id,name,city,postal_code,country,nace,employees,website",
  "P1,Kurpfalz Robotik GmbH,Heidelberg,69115,DE,C28,120,kurpfalz-robotik.example",
  "P2,Odenwald Sensorik AG,Weinheim,69469,DE,C26,40,",
  'P3,"=HYPERLINK(""http://evil.example"",""click"")",Mannheim,68159,DE,C28,15,',
  "P4,Isar Automation GmbH,München,80331,DE,C28,300,",
].join("\n");

describe("prospect import (issue 9)", () => {
  it(
    "imports the rows, geocodes them offline from city and country, and a second import duplicates nothing",
    { timeout: 60_000 },
    async () => {
      const { cluster, caller } = await freshCluster();
      const first = await caller.prospect.importChunk({ clusterId: cluster.id, rows: rowsOf(csv) });
      expect(first).toMatchObject({ inserted: 4, updated: 0, unchanged: 0, notLocated: 0 });
      const again = await caller.prospect.importChunk({ clusterId: cluster.id, rows: rowsOf(csv) });
      expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 4 });
      const list = await caller.prospect.ranking({ clusterId: cluster.id, limit: 100 });
      expect(list.prospects).toBe(4);
      const heidelberg = list.items.find((item) => item.name === "Kurpfalz Robotik GmbH");
      expect(heidelberg).toMatchObject({ geocodedFrom: "Heidelberg, DE", website: "https://kurpfalz-robotik.example" });
    },
  );

  it("re-import updates the changed fields of a known key and keeps status and contact", { timeout: 60_000 }, async () => {
    const { cluster, caller } = await freshCluster();
    await caller.prospect.importChunk({ clusterId: cluster.id, rows: rowsOf(csv) });
    const before = await caller.prospect.ranking({ clusterId: cluster.id, search: "Odenwald", limit: 10 });
    const odenwald = before.items[0];
    if (!odenwald) throw new Error("no prospect");
    await caller.prospect.markContacted({ prospectId: odenwald.id });
    const changed = await caller.prospect.importChunk({ clusterId: cluster.id, rows: rowsOf(csv.replace("C26,40", "C28,45")) });
    expect(changed).toMatchObject({ inserted: 0, updated: 1, unchanged: 3 });
    const after = await caller.prospect.ranking({ clusterId: cluster.id, search: "Odenwald", limit: 10 });
    expect(after.items).toHaveLength(1);
    expect(after.items[0]).toMatchObject({ id: odenwald.id, employees: 45, nace: ["C28"], status: "contacted" });
  });

  it("keys rows without an id by normalised name, postal code and country", { timeout: 60_000 }, async () => {
    const { cluster, caller } = await freshCluster();
    const plain = "name,city,postal_code,country\nBergstraße Laser GmbH,Bensheim,64625,DE\n";
    await caller.prospect.importChunk({ clusterId: cluster.id, rows: rowsOf(plain) });
    const again = await caller.prospect.importChunk({
      clusterId: cluster.id,
      rows: rowsOf(plain.replace("Bergstraße Laser GmbH", "BERGSTRASSE  laser gmbh")),
    });
    expect(again.inserted).toBe(0);
  });

  it("stores a formula cell as text and the CSV export neutralises it", { timeout: 60_000 }, async () => {
    const { cluster, caller } = await freshCluster();
    await caller.prospect.importChunk({ clusterId: cluster.id, rows: rowsOf(csv) });
    const rows = await caller.prospect.export({ clusterId: cluster.id });
    const formula = rows.find((row) => row.name.startsWith("=HYPERLINK"));
    expect(formula?.name).toBe('=HYPERLINK("http://evil.example","click")');
    const exported = toCsv(
      ["name"],
      rows.map((row) => [row.name]),
    );
    expect(exported).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(exported).not.toMatch(/(^|\n|,)=HYPERLINK/);
  });

  it("refuses a chunk with an invalid row on the server too (the preview is not trusted)", async () => {
    const { cluster, caller } = await freshCluster();
    const bad = { ...rowsOf(csv)[0], country: "Germany" } as ProspectRowInput;
    await expect(caller.prospect.importChunk({ clusterId: cluster.id, rows: [bad] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("relevance ranking and penetration (issue 9, S8)", () => {
  it("ranks by score with reasons, and S8 = members / (members + relevant prospects in the radius)", { timeout: 60_000 }, async () => {
    const { cluster, caller } = await freshCluster();
    await caller.prospect.importChunk({ clusterId: cluster.id, rows: rowsOf(csv) });
    const list = await caller.prospect.ranking({ clusterId: cluster.id, limit: 100 });
    // Two prospects tie at the top (inside, C28, SME: 40 + 30 + 0 + 15); the tie goes by name.
    expect(list.items.slice(0, 2).map((item) => [item.name, item.relevance.score])).toEqual([
      ['=HYPERLINK("http://evil.example","click")', 85],
      ["Kurpfalz Robotik GmbH", 85],
    ]);
    expect(list.items[0]?.relevance.reasons.map((reason) => reason.factor)).toEqual(["region", "sector", "technology", "size"]);
    const scores = list.items.map((item) => item.relevance.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // Heidelberg and Mannheim (C28) are relevant and inside; Weinheim is C26 (same section only, 10 points: 40 + 10 + 0 + 15 = 65, relevant); München is far.
    expect(list.relevant).toBe(3);
    expect(list.penetration).toMatchObject({ members: 2, prospects: 3 });
    expect(list.penetration.value).toBeCloseTo(40);
  });

  it("the member structure's S8 is the prospects page's penetration (one number on both pages)", { timeout: 60_000 }, async () => {
    const { cluster, caller } = await freshCluster();
    await caller.prospect.importChunk({ clusterId: cluster.id, rows: rowsOf(csv) });
    const ranking = await caller.prospect.ranking({ clusterId: cluster.id, limit: 1 });
    const structure = await caller.membership.structure({ clusterId: cluster.id, asOf: ranking.asOf });
    expect(structure.S8).toEqual(ranking.penetration);
    expect(structure.S8).toMatchObject({ members: 2, prospects: 3 });
  });

  it(
    "converting a prospect creates the organisation and an active membership, in one step, and it counts as a member",
    { timeout: 60_000 },
    async () => {
      const { cluster, caller } = await freshCluster();
      await caller.prospect.importChunk({ clusterId: cluster.id, rows: rowsOf(csv) });
      const list = await caller.prospect.ranking({ clusterId: cluster.id, search: "Kurpfalz", limit: 10 });
      const prospect = list.items[0];
      if (!prospect) throw new Error("no prospect");
      const converted = await caller.prospect.convert({ prospectId: prospect.id, category: "sme" });
      const organisation = await findOrganisationById(ctx.db, converted.organisationId);
      expect(organisation).toMatchObject({
        name: "Kurpfalz Robotik GmbH",
        category: "sme",
        nace: ["C28"],
        postalCode: "69115",
        employees: 120,
      });
      expect(organisation?.lat).toBeCloseTo(49.41, 1);
      const members = await loadMemberProfiles(ctx.db, cluster.id);
      expect(members.find((member) => member.organisationId === converted.organisationId)).toMatchObject({ status: "active" });
      const after = await caller.prospect.ranking({ clusterId: cluster.id, limit: 100 });
      expect(after.items.some((item) => item.id === prospect.id)).toBe(false);
      expect(after.penetration).toMatchObject({ members: 3, prospects: 2 });
      await expect(caller.prospect.convert({ prospectId: prospect.id, category: "sme" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    },
  );

  it("a failed conversion leaves nothing behind (one transaction)", { timeout: 60_000 }, async () => {
    const { cluster, caller } = await freshCluster();
    await caller.prospect.importChunk({ clusterId: cluster.id, rows: rowsOf(csv) });
    const [prospect] = (await caller.prospect.ranking({ clusterId: cluster.id, limit: 1 })).items;
    if (!prospect) throw new Error("no prospect");
    const before = (await loadMemberProfiles(ctx.db, cluster.id)).length;
    await expect(caller.prospect.convert({ prospectId: prospect.id, category: "not-a-category" as "sme" })).rejects.toBeInstanceOf(
      TRPCError,
    );
    expect(await loadMemberProfiles(ctx.db, cluster.id)).toHaveLength(before);
  });
});

describe("regional reach (issue 9, S6)", () => {
  it(
    "shows members with their distance, the share of committed members within the radius, and corrects a location",
    { timeout: 60_000 },
    async () => {
      const { cluster, caller } = await freshCluster();
      const far = await createOrganisation(ctx.db, { name: "Elbe Systems", city: "Hamburg", lat: 53.55, lon: 9.99 });
      await createMembership(ctx.db, { organisationId: far.id, clusterId: cluster.id });
      const reach = await caller.reach.overview({ clusterId: cluster.id });
      expect(reach.withinRadius).toMatchObject({ part: 2, whole: 3 });
      expect(reach.members.filter((member) => !member.withinRadius).map((member) => member.name)).toEqual(["Elbe Systems"]);
      await caller.reach.setLocation({ clusterId: cluster.id, organisationId: far.id, lat: 49.41, lon: 8.69 });
      expect((await caller.reach.overview({ clusterId: cluster.id })).withinRadius).toMatchObject({ part: 3, whole: 3 });
    },
  );

  it("does not move an organisation that has no membership in the manager's cluster", async () => {
    const { cluster, caller } = await freshCluster();
    const stranger = await createOrganisation(ctx.db);
    await expect(caller.reach.setLocation({ clusterId: cluster.id, organisationId: stranger.id, lat: 1, lon: 1 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("organisation location (issue 9: geocoded offline on save)", () => {
  it("a profile saved without coordinates gets them from its city and country; given coordinates stay", { timeout: 60_000 }, async () => {
    const member = await ctx.as("member");
    const { clusterA, orgA } = ctx.world;
    const profile = {
      name: orgA.name,
      category: "sme" as const,
      employees: 12,
      street: null,
      postalCode: "69115",
      city: "Heidelberg",
      country: "DE",
      lat: null,
      lon: null,
      nace: ["C28"],
      technologyTags: [],
      website: null,
      description: null,
    };
    const geocoded = await member.organisation.update({ clusterId: clusterA.id, organisationId: orgA.id, profile });
    expect(geocoded.lat).toBeCloseTo(49.41, 1);
    const kept = await member.organisation.update({
      clusterId: clusterA.id,
      organisationId: orgA.id,
      profile: { ...profile, lat: 49.4875, lon: 8.466 },
    });
    expect([kept.lat, kept.lon]).toEqual([49.4875, 8.466]);
  });
});
