import { findOrganisationById } from "@clusterwerk/db";
import { createCluster, createMembership, createOrganisation, createUser, grantRole } from "@clusterwerk/db/testing/factories";
import { describe, expect, it } from "vitest";
import { callerFor, setUpWorld } from "../test/world";
import { failure } from "../test/failure";

const ctx = setUpWorld();

const terms = { status: "active", joinedOn: "2025-03-01", agreementSigned: false, paysFee: true, contributesActively: false } as const;
const newMember = {
  name: "Neckar Robotik GmbH",
  category: "sme",
  city: "Heidelberg",
  postalCode: "69115",
  country: "de",
  employees: 80,
} as const;

/** A cluster of its own (Mannheim office, 70 km) with a manager, so its figures are exactly what a test puts in. */
async function freshCluster() {
  const cluster = await createCluster(ctx.db, { radiusKm: 70 });
  const user = await createUser(ctx.db);
  await grantRole(ctx.db, user.id, { kind: "manager", clusterId: cluster.id });
  return { cluster, caller: await callerFor(ctx.db, user.id) };
}

describe("memberships (DOMAIN.md §1, issue 9)", () => {
  it("adding a new organisation creates it and an active membership whose history names the manager", { timeout: 60_000 }, async () => {
    const manager = await ctx.as("manager");
    const created = await manager.membership.addNew({ clusterId: ctx.world.clusterA.id, ...newMember, ...terms });
    const organisation = await findOrganisationById(ctx.db, created.organisationId);
    expect(organisation).toMatchObject({ name: "Neckar Robotik GmbH", country: "DE", postalCode: "69115" });
    const history = await manager.membership.history({ membershipId: created.id });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: "added", before: null, after: { status: "active", joinedOn: "2025-03-01", paysFee: true } });
    expect(history[0]?.changedByName).toBeTruthy();
  });

  it(
    "a new member is located offline from its city and country, like a profile or a prospect; an unknown place stays unlocated",
    { timeout: 60_000 },
    async () => {
      const manager = await ctx.as("manager");
      const created = await manager.membership.addNew({
        clusterId: ctx.world.clusterA.id,
        ...newMember,
        ...terms,
        name: "Heidelberg Optik GmbH",
      });
      const organisation = await findOrganisationById(ctx.db, created.organisationId);
      expect(organisation?.lat).toBeCloseTo(49.41, 1);
      expect(organisation?.lon).toBeCloseTo(8.69, 1);
      const nowhere = await manager.membership.addNew({
        clusterId: ctx.world.clusterA.id,
        ...newMember,
        ...terms,
        name: "Nirgendwo Werke GmbH",
        city: "Xqzvtown",
      });
      expect(await findOrganisationById(ctx.db, nowhere.organisationId)).toMatchObject({ lat: null, lon: null });
    },
  );

  it("a new member's NACE codes and technology tags are saved; a code not in the taxonomy is refused on its field", async () => {
    const manager = await ctx.as("manager");
    const created = await manager.membership.addNew({
      clusterId: ctx.world.clusterA.id,
      ...newMember,
      ...terms,
      name: "Sektor Robotik GmbH",
      nace: ["c28"],
      technologyTags: ["production/robotics-automation"],
    });
    expect(await findOrganisationById(ctx.db, created.organisationId)).toMatchObject({
      nace: ["C28"],
      technologyTags: ["production/robotics-automation"],
    });
    const add = (change: { nace?: string[]; technologyTags?: string[] }) =>
      failure(
        manager.membership.addNew({ clusterId: ctx.world.clusterA.id, ...newMember, ...terms, name: "Unbekannt Sektor GmbH", ...change }),
      );
    expect((await add({ nace: ["C99"] })).fields).toEqual({ nace: ["unknownTag"] });
    expect((await add({ technologyTags: ["production/alchemy"] })).fields).toEqual({ technologyTags: ["unknownTag"] });
  });

  it("adding an existing organisation active in another cluster gives the manager no right over its shared profile", async () => {
    const manager = await ctx.as("manager");
    const { orgB, clusterA } = ctx.world;
    const membership = await manager.membership.addExisting({ clusterId: clusterA.id, organisationId: orgB.id, ...terms });
    expect(membership.clusterId).toBe(clusterA.id);
    const before = await findOrganisationById(ctx.db, orgB.id);
    const edit = manager.organisation.update({
      clusterId: clusterA.id,
      organisationId: orgB.id,
      profile: {
        ...newMember,
        name: "Taken over",
        street: "",
        lat: null,
        lon: null,
        nace: [],
        technologyTags: [],
        website: "",
        description: "",
      },
    });
    expect((await failure(edit)).code).toBe("FORBIDDEN");
    expect((await failure(manager.organisation.get({ organisationId: orgB.id }))).code).toBe("FORBIDDEN");
    expect((await findOrganisationById(ctx.db, orgB.id))?.name).toBe(before?.name);
  });

  it("an organisation is added to a cluster once: a second add is a conflict", async () => {
    const manager = await ctx.as("manager");
    const organisation = await createOrganisation(ctx.db);
    await manager.membership.addExisting({ clusterId: ctx.world.clusterA.id, organisationId: organisation.id, ...terms });
    const again = await failure(
      manager.membership.addExisting({ clusterId: ctx.world.clusterA.id, organisationId: organisation.id, ...terms }),
    );
    expect(again).toMatchObject({ code: "CONFLICT", message: "alreadyMember" });
  });

  it("the organisation search finds organisations of the platform not yet in the cluster, with their identifying data only", async () => {
    const manager = await ctx.as("manager");
    const outside = await createOrganisation(ctx.db, { name: "Suchbar Sensorik AG", city: "Speyer" });
    const inside = await createOrganisation(ctx.db, { name: "Suchbar Logistik AG" });
    await createMembership(ctx.db, { organisationId: inside.id, clusterId: ctx.world.clusterA.id });
    const found = await manager.membership.searchOrganisations({ clusterId: ctx.world.clusterA.id, search: "suchbar" });
    expect(found).toEqual([{ id: outside.id, name: "Suchbar Sensorik AG", category: "sme", city: "Speyer", country: "DE" }]);
    expect(await manager.membership.searchOrganisations({ clusterId: ctx.world.clusterA.id, search: " " })).toEqual([]);
  });

  it("§1 committed in the member list: one criterion is enough, none is not committed; within the radius from the office", async () => {
    const { cluster, caller } = await freshCluster();
    const near = await createOrganisation(ctx.db, { name: "A Nah GmbH", lat: 49.4875, lon: 8.466 });
    const far = await createOrganisation(ctx.db, { name: "B Fern GmbH", lat: 48.7758, lon: 9.1829 });
    const unknown = await createOrganisation(ctx.db, { name: "C Unbekannt GmbH", lat: null, lon: null });
    const nearMembership = await createMembership(ctx.db, { organisationId: near.id, clusterId: cluster.id });
    await createMembership(ctx.db, { organisationId: far.id, clusterId: cluster.id });
    await createMembership(ctx.db, { organisationId: unknown.id, clusterId: cluster.id });
    await caller.membership.update({ membershipId: nearMembership.id, ...terms, paysFee: false });
    const list = await caller.membership.list({ clusterId: cluster.id });
    expect(list.items.map((row) => [row.name, row.committed, row.withinRadius])).toEqual([
      ["A Nah GmbH", false, true],
      ["B Fern GmbH", true, false],
      ["C Unbekannt GmbH", true, null],
    ]);
    await caller.membership.update({ membershipId: nearMembership.id, ...terms, contributesActively: true, paysFee: false });
    expect((await caller.membership.list({ clusterId: cluster.id, search: "Nah" })).items[0]?.committed).toBe(true);
  });

  it("ending a membership keeps its history and it stops counting after its last day, not on it", async () => {
    const { cluster, caller } = await freshCluster();
    const organisation = await createOrganisation(ctx.db);
    const { id } = await caller.membership.addExisting({ clusterId: cluster.id, organisationId: organisation.id, ...terms });
    await caller.membership.end({ membershipId: id, leftOn: "2026-04-30" });
    const history = await caller.membership.history({ membershipId: id });
    expect(history.map((change) => change.action)).toEqual(["ended", "added"]);
    expect(history[0]).toMatchObject({ before: { status: "active", leftOn: null }, after: { status: "left", leftOn: "2026-04-30" } });
    expect((await caller.membership.structure({ clusterId: cluster.id, asOf: "2026-04-30" })).S1.value).toBe(1);
    const after = await caller.membership.structure({ clusterId: cluster.id, asOf: "2026-05-01" });
    expect(after.S1.value).toBe(0);
    expect(after.S1.source.en).toBe("0 committed members, from the member list on 2026-05-01");
  });

  it("a membership cannot end before it began: the message is on leftOn", async () => {
    const manager = await ctx.as("manager");
    const membershipId = await ctx.world.membership("A");
    expect(await failure(manager.membership.end({ membershipId, leftOn: "2023-12-31" }))).toMatchObject({
      code: "BAD_REQUEST",
      fields: { leftOn: ["endsBeforeStart"] },
    });
  });

  it("bad input is refused on the field (name, country, employees, joinedOn)", async () => {
    const manager = await ctx.as("manager");
    const bad = await failure(
      manager.membership.addNew({
        clusterId: ctx.world.clusterA.id,
        ...newMember,
        ...terms,
        name: " ",
        country: "Deutschland",
        employees: -1,
        joinedOn: "2026-02-30",
      }),
    );
    expect(bad.fields).toMatchObject({
      name: ["required"],
      country: ["invalidCountry"],
      employees: ["notNegative"],
      joinedOn: ["invalidDate"],
    });
  });

  it("S1–S7 as of a date read only the cluster's own memberships", async () => {
    const { cluster, caller } = await freshCluster();
    const add = async (category: "sme" | "large" | "university", joinedOn: string, agreementSigned = true) => {
      const organisation = await createOrganisation(ctx.db, { category });
      await createMembership(ctx.db, {
        organisationId: organisation.id,
        clusterId: cluster.id,
        joinedOn,
        agreementSigned,
      });
    };
    await add("sme", "2023-01-01");
    await add("large", "2023-01-01");
    await add("university", "2025-06-01");
    await add("sme", "2026-01-01", false);
    const structure = await caller.membership.structure({ clusterId: cluster.id, asOf: "2026-05-01" });
    expect(structure.S1.value).toBe(3);
    expect(structure.S2.value).toBe(3);
    expect(structure.S3.value).toBeCloseTo(200 / 3, 10);
    expect(structure.S4.value).toBeCloseTo(200 / 3, 10);
    expect(structure.S5.value).toBe(25);
    expect(structure.S6.value).toBe(100);
    expect(structure.S7).toMatchObject({ since: "2024-05-01", then: 2, now: 4, value: 100 });
    expect(structure.monthly).toHaveLength(25);
  });
});
