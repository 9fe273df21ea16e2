import { schema } from "@clusterwerk/db";
import { createCluster, createMembership, createOrganisation, createUser, grantRole } from "@clusterwerk/db/testing/factories";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { serviceFixtures } from "../test/service-fixtures";
import { failure } from "../test/failure";
import { callerFor, setUpWorld } from "../test/world";

const ctx = setUpWorld();

/** A cluster of its own with a manager, so coverage figures start from zero. */
async function freshCluster() {
  const cluster = await createCluster(ctx.db);
  const manager = await createUser(ctx.db);
  await grantRole(ctx.db, manager.id, { kind: "manager", clusterId: cluster.id });
  const member = async (name: string) => {
    const organisation = await createOrganisation(ctx.db, { name });
    await createMembership(ctx.db, { organisationId: organisation.id, clusterId: cluster.id });
    const user = await createUser(ctx.db);
    await grantRole(ctx.db, user.id, { kind: "member", clusterId: cluster.id, organisationId: organisation.id });
    return { id: organisation.id, email: user.email };
  };
  return { clusterId: cluster.id, caller: await callerFor(ctx.db, manager.id), member };
}

describe("coverage (DOMAIN.md §3)", () => {
  it("coverage rises when a service linked to a need becomes planned, and again when another becomes active", async () => {
    const { clusterId, caller, member } = await freshCluster();
    const fixtures = serviceFixtures(ctx.db);
    const organisation = await member("Rheinsensor GmbH");
    const digital = await fixtures.need(clusterId, organisation.id, { importance: 4 });
    const funding = await fixtures.need(clusterId, organisation.id, { category: "funding", importance: 2 });
    const first = await fixtures.service(clusterId, { status: "idea" });
    const second = await fixtures.service(clusterId, { status: "idea", needCategories: ["funding"] });
    await fixtures.link(first, [digital]);
    await fixtures.link(second, [funding]);

    const before = await caller.service.coverage({ clusterId });
    expect(before.overall).toEqual({ demand: 6, supply: 0, gap: 6, share: 0 });

    await caller.service.markPlanned({ clusterId, serviceIds: [first] });
    const planned = await caller.service.coverage({ clusterId });
    expect(planned.overall).toMatchObject({ supply: 4, gap: 2 });
    expect(planned.categories.find((row) => row.category === "digitalisation")).toMatchObject({ demand: 4, supply: 4, gap: 0 });

    await ctx.db.update(schema.services).set({ status: "active" }).where(eq(schema.services.id, second));
    expect((await caller.service.coverage({ clusterId })).overall).toEqual({ demand: 6, supply: 6, gap: 0, share: 1 });
  });

  it("lists per service the organisations whose open needs it addresses", async () => {
    const { clusterId, caller, member } = await freshCluster();
    const fixtures = serviceFixtures(ctx.db);
    const [a, b] = [await member("Alpha Robotik"), await member("Beta Sensorik")];
    const open = await fixtures.need(clusterId, a.id, { title: "Bildverarbeitung" });
    const addressed = await fixtures.need(clusterId, b.id, { status: "addressed" });
    const serviceId = await fixtures.service(clusterId, { status: "planned" });
    await fixtures.link(serviceId, [open, addressed]);
    const { services } = await caller.service.coverage({ clusterId });
    expect(services.find((service) => service.id === serviceId)?.organisations).toEqual([
      {
        organisationId: a.id,
        organisationName: "Alpha Robotik",
        needs: [{ id: open, title: "Bildverarbeitung", importance: 3 }],
        invited: false,
      },
    ]);
  });
});

describe("inviting the matching members (DOMAIN.md §3)", () => {
  it("invite only once: the first action mails the contact persons of matching organisations, the second invites nobody", async () => {
    const { clusterId, caller, member } = await freshCluster();
    const fixtures = serviceFixtures(ctx.db);
    const [a, b, unmatched] = [await member("Alpha"), await member("Beta"), await member("Gamma")];
    const serviceId = await fixtures.service(clusterId, { status: "active", title: "Förderlotse" });
    await fixtures.link(serviceId, [await fixtures.need(clusterId, a.id), await fixtures.need(clusterId, b.id)]);
    await fixtures.need(clusterId, unmatched.id);

    expect(await caller.service.invite({ serviceId })).toEqual({ invited: 2, alreadyInvited: 0, mails: 2 });
    const mails = await ctx.db.select().from(schema.mailOutbox);
    const recipients = mails.filter((mail) => mail.subject.endsWith("Förderlotse")).map((mail) => mail.to);
    expect(recipients.sort()).toEqual([a.email, b.email].sort());

    expect(await caller.service.invite({ serviceId })).toEqual({ invited: 0, alreadyInvited: 2, mails: 0 });
    const again = await ctx.db.select().from(schema.mailOutbox);
    expect(again.filter((mail) => mail.subject.endsWith("Förderlotse"))).toHaveLength(2);
    const { services } = await caller.service.coverage({ clusterId });
    expect(services.find((service) => service.id === serviceId)?.organisations.every((entry) => entry.invited)).toBe(true);
  });

  it("an idea takes no invitations", async () => {
    const { clusterId, caller } = await freshCluster();
    const serviceId = await serviceFixtures(ctx.db).service(clusterId, { status: "idea" });
    expect(await failure(caller.service.invite({ serviceId }))).toMatchObject({ code: "BAD_REQUEST", message: "serviceNotOpen" });
  });
});
