import { schema } from "@clusterwerk/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { dayFromToday, profileIn } from "../test/cooperation-fixtures";
import { labelFixtures } from "../test/label-fixtures";
import { setUpWorld } from "../test/world";
import { runScheduledJobs } from "./scheduled-jobs";

const ctx = setUpWorld();

describe("scheduled jobs", () => {
  it("apply the retention rules and send the label and cooperation profile expiry reminders without an admin's click, once a day", async () => {
    const { clusterA, orgA, users } = ctx.world;
    const contact = await ctx.world.freshPerson("member");
    const now = new Date();
    const labelValidUntil = dayFromToday(30);
    const awardId = await labelFixtures(ctx.db, users.assessor).bronze(clusterA.id);
    await ctx.db.update(schema.labelAwards).set({ validUntil: labelValidUntil }).where(eq(schema.labelAwards.id, awardId));
    await profileIn(
      ctx.db,
      { clusterId: clusterA.id, organisationId: orgA.id, userId: contact.userId },
      { published: true, title: "Läuft bald ab", validUntil: dayFromToday(5) },
    );
    await ctx.db
      .insert(schema.mailOutbox)
      .values({ to: "old@test.example", subject: "old", text: "x", createdAt: new Date(now.getTime() - 40 * 86_400_000) });

    const first = await runScheduledJobs(ctx.db, now);
    expect(first.retention).toMatchObject({ ran: true, result: { mail: 1 } });
    expect(first["label-expiry-reminders"]).toMatchObject({ ran: true, result: { reminded: 1 } });
    expect(first["profile-expiry-reminders"]).toMatchObject({ ran: true, result: { reminded: 1 } });
    const subjects = (await ctx.db.select({ subject: schema.mailOutbox.subject }).from(schema.mailOutbox)).map((mail) => mail.subject);
    expect(subjects.some((subject) => subject.includes(`bis ${labelValidUntil}`))).toBe(true);
    expect(subjects.some((subject) => subject.startsWith("Kooperationsprofil läuft ab"))).toBe(true);

    const sameDay = await runScheduledJobs(ctx.db, new Date(now.getTime() + 60 * 60 * 1000));
    expect(Object.values(sameDay)).toEqual([
      { ran: false, reason: "not-due" },
      { ran: false, reason: "not-due" },
      { ran: false, reason: "not-due" },
    ]);
    const nextDay = await runScheduledJobs(ctx.db, new Date(now.getTime() + 25 * 60 * 60 * 1000));
    expect(nextDay["label-expiry-reminders"]).toEqual({ ran: true, result: { reminded: 0, mails: 0 } });
  });
});
