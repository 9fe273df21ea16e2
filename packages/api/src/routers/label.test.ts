import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { createFinalisedBenchmarking, indicatorValuesAt, schema } from "@clusterwerk/db";
import { createCluster, createUser, grantRole } from "@clusterwerk/db/testing/factories";
import type { IndicatorValues, LabelAward } from "@clusterwerk/scoring/benchmark";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { callerFor, setUpWorld } from "../test/world";

const ctx = setUpWorld();

/**
 * The scoring command (SCORING-CLI.md `label`) run as staff run it, JSON on stdin and stdout, from its
 * source through tsx (as `bin/scoring.mjs` does without a current build; the built copy may be rebuilt
 * while tests run).
 */
function labelCommand(input: unknown): unknown {
  const scoring = resolve(dirname(createRequire(import.meta.url).resolve("@clusterwerk/scoring/benchmark")), "../..");
  const output = execFileSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "label"], {
    cwd: scoring,
    input: JSON.stringify(input),
    encoding: "utf8",
  });
  return JSON.parse(output);
}

async function errorOf(call: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("the call succeeded");
}

/** A second assessor, for Gold's confirmation. */
async function secondAssessor() {
  const user = await createUser(ctx.db);
  await grantRole(ctx.db, user.id, { kind: "assessor" });
  return user.id;
}

/** Bronze's three criteria met, knock-out M2 (1.0 FTE) not: Bronze only. */
const bronzeOnly: IndicatorValues = indicatorValuesAt("baseline", { M2: 0.8 });
const atGold: IndicatorValues = indicatorValuesAt("gold");
const belowBronze: IndicatorValues = indicatorValuesAt("baseline", { S1: 12, M2: 0.4 });

async function clusterWith(benchmarkings: { date: string; values: IndicatorValues; validatedImprovements?: string[] }[]) {
  const cluster = await createCluster(ctx.db);
  const ids: string[] = [];
  for (const benchmarking of benchmarkings) {
    ids.push(
      await createFinalisedBenchmarking(ctx.db, {
        clusterId: cluster.id,
        benchmarkDate: benchmarking.date,
        values: benchmarking.values,
        validatedImprovements: benchmarking.validatedImprovements,
      }),
    );
  }
  return { cluster, ids, latest: ids.at(-1) ?? "" };
}

describe("the portal's eligibility equals the label command's (golden, one per level)", () => {
  it("none: below Bronze's criteria, every label refused with the command's sentences", async () => {
    const { latest } = await clusterWith([{ date: "2026-03-02", values: belowBronze }]);
    const assessor = await ctx.as("assessor");
    const portal = await assessor.label.eligibility({ benchmarkingId: latest });
    const cli = labelCommand({
      asOf: "2026-03-02",
      benchmarkings: [{ date: "2026-03-02", values: belowBronze }],
      awards: [],
      assessors: [ctx.world.users.assessor],
    });
    expect(portal.assessment).toEqual(cli);
    expect(portal.assessment.bronze.eligible).toBe(false);
  });

  it("bronze: Bronze eligible, Silver and Gold refused with the failed knock-out", async () => {
    const { latest } = await clusterWith([{ date: "2026-03-03", values: bronzeOnly }]);
    const portal = await (await ctx.as("assessor")).label.eligibility({ benchmarkingId: latest });
    const cli = labelCommand({
      asOf: "2026-03-03",
      benchmarkings: [{ date: "2026-03-03", values: bronzeOnly }],
      assessors: [ctx.world.users.assessor],
    });
    expect(portal.assessment).toEqual(cli);
    expect(portal.assessment.bronze).toEqual({ eligible: true, reasons: [], validFrom: "2026-03-03", validUntil: "2028-03-03" });
    expect(portal.assessment.gold.reasons).toContain("knock-out M2 not met: 0.8 FTE, at least 1.0 required");
    expect(portal.awardable).toEqual({ bronze: true, silver: false, gold: false });
  });

  it("silver: a second benchmarking 20 months later with 3 validated improvements renews Bronze and earns Silver", async () => {
    const first = indicatorValuesAt("baseline");
    const second = indicatorValuesAt("baseline", { S1: 30, S6: 60, V2: 50 });
    const { cluster, latest, ids } = await clusterWith([
      { date: "2024-05-10", values: first },
      { date: "2026-01-10", values: second, validatedImprovements: ["S1", "S6", "V2", "F1"] },
    ]);
    const earlier: LabelAward = { level: "bronze", validFrom: "2024-05-10", validUntil: "2026-05-10" };
    await ctx.db.insert(schema.labelAwards).values({
      ...earlier,
      clusterId: cluster.id,
      benchmarkingId: ids[0] ?? "",
      rationale: "Erstes Label",
      awardedBy: ctx.world.users.assessor,
      status: "awarded",
    });
    const portal = await (await ctx.as("assessor")).label.eligibility({ benchmarkingId: latest });
    const cli = labelCommand({
      asOf: "2026-01-10",
      benchmarkings: [
        { date: "2024-05-10", values: first },
        { date: "2026-01-10", values: second, validatedImprovements: ["S1", "S6", "V2", "F1"] },
      ],
      awards: [earlier],
      assessors: [ctx.world.users.assessor],
    });
    expect(portal.assessment).toEqual(cli);
    expect(portal.assessment.silver.eligible).toBe(true);
    expect(portal.assessment.bronze).toMatchObject({ eligible: true, validUntil: "2029-05-10" });
  });

  it("gold: with the awarding assessor and a second one, Gold is eligible as the command says for both", async () => {
    const { latest } = await clusterWith([{ date: "2026-03-04", values: atGold }]);
    const first = await ctx.as("assessor");
    await first.label.award({ benchmarkingId: latest, level: "gold", rationale: "150 Punkte, alle K.-o.-Kriterien erfüllt" });
    const secondId = await secondAssessor();
    const portal = await (await callerFor(ctx.db, secondId)).label.eligibility({ benchmarkingId: latest });
    const cli = labelCommand({
      asOf: "2026-03-04",
      benchmarkings: [{ date: "2026-03-04", values: atGold }],
      assessors: [ctx.world.users.assessor, secondId],
    });
    expect(portal.assessment).toEqual(cli);
    expect(portal.assessment.gold).toEqual({ eligible: true, reasons: [], validFrom: "2026-03-04", validUntil: "2028-03-04" });
  });
});

describe("awards (DOMAIN.md §6.3)", () => {
  it("Bronze is awarded with a rationale, takes effect at once with a certificate number and is in the audit log", async () => {
    const { cluster, latest } = await clusterWith([{ date: "2026-02-02", values: bronzeOnly }]);
    const stored = await (
      await ctx.as("assessor")
    ).label.award({ benchmarkingId: latest, level: "bronze", rationale: "Kriterien erfüllt" });
    expect(stored).toMatchObject({ validFrom: "2026-02-02", validUntil: "2028-02-02", awaitingConfirmation: false });
    expect(stored.certificateNumber).toMatch(/^CW-\d{4}-\d{6}$/);
    const audit = await ctx.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, stored.id));
    expect(audit.map((row) => row.action)).toEqual(["label.awarded"]);
    const [row] = await ctx.db.select().from(schema.labelAwards).where(eq(schema.labelAwards.clusterId, cluster.id));
    expect(row).toMatchObject({ status: "awarded", rationale: "Kriterien erfüllt", level: "bronze" });
  });

  it("a level the rules do not allow is refused with labelNotAllowed and nothing is stored", async () => {
    const { cluster, latest } = await clusterWith([{ date: "2026-02-03", values: bronzeOnly }]);
    const assessor = await ctx.as("assessor");
    expect(await errorOf(assessor.label.award({ benchmarkingId: latest, level: "silver", rationale: "Versuch" }))).toEqual({
      code: "BAD_REQUEST",
      message: "labelNotAllowed",
    });
    expect(await errorOf(assessor.label.award({ benchmarkingId: latest, level: "gold", rationale: "Versuch" }))).toMatchObject({
      message: "labelNotAllowed",
    });
    expect(await ctx.db.$count(schema.labelAwards, eq(schema.labelAwards.clusterId, cluster.id))).toBe(0);
  });

  it("a rationale is required; the same level twice on one benchmarking is a conflict", async () => {
    const { latest } = await clusterWith([{ date: "2026-02-04", values: bronzeOnly }]);
    const assessor = await ctx.as("assessor");
    expect(await errorOf(assessor.label.award({ benchmarkingId: latest, level: "bronze", rationale: "   " }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    await assessor.label.award({ benchmarkingId: latest, level: "bronze", rationale: "Erfüllt" });
    expect(await errorOf(assessor.label.award({ benchmarkingId: latest, level: "bronze", rationale: "Nochmals" }))).toEqual({
      code: "CONFLICT",
      message: "labelAlreadyAwarded",
    });
  });

  it("a benchmarking that is not finalised gets no label", async () => {
    const cluster = await createCluster(ctx.db);
    const [draft] = await ctx.db
      .insert(schema.benchmarkings)
      .values({ clusterId: cluster.id, benchmarkDate: "2026-02-05", catalogueVersion: "ecei-2026.1" })
      .returning({ id: schema.benchmarkings.id });
    const assessor = await ctx.as("assessor");
    expect(await errorOf(assessor.label.eligibility({ benchmarkingId: draft?.id ?? "" }))).toEqual({
      code: "BAD_REQUEST",
      message: "labelBenchmarkingNotFinalised",
    });
  });

  it("Gold waits for a second, different assessor: the first cannot confirm their own award, the second can, once", async () => {
    const { latest } = await clusterWith([{ date: "2026-02-06", values: atGold }]);
    const first = await ctx.as("assessor");
    const gold = await first.label.award({ benchmarkingId: latest, level: "gold", rationale: "Alle Bedingungen erfüllt" });
    expect(gold).toMatchObject({ awaitingConfirmation: true, certificateNumber: null });
    expect(await errorOf(first.label.confirm({ awardId: gold.id }))).toEqual({ code: "BAD_REQUEST", message: "labelConfirmOwnAward" });
    const second = await callerFor(ctx.db, await secondAssessor());
    const confirmed = await second.label.confirm({ awardId: gold.id });
    expect(confirmed.certificateNumber).toMatch(/^CW-\d{4}-\d{6}$/);
    expect(await errorOf(second.label.confirm({ awardId: gold.id }))).toEqual({
      code: "BAD_REQUEST",
      message: "labelNotAwaitingConfirmation",
    });
    const [row] = await ctx.db.select().from(schema.labelAwards).where(eq(schema.labelAwards.id, gold.id));
    expect(row).toMatchObject({ status: "awarded", awardedBy: ctx.world.users.assessor });
  });

  it("a correction supersedes an award: a new record, the old one stays visible as superseded", async () => {
    const { cluster, latest } = await clusterWith([{ date: "2026-02-07", values: bronzeOnly }]);
    const assessor = await ctx.as("assessor");
    const original = await assessor.label.award({ benchmarkingId: latest, level: "bronze", rationale: "Tippfehler" });
    const correction = await assessor.label.supersede({ awardId: original.id, level: "bronze", rationale: "Begründung berichtigt" });
    const awards = await ctx.db.select().from(schema.labelAwards).where(eq(schema.labelAwards.clusterId, cluster.id));
    expect(awards.find((award) => award.id === original.id)).toMatchObject({ status: "superseded", supersededById: correction.id });
    expect(awards.find((award) => award.id === correction.id)).toMatchObject({ status: "awarded", rationale: "Begründung berichtigt" });
    expect(correction.certificateNumber).not.toBe(original.certificateNumber);
    expect(await errorOf(assessor.label.supersede({ awardId: original.id, level: "bronze", rationale: "Noch einmal" }))).toMatchObject({
      message: "labelAlreadySuperseded",
    });
    const registry = await (await ctx.as("guest")).label.registry({ search: cluster.name });
    expect(registry.items.map((item) => item.status).sort()).toEqual(["superseded", "valid"]);
  });

  it("a renewal within a year of expiry runs to the previous expiry + 3 years (validity by the scoring package)", async () => {
    const { cluster, ids } = await clusterWith([
      { date: "2023-06-15", values: bronzeOnly },
      { date: "2026-01-20", values: bronzeOnly },
    ]);
    const assessor = await ctx.as("assessor");
    const first = await assessor.label.award({ benchmarkingId: ids[0] ?? "", level: "bronze", rationale: "Erstes Label" });
    expect(first).toMatchObject({ validFrom: "2023-06-15", validUntil: "2025-06-15" });
    const renewal = await assessor.label.award({ benchmarkingId: ids[1] ?? "", level: "bronze", rationale: "Erneuerung" });
    expect(renewal).toMatchObject({ validFrom: "2026-01-20", validUntil: "2028-06-15" });
    const labels = await callerFor(ctx.db, ctx.world.users.manager);
    expect(await errorOf(labels.label.clusterLabels({ clusterId: cluster.id }))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("assessors' work list", () => {
  it("lists a finalised benchmarking with its current awards and the levels the rules allow (Gold waiting first)", async () => {
    const { cluster, latest } = await clusterWith([{ date: "2026-02-10", values: atGold }]);
    const assessor = await ctx.as("assessor");
    await assessor.label.award({ benchmarkingId: latest, level: "bronze", rationale: "Erfüllt" });
    await assessor.label.award({ benchmarkingId: latest, level: "gold", rationale: "Wartet" });
    const page = await assessor.label.work({ search: cluster.name });
    expect(page.items).toEqual([
      expect.objectContaining({
        id: latest,
        awaitingConfirmation: true,
        allowedLevels: ["bronze", "gold"],
        awards: [
          { level: "bronze", status: "awarded" },
          { level: "gold", status: "awaiting_confirmation" },
        ],
      }),
    ]);
  });
});

describe("public registry", () => {
  it("lists awards in effect with status, filters by level and country, verifies a certificate number; waiting Gold is not listed", async () => {
    const nl = await createCluster(ctx.db, { country: "NL", sectorField: "ICT" });
    const bronzeId = await createFinalisedBenchmarking(ctx.db, { clusterId: nl.id, benchmarkDate: "2026-01-05", values: bronzeOnly });
    const assessor = await ctx.as("assessor");
    const bronze = await assessor.label.award({ benchmarkingId: bronzeId, level: "bronze", rationale: "Erfüllt" });
    const { latest: goldId, cluster: goldCluster } = await clusterWith([{ date: "2026-01-06", values: atGold }]);
    await assessor.label.award({ benchmarkingId: goldId, level: "gold", rationale: "Wartet" });
    const guest = await ctx.as("guest");
    const byNumber = await guest.label.registry({ search: bronze.certificateNumber ?? "" });
    expect(byNumber.items).toEqual([
      expect.objectContaining({ clusterName: nl.name, country: "NL", level: "bronze", status: "valid", validUntil: "2028-01-05" }),
    ]);
    expect((await guest.label.registry({ country: "NL", level: "bronze" })).items.map((item) => item.clusterName)).toContain(nl.name);
    expect((await guest.label.registry({ level: "gold", search: goldCluster.name })).total).toBe(0);
    expect(await guest.label.registryCountries()).toContain("NL");
  });

  it("an award past its validity shows as expired", async () => {
    const { latest, cluster } = await clusterWith([{ date: "2021-04-01", values: bronzeOnly }]);
    await (await ctx.as("assessor")).label.award({ benchmarkingId: latest, level: "bronze", rationale: "Alt" });
    const page = await (await ctx.as("guest")).label.registry({ search: cluster.name, status: "expired" });
    expect(page.items).toEqual([expect.objectContaining({ status: "expired", validUntil: "2023-04-01" })]);
  });
});

describe("certificates", () => {
  it("managers of the cluster and assessors read the certificate; managers of another cluster get NOT_FOUND", async () => {
    const { latest } = await clusterWith([{ date: "2026-02-09", values: bronzeOnly }]);
    const own = await createFinalisedBenchmarking(ctx.db, {
      clusterId: ctx.world.clusterA.id,
      benchmarkDate: "2026-02-09",
      values: bronzeOnly,
    });
    const assessor = await ctx.as("assessor");
    const elsewhere = await assessor.label.award({ benchmarkingId: latest, level: "bronze", rationale: "Erfüllt" });
    const ownAward = await assessor.label.award({ benchmarkingId: own, level: "bronze", rationale: "Erfüllt" });
    const manager = await ctx.as("manager");
    expect(await manager.label.certificate({ awardId: ownAward.id })).toMatchObject({
      certificateNumber: ownAward.certificateNumber,
      level: "bronze",
      validUntil: "2028-02-09",
    });
    expect(await errorOf(manager.label.certificate({ awardId: elsewhere.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await manager.label.clusterLabels({ clusterId: ctx.world.clusterA.id })).awards.map((award) => award.id)).toContain(
      ownAward.id,
    );
    expect(await errorOf((await ctx.as("member")).label.certificate({ awardId: ownAward.id }))).toMatchObject({ code: "FORBIDDEN" });
  });

  it("certificate numbers are unique when many awards are issued at once", async () => {
    const benchmarkings = await Promise.all(
      ["2025-09-01", "2025-09-02", "2025-09-03", "2025-09-04"].map(
        async (date) => (await clusterWith([{ date, values: bronzeOnly }])).latest,
      ),
    );
    const assessor = await ctx.as("assessor");
    const awards = await Promise.all(
      benchmarkings.map((benchmarkingId) => assessor.label.award({ benchmarkingId, level: "bronze", rationale: "Erfüllt" })),
    );
    expect(new Set(awards.map((award) => award.certificateNumber)).size).toBe(4);
  });
});

describe("expiry reminders", () => {
  it("managers get one mail 90 days before expiry, at most once per award", async () => {
    const benchmarkDate = new Date(Date.now() - (2 * 365 - 30) * 86_400_000).toISOString().slice(0, 10);
    const { cluster, latest } = await clusterWith([{ date: benchmarkDate, values: bronzeOnly }]);
    const manager = await createUser(ctx.db, { email: `label-manager-${cluster.slug}@test.example` });
    await grantRole(ctx.db, manager.id, { kind: "manager", clusterId: cluster.id });
    await (await ctx.as("assessor")).label.award({ benchmarkingId: latest, level: "bronze", rationale: "Erfüllt" });
    const admin = await ctx.as("admin");
    const first = await admin.label.sendExpiryReminders();
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    const mails = await ctx.db.select().from(schema.mailOutbox).where(eq(schema.mailOutbox.to, manager.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toContain("Bronze");
    await admin.label.sendExpiryReminders();
    expect(await ctx.db.$count(schema.mailOutbox, eq(schema.mailOutbox.to, manager.email))).toBe(1);
    const [row] = await ctx.db
      .select({ sent: schema.labelAwards.expiryReminderSentAt })
      .from(schema.labelAwards)
      .where(and(eq(schema.labelAwards.clusterId, cluster.id)));
    expect(row?.sent).not.toBeNull();
  });

  it("a label expiring later than 90 days from now is not reminded yet", async () => {
    const { cluster, latest } = await clusterWith([{ date: new Date().toISOString().slice(0, 10), values: bronzeOnly }]);
    const manager = await createUser(ctx.db, { email: `label-later-${cluster.slug}@test.example` });
    await grantRole(ctx.db, manager.id, { kind: "manager", clusterId: cluster.id });
    await (await ctx.as("assessor")).label.award({ benchmarkingId: latest, level: "bronze", rationale: "Erfüllt" });
    await (await ctx.as("admin")).label.sendExpiryReminders();
    expect(await ctx.db.$count(schema.mailOutbox, eq(schema.mailOutbox.to, manager.email))).toBe(0);
  });
});
