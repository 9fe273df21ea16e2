import { outboxText } from "@clusterwerk/auth/mail";
import { schema } from "@clusterwerk/db";
import { createMembership, createOrganisation, grantRole } from "@clusterwerk/db/testing/factories";
import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { callerFor, setUpWorld } from "../test/world";

const ctx = setUpWorld();

/** The platform admins' addresses (the world's admin and whoever a test made admin). */
async function adminAddresses() {
  const rows = await ctx.db
    .select({ email: schema.users.email })
    .from(schema.roleAssignments)
    .innerJoin(schema.users, eq(schema.users.id, schema.roleAssignments.userId))
    .where(eq(schema.roleAssignments.kind, "admin"));
  return rows.map((row) => row.email);
}

/** Mails to the admins whose subject contains `subject`. */
async function adminMails(subject: string) {
  const mails = await ctx.db
    .select()
    .from(schema.mailOutbox)
    .where(inArray(schema.mailOutbox.to, await adminAddresses()));
  return mails.filter((mail) => mail.subject.includes(subject));
}

async function auditOf(action: string, entityId: string) {
  return ctx.db
    .select()
    .from(schema.auditLog)
    .where(and(eq(schema.auditLog.action, action), eq(schema.auditLog.entityId, entityId)));
}

describe("the platform admins hear of data-rights requests (docs/DATA-RIGHTS.md)", () => {
  it("a deleted account mails every admin, naming only the anonymised account, and its audit entry counts them", async () => {
    const second = await ctx.world.freshPerson("admin");
    const person = await ctx.world.freshPerson("member");
    await ctx.db.update(schema.users).set({ name: "Dora Datenschutz" }).where(eq(schema.users.id, person.userId));
    const caller = await callerFor(ctx.db, person.userId);
    await caller.dataRights.deleteMyAccount({ confirmation: person.email, password: person.password });

    const mails = (await adminMails("Account deleted")).filter((mail) => mail.text.includes(person.userId));
    expect(mails.map((mail) => mail.to).sort()).toEqual((await adminAddresses()).sort());
    expect(mails.map((mail) => mail.to)).toContain(second.email);
    for (const mail of mails) {
      expect(mail.subject).toBe("Clusterwerk: Konto gelöscht / Account deleted");
      expect(`${mail.subject}\n${mail.text}`).not.toMatch(new RegExp(`${person.email}|Dora|Datenschutz`));
      expect(mail.text).toContain(`/admin/accounts?q=${person.userId}`);
      // As the admin outbox shows it outside development: the link is hidden like every other.
      expect(outboxText(mail.text, false)).not.toContain("http");
    }
    const [entry] = await auditOf("account.deleted", person.userId);
    expect(entry).toMatchObject({ actorUserId: person.userId, entity: "user", details: { adminsNotified: mails.length } });
  });

  it("an organisation's first deletion request mails every admin with the organisation's name, a repeated one mails nobody", async () => {
    const organisation = await createOrganisation(ctx.db);
    await createMembership(ctx.db, { organisationId: organisation.id, clusterId: ctx.world.clusterA.id });
    const person = await ctx.world.freshPerson("noRole");
    await grantRole(ctx.db, person.userId, { kind: "member", clusterId: ctx.world.clusterA.id, organisationId: organisation.id });
    const contact = await callerFor(ctx.db, person.userId);

    await contact.dataRights.requestOrganisationDeletion({ organisationId: organisation.id });
    await contact.dataRights.requestOrganisationDeletion({ organisationId: organisation.id });

    const mails = (await adminMails("Anonymisation of an organisation requested")).filter((mail) => mail.text.includes(organisation.name));
    expect(mails.map((mail) => mail.to).sort()).toEqual((await adminAddresses()).sort());
    for (const mail of mails) {
      expect(mail.text).not.toContain(person.email);
      expect(mail.text).toContain("/admin/data-rights");
    }
    const entries = await auditOf("organisation.deletion-requested", organisation.id);
    expect(entries.map((entry) => entry.details)).toEqual([{ adminsNotified: mails.length }, { adminsNotified: 0 }]);
  });
});
