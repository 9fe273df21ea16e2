import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../client";
import { auditLog, invitations, jobRuns, mailOutbox, passwordResetTokens, rateLimits, sessions } from "../schema";
import { createCluster, createUser } from "../testing/factories";
import { createTestDatabase } from "../testing/test-db";
import { runJobExclusively } from "./job-runs";
import { applyRetention, RETENTION_DAYS } from "./retention";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle.close());

const now = new Date("2026-12-01T03:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
const hex = (n: number) => n.toString(16).padStart(64, "0");
let tokenCounter = 0;

describe("retention rules (docs/DATA-RIGHTS.md)", () => {
  it("deletes invitations 90 days after they were accepted, revoked, declined or expired, and keeps pending and recent ones", async () => {
    const cluster = await createCluster(handle.db);
    const invitation = (fields: Partial<typeof invitations.$inferInsert>) => ({
      email: `i${++tokenCounter}@test.example`,
      kind: "member" as const,
      clusterId: cluster.id,
      tokenHash: hex(++tokenCounter),
      expiresAt: new Date(now.getTime() + 24 * 60 * 60 * 1000),
      ...fields,
    });
    const old = daysAgo(RETENTION_DAYS.invitations + 1);
    const recent = daysAgo(RETENTION_DAYS.invitations - 1);
    const rows = await handle.db
      .insert(invitations)
      .values([
        invitation({ acceptedAt: old }),
        invitation({ revokedAt: old }),
        invitation({ declinedAt: old }),
        invitation({ expiresAt: old }),
        invitation({ acceptedAt: recent }),
        invitation({ expiresAt: recent }),
        invitation({}),
      ])
      .returning({ id: invitations.id });
    const result = await applyRetention(handle.db, now);
    const left = await handle.db
      .select({ id: invitations.id })
      .from(invitations)
      .where(
        inArray(
          invitations.id,
          rows.map((row) => row.id),
        ),
      );
    expect(result.invitations).toBe(4);
    expect(left.map((row) => row.id).sort()).toEqual(
      rows
        .slice(4)
        .map((row) => row.id)
        .sort(),
    );
  });

  it("deletes mail older than 30 days, sent or not", async () => {
    await handle.db.insert(mailOutbox).values([
      { to: "old@test.example", subject: "old", text: "x", createdAt: daysAgo(RETENTION_DAYS.mail + 1) },
      {
        to: "old-sent@test.example",
        subject: "old",
        text: "x",
        createdAt: daysAgo(RETENTION_DAYS.mail + 1),
        sentAt: daysAgo(RETENTION_DAYS.mail + 1),
      },
      { to: "new@test.example", subject: "new", text: "x", createdAt: daysAgo(RETENTION_DAYS.mail - 1) },
    ]);
    expect((await applyRetention(handle.db, now)).mail).toBe(2);
    expect((await handle.db.select({ to: mailOutbox.to }).from(mailOutbox)).map((row) => row.to)).toEqual(["new@test.example"]);
  });

  it("deletes sign-in and reset audit entries after 90 days and other audit entries after 3 years", async () => {
    const entry = (action: string, at: Date) => ({ action, entity: "user", at });
    const rows = await handle.db
      .insert(auditLog)
      .values([
        entry("sign-in.failed", daysAgo(RETENTION_DAYS.authenticationAudit + 1)),
        entry("password-reset.requested", daysAgo(RETENTION_DAYS.authenticationAudit + 1)),
        entry("sign-in", daysAgo(RETENTION_DAYS.authenticationAudit - 1)),
        entry("consent.changed", daysAgo(RETENTION_DAYS.authenticationAudit + 1)),
        entry("consent.changed", daysAgo(RETENTION_DAYS.otherAudit + 1)),
      ])
      .returning({ id: auditLog.id, action: auditLog.action });
    expect((await applyRetention(handle.db, now)).auditEntries).toBe(3);
    const left = await handle.db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(
        inArray(
          auditLog.id,
          rows.map((row) => row.id),
        ),
      );
    expect(left.map((row) => row.id).sort()).toEqual([rows[2]?.id, rows[3]?.id].sort());
  });

  it("deletes rate-limit counters whose window started more than a day ago", async () => {
    await handle.db.insert(rateLimits).values([
      { key: "signin:account:old@test.example", count: 3, windowStart: daysAgo(2) },
      { key: "signin:account:new@test.example", count: 3, windowStart: new Date(now.getTime() - 60_000) },
    ]);
    expect((await applyRetention(handle.db, now)).rateLimits).toBe(1);
    expect((await handle.db.select({ key: rateLimits.key }).from(rateLimits)).map((row) => row.key)).toEqual([
      "signin:account:new@test.example",
    ]);
  });

  it("deletes sessions and reset tokens a day after they expired (or the token was used), and keeps live ones", async () => {
    const user = await createUser(handle.db);
    await handle.db.insert(sessions).values([
      { userId: user.id, createdAt: daysAgo(3), expiresAt: daysAgo(2) },
      { userId: user.id, createdAt: now, expiresAt: new Date(now.getTime() + 3_600_000) },
    ]);
    await handle.db.insert(passwordResetTokens).values([
      { userId: user.id, tokenHash: hex(++tokenCounter), expiresAt: daysAgo(2) },
      { userId: user.id, tokenHash: hex(++tokenCounter), expiresAt: new Date(now.getTime() + 3_600_000), usedAt: daysAgo(2) },
      { userId: user.id, tokenHash: hex(++tokenCounter), expiresAt: new Date(now.getTime() + 3_600_000) },
    ]);
    const result = await applyRetention(handle.db, now);
    expect([result.sessions, result.resetTokens]).toEqual([1, 2]);
    expect(await handle.db.$count(sessions, eq(sessions.userId, user.id))).toBe(1);
    expect(await handle.db.$count(passwordResetTokens, eq(passwordResetTokens.userId, user.id))).toBe(1);
  });
});

describe("scheduled job runner", () => {
  it("runs a job once per period and records its result", async () => {
    let runs = 0;
    const work = () => Promise.resolve({ runs: ++runs });
    const first = await runJobExclusively(handle.db, { name: "test-period", periodMs: 60_000, now }, work);
    const again = await runJobExclusively(
      handle.db,
      { name: "test-period", periodMs: 60_000, now: new Date(now.getTime() + 30_000) },
      work,
    );
    const later = await runJobExclusively(
      handle.db,
      { name: "test-period", periodMs: 60_000, now: new Date(now.getTime() + 61_000) },
      work,
    );
    expect([first, again, later]).toEqual([
      { ran: true, result: { runs: 1 } },
      { ran: false, reason: "not-due" },
      { ran: true, result: { runs: 2 } },
    ]);
    const [row] = await handle.db.select().from(jobRuns).where(eq(jobRuns.name, "test-period"));
    expect(row?.result).toEqual({ runs: 2 });
  });

  it("does not record a run that failed, so the next tick tries again", async () => {
    const failing = runJobExclusively(handle.db, { name: "test-failing", periodMs: 60_000, now }, () => Promise.reject(new Error("boom")));
    await expect(failing).rejects.toThrow("boom");
    expect(
      await runJobExclusively(handle.db, { name: "test-failing", periodMs: 60_000, now }, () => Promise.resolve({ ok: true })),
    ).toEqual({
      ran: true,
      result: { ok: true },
    });
  });

  it("runs a job once when two instances start it at the same moment (busy on PostgreSQL, not due once PGlite serialises them)", async () => {
    let runs = 0;
    const work = () => Promise.resolve({ runs: ++runs });
    const job = { name: "test-concurrent", periodMs: 60_000, now };
    const outcomes = await Promise.all([runJobExclusively(handle.db, job, work), runJobExclusively(handle.db, job, work)]);
    expect(runs).toBe(1);
    expect(outcomes.filter((outcome) => outcome.ran)).toHaveLength(1);
  });
});
