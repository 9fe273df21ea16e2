import { findOrganisationById } from "@clusterwerk/db";
import { createMembership, createOrganisation, grantConsent } from "@clusterwerk/db/testing/factories";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { callAs, setUpWorld } from "../test/world";

const ctx = setUpWorld();

const validProfile = {
  name: "Rheinsensor GmbH",
  category: "sme",
  employees: 40,
  street: "",
  postalCode: "68159",
  city: "Mannheim",
  country: "de",
  lat: 49.49,
  lon: 8.47,
  nace: ["c28"],
  technologyTags: ["digitalisation/iot-sensors"],
  website: "https://rheinsensor.example",
  description: "",
};

describe("organisation profile", () => {
  it("saves a valid profile, normalising codes and empty texts", async () => {
    await callAs(ctx.db, ctx.world.users.member, "organisation.update", {
      clusterId: ctx.world.clusterA.id,
      organisationId: ctx.world.orgA.id,
      profile: validProfile,
    });
    const saved = await findOrganisationById(ctx.db, ctx.world.orgA.id);
    expect(saved).toMatchObject({ name: "Rheinsensor GmbH", country: "DE", nace: ["C28"], street: null, description: null });
  });

  it.each([
    ["empty name", { name: "  " }, "name"],
    ["overlong name", { name: "x".repeat(161) }, "name"],
    ["bad website", { website: "rheinsensor" }, "website"],
    ["bad NACE code", { nace: ["Z99"] }, "nace"],
    ["latitude without longitude", { lon: null }, "lon"],
    ["negative employees", { employees: -1 }, "employees"],
  ])("rejects %s on its field and changes nothing", async (_label, change, field) => {
    const before = await findOrganisationById(ctx.db, ctx.world.orgA.id);
    try {
      await callAs(ctx.db, ctx.world.users.member, "organisation.update", {
        clusterId: ctx.world.clusterA.id,
        organisationId: ctx.world.orgA.id,
        profile: { ...validProfile, ...change },
      });
      throw new Error("expected BAD_REQUEST");
    } catch (error) {
      expect(error).toBeInstanceOf(TRPCError);
      const cause = (error as TRPCError).cause as { issues?: { path: PropertyKey[] }[] } | undefined;
      expect(cause?.issues?.[0]?.path).toEqual(["profile", field, ...(field === "nace" ? [0] : [])]);
    }
    expect(await findOrganisationById(ctx.db, ctx.world.orgA.id)).toEqual(before);
  });

  it("refuses a well-formed technology tag that is not in the taxonomy, on technologyTags, and changes nothing", async () => {
    const before = await findOrganisationById(ctx.db, ctx.world.orgA.id);
    const call = callAs(ctx.db, ctx.world.users.member, "organisation.update", {
      clusterId: ctx.world.clusterA.id,
      organisationId: ctx.world.orgA.id,
      profile: { ...validProfile, technologyTags: ["digitalisation/iot-sensors", "digitalisation/telepathy"] },
    });
    await expect(call).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { issues: [{ path: ["technologyTags", 1], message: "unknownTag" }] },
    });
    expect(await findOrganisationById(ctx.db, ctx.world.orgA.id)).toEqual(before);
  });

  it("the pickers' taxonomies: NACE divisions under their sections, technology topics under their fields, German and English", async () => {
    const member = await ctx.as("member");
    const nace = await member.taxonomy.groups({ taxonomy: "nace" });
    expect(nace).toHaveLength(21);
    expect(nace.flatMap((section) => section.terms)).toHaveLength(88);
    const manufacturing = nace.find((section) => section.code === "C");
    expect(manufacturing).toMatchObject({ labelDe: "Verarbeitendes Gewerbe", labelEn: "Manufacturing" });
    expect(manufacturing?.terms.map((term) => term.code)).toContain("C28");
    const technology = await member.taxonomy.groups({ taxonomy: "technology" });
    const digitalisation = technology.find((field) => field.code === "digitalisation");
    expect(digitalisation?.terms).toContainEqual({
      code: "digitalisation/iot-sensors",
      labelDe: "IoT und Sensorik",
      labelEn: "IoT and sensors",
    });
  });

  it("flags a company whose employee count says the other size class", async () => {
    await callAs(ctx.db, ctx.world.users.member, "organisation.update", {
      clusterId: ctx.world.clusterA.id,
      organisationId: ctx.world.orgA.id,
      profile: { ...validProfile, employees: 900 },
    });
    const profile = (await callAs(ctx.db, ctx.world.users.member, "organisation.get", { organisationId: ctx.world.orgA.id })) as {
      categoryMismatch: boolean;
    };
    expect(profile.categoryMismatch).toBe(true);
  });
});

describe("member directory", () => {
  it("lists only active, consenting members of the cluster, with search, category filter and pages", async () => {
    const extra = await Promise.all(
      ["Alpha Robotik", "Beta Hochschule", "Gamma Verweigert", "Delta Ausgetreten"].map((name, index) =>
        createOrganisation(ctx.db, { name, category: index === 1 ? "university" : "sme", city: "Heidelberg" }),
      ),
    );
    const [alpha, beta, gamma, delta] = extra;
    if (!alpha || !beta || !gamma || !delta) throw new Error("setup");
    for (const organisation of extra)
      await createMembership(ctx.db, {
        organisationId: organisation.id,
        clusterId: ctx.world.clusterA.id,
        status: organisation === delta ? "left" : "active",
      });
    await grantConsent(ctx.db, alpha.id, "directory");
    await grantConsent(ctx.db, beta.id, "directory");
    await grantConsent(ctx.db, gamma.id, "directory", false);
    await grantConsent(ctx.db, delta.id, "directory");

    type Page = { items: { name: string }[]; total: number; nextCursor: number | null };
    const list = (input: object) =>
      callAs(ctx.db, ctx.world.users.member, "cluster.directory", { clusterId: ctx.world.clusterA.id, ...input }) as Promise<Page>;
    const all = await list({});
    const names = all.items.map((item) => item.name);
    const own = await findOrganisationById(ctx.db, ctx.world.orgA.id);
    expect(names).toEqual(expect.arrayContaining(["Alpha Robotik", "Beta Hochschule", own?.name]));
    expect(names).not.toContain("Gamma Verweigert");
    expect(names).not.toContain("Delta Ausgetreten");
    expect(names).not.toContain(ctx.world.orgB.name);

    expect((await list({ search: "heidel" })).items.map((item) => item.name).sort()).toEqual(["Alpha Robotik", "Beta Hochschule"]);
    expect((await list({ category: "university" })).items.map((item) => item.name)).toEqual(["Beta Hochschule"]);

    const first = await list({ limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBe(2);
    const second = await list({ limit: 2, cursor: first.nextCursor });
    expect(second.items.map((item) => item.name)).not.toEqual(first.items.map((item) => item.name));
    expect(first.total).toBe(all.total);
  });
});
