import { eventRegistrations, events, serviceEnrolments, services } from "@clusterwerk/db/schema";
import { createCluster, createMembership, createOrganisation, createUser, grantRole } from "@clusterwerk/db/testing/factories";
import { INDICATOR_CATALOGUE_VERSION } from "@clusterwerk/scoring/benchmark";
import { describe, expect, it } from "vitest";
import { calendarDayOf } from "../calendar-day";
import { callerFor, setUpWorld } from "../test/world";
import { failure } from "../test/failure";

const ctx = setUpWorld();
const DATE = "2026-05-01";

/** A cluster of its own with a manager and a cluster record (founded 2015, 2.5 FTE, strategy of 2024-02-01). */
async function freshCluster() {
  const cluster = await createCluster(ctx.db, { radiusKm: 70, founded: 2015, managementFte: 2.5, strategyDate: "2024-02-01" });
  const user = await createUser(ctx.db, { name: "Mia Manager" });
  await grantRole(ctx.db, user.id, { kind: "manager", clusterId: cluster.id });
  return { cluster, manager: await callerFor(ctx.db, user.id) };
}

async function member(clusterId: string, overrides: Parameters<typeof createOrganisation>[1] = {}, joinedOn = "2024-01-01") {
  const organisation = await createOrganisation(ctx.db, overrides);
  await createMembership(ctx.db, { organisationId: organisation.id, clusterId, joinedOn });
  return organisation;
}

/** A published event on a day with people of the given organisations checked in. */
async function heldEvent(clusterId: string, day: string, attendees: string[]) {
  const [event] = await ctx.db
    .insert(events)
    .values({
      clusterId,
      kind: "workshop",
      title: `Workshop ${day}`,
      topicCategories: [],
      startsAt: new Date(`${day}T10:00:00+02:00`),
      endsAt: new Date(`${day}T12:00:00+02:00`),
      status: "published",
    })
    .returning();
  if (!event) throw new Error("no event");
  for (const organisationId of attendees) {
    const person = await createUser(ctx.db);
    await ctx.db.insert(eventRegistrations).values({
      eventId: event.id,
      userId: person.id,
      organisationId,
      status: "registered",
      checkedInAt: new Date(`${day}T10:05:00+02:00`),
    });
  }
}

const indicator = <T extends { id: string }>(list: readonly T[], id: string) => {
  const found = list.find((row) => row.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

describe("benchmarking: derived values as of the benchmark date (DOMAIN.md §6.1, issue 10)", () => {
  it(
    "S1–S8 are pre-filled from the member list on the benchmark date, each with its source in German and English",
    { timeout: 60_000 },
    async () => {
      const { cluster, manager } = await freshCluster();
      await member(cluster.id, { category: "sme" });
      await member(cluster.id, { category: "university" });
      await member(cluster.id, { category: "large" }, "2026-06-01");
      const { id } = await manager.benchmarking.start({ clusterId: cluster.id, benchmarkDate: DATE });
      const detail = await manager.benchmarking.get({ benchmarkingId: id });
      expect(detail).toMatchObject({ status: "draft", benchmarkDate: DATE, catalogueVersion: INDICATOR_CATALOGUE_VERSION });
      const s1 = indicator(detail.indicators, "S1");
      expect(s1).toMatchObject({ value: 2, available: true, source: "derived" });
      expect(s1.sourceText?.en).toBe("2 committed members, from the member list on 2026-05-01");
      expect(s1.sourceText?.de).toContain("aus der Mitgliederliste vom 2026-05-01");
      expect(indicator(detail.indicators, "S2").value).toBe(2);
      expect(indicator(detail.indicators, "S5").value).toBe(50);
      for (const id of ["S3", "S4", "S6", "S7", "S8"]) expect(indicator(detail.indicators, id).sourceText?.en).toContain("2026-05-01");
    },
  );

  it(
    "I1–I3 come from events and check-ins of the 12 months up to the benchmark date; services and needs count as activity",
    { timeout: 60_000 },
    async () => {
      const { cluster, manager } = await freshCluster();
      const a = await member(cluster.id);
      const b = await member(cluster.id);
      const c = await member(cluster.id);
      await member(cluster.id);
      await heldEvent(cluster.id, "2026-03-10", [a.id, a.id, b.id]);
      await heldEvent(cluster.id, "2026-04-10", [a.id]);
      await heldEvent(cluster.id, "2025-01-10", [c.id]);
      const [service] = await ctx.db
        .insert(services)
        .values({
          clusterId: cluster.id,
          title: "Coaching",
          needCategories: [],
          format: "consulting",
          targetCategories: [],
          status: "active",
        })
        .returning();
      if (!service) throw new Error("no service");
      await ctx.db
        .insert(serviceEnrolments)
        .values({ serviceId: service.id, organisationId: c.id, enrolledAt: new Date("2026-02-01T09:00:00Z") });
      const { id } = await manager.benchmarking.start({ clusterId: cluster.id, benchmarkDate: DATE });
      const detail = await manager.benchmarking.get({ benchmarkingId: id });
      expect(indicator(detail.indicators, "I1")).toMatchObject({ value: 2 });
      expect(indicator(detail.indicators, "I1").sourceText?.en).toBe("2 events, from the event calendar from 2025-05-01 to 2026-05-01");
      expect(indicator(detail.indicators, "I2").value).toBe(2);
      expect(indicator(detail.indicators, "I3").value).toBe(75);
    },
  );

  it(
    "M1, M2 and M7 are pre-filled from the cluster record as reported values; M3 is derived from M2 and S1",
    { timeout: 60_000 },
    async () => {
      const { cluster, manager } = await freshCluster();
      for (let i = 0; i < 5; i += 1) await member(cluster.id);
      const { id } = await manager.benchmarking.start({ clusterId: cluster.id, benchmarkDate: DATE });
      const detail = await manager.benchmarking.get({ benchmarkingId: id });
      expect(indicator(detail.indicators, "M1")).toMatchObject({ value: 11, source: "reported" });
      expect(indicator(detail.indicators, "M1").sourceText?.en).toBe("founded in 2015, from the cluster profile on 2026-05-01");
      expect(indicator(detail.indicators, "M2").value).toBe(2.5);
      expect(indicator(detail.indicators, "M7").value).toBe(2.25);
      expect(indicator(detail.indicators, "M3").value).toBe(50);
    },
  );

  it("a derived indicator whose source the portal does not have yet is not available, never a number", { timeout: 60_000 }, async () => {
    const { cluster, manager } = await freshCluster();
    const { id } = await manager.benchmarking.start({ clusterId: cluster.id, benchmarkDate: DATE });
    const detail = await manager.benchmarking.get({ benchmarkingId: id });
    for (const id of ["I4", "I5", "R2"])
      expect(indicator(detail.indicators, id)).toMatchObject({ value: null, available: false, sourceText: null });
  });
});

describe("benchmarking: input is checked and bad input changes nothing", () => {
  it("a benchmark date in the future is refused on the field and no benchmarking is stored", { timeout: 60_000 }, async () => {
    const { cluster, manager } = await freshCluster();
    const tomorrow = new Date(Date.now() + 2 * 86_400_000);
    const refused = await failure(manager.benchmarking.start({ clusterId: cluster.id, benchmarkDate: calendarDayOf(tomorrow) }));
    expect(refused).toMatchObject({ code: "BAD_REQUEST", fields: { benchmarkDate: ["dateInFuture"] } });
    expect(await manager.benchmarking.list({ clusterId: cluster.id })).toHaveLength(0);
  });

  it("one benchmarking per cluster and date", { timeout: 60_000 }, async () => {
    const { cluster, manager } = await freshCluster();
    await manager.benchmarking.start({ clusterId: cluster.id, benchmarkDate: DATE });
    expect(await failure(manager.benchmarking.start({ clusterId: cluster.id, benchmarkDate: DATE }))).toMatchObject({
      code: "CONFLICT",
      message: "benchmarkingExists",
    });
  });

  it("a percentage of 140 is refused on the value field; a derived value cannot be entered", { timeout: 60_000 }, async () => {
    const { cluster, manager } = await freshCluster();
    const { id } = await manager.benchmarking.start({ clusterId: cluster.id, benchmarkDate: DATE });
    expect(await failure(manager.benchmarking.setValue({ benchmarkingId: id, indicatorId: "F2", value: 140, note: null }))).toMatchObject({
      code: "BAD_REQUEST",
      fields: { value: ["percentOutOfRange"] },
    });
    expect(await failure(manager.benchmarking.setValue({ benchmarkingId: id, indicatorId: "M6", value: 5, note: null }))).toMatchObject({
      fields: { value: ["indicatorOutOfRange"] },
    });
    expect(await failure(manager.benchmarking.setValue({ benchmarkingId: id, indicatorId: "S1", value: 99, note: null }))).toMatchObject({
      fields: { indicatorId: ["indicatorNotReported"] },
    });
    const detail = await manager.benchmarking.get({ benchmarkingId: id });
    expect(indicator(detail.indicators, "F2").value).toBeNull();
  });

  it(
    "evidence: a PDF is stored; an executable renamed .pdf, an empty file and one over 10 MB are refused and nothing is stored",
    { timeout: 60_000 },
    async () => {
      const { cluster, manager } = await freshCluster();
      const { id } = await manager.benchmarking.start({ clusterId: cluster.id, benchmarkDate: DATE });
      const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
      await manager.benchmarking.addEvidence({ benchmarkingId: id, indicatorId: "F2", filename: "budget.pdf", content: pdf });
      const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]);
      const refused = (filename: string, content: Uint8Array<ArrayBuffer>) =>
        failure(manager.benchmarking.addEvidence({ benchmarkingId: id, indicatorId: "F2", filename, content }));
      expect(await refused("budget.pdf", exe)).toMatchObject({ code: "BAD_REQUEST", fields: { file: ["evidenceTypeNotAllowed"] } });
      expect(await refused("tool.exe", exe)).toMatchObject({ fields: { file: ["evidenceTypeNotAllowed"] } });
      expect(await refused("empty.csv", new Uint8Array())).toMatchObject({ fields: { file: ["evidenceEmpty"] } });
      const big = new Uint8Array(10 * 1024 * 1024 + 1);
      big.set(pdf);
      expect(await refused("big.pdf", big)).toMatchObject({ fields: { file: ["evidenceTooLarge"] } });
      const evidence = indicator((await manager.benchmarking.get({ benchmarkingId: id })).indicators, "F2").evidence;
      expect(evidence).toMatchObject([{ filename: "budget.pdf", mediaType: "application/pdf", sizeBytes: pdf.byteLength }]);
      const file = await manager.benchmarking.evidenceFile({ evidenceId: evidence[0]?.id ?? "" });
      expect(Array.from(file.content)).toEqual(Array.from(pdf));
    },
  );
});

describe("benchmarking: review workflow draft → submitted → under review → finalised (DOMAIN.md §6)", () => {
  it(
    "the assessor corrects a value with a note; the manager sees before, after, why, who and when; finalised values are frozen",
    { timeout: 90_000 },
    async () => {
      const { cluster, manager } = await freshCluster();
      const assessorUser = await createUser(ctx.db, { name: "Anna Assessor" });
      await grantRole(ctx.db, assessorUser.id, { kind: "assessor" });
      const assessor = await callerFor(ctx.db, assessorUser.id);
      const { id } = await manager.benchmarking.start({ clusterId: cluster.id, benchmarkDate: DATE });
      await manager.benchmarking.setValue({ benchmarkingId: id, indicatorId: "F4", value: 2, note: "Funding decision of 2026-03" });
      await manager.benchmarking.setValue({ benchmarkingId: id, indicatorId: "M8", value: true, note: null });

      expect(await failure(assessor.benchmarking.review({ benchmarkingId: id }))).toMatchObject({ code: "NOT_FOUND" });
      expect((await assessor.benchmarking.reviewQueue()).some((row) => row.id === id)).toBe(false);
      await manager.benchmarking.submit({ benchmarkingId: id });
      expect(await failure(manager.benchmarking.setValue({ benchmarkingId: id, indicatorId: "F4", value: 3, note: null }))).toMatchObject({
        code: "CONFLICT",
        message: "benchmarkingStateChanged",
      });
      expect((await assessor.benchmarking.reviewQueue()).find((row) => row.id === id)).toMatchObject({
        status: "submitted",
        clusterName: cluster.name,
      });
      expect(
        await failure(assessor.benchmarking.correctValue({ benchmarkingId: id, indicatorId: "F4", value: 1, note: "x" })),
      ).toMatchObject({
        code: "CONFLICT",
      });

      await assessor.benchmarking.startReview({ benchmarkingId: id });
      expect(
        await failure(assessor.benchmarking.correctValue({ benchmarkingId: id, indicatorId: "F4", value: 1, note: "  " })),
      ).toMatchObject({
        fields: { note: ["required"] },
      });
      await assessor.benchmarking.correctValue({
        benchmarkingId: id,
        indicatorId: "F4",
        value: 1,
        note: "The second year is not yet approved",
      });

      const f4 = indicator((await manager.benchmarking.get({ benchmarkingId: id })).indicators, "F4");
      expect(f4).toMatchObject({ value: 1, note: "Funding decision of 2026-03" });
      expect(f4.correction).toMatchObject({ previousValue: 2, note: "The second year is not yet approved", byName: "Anna Assessor" });
      expect(f4.correction?.at).toBeInstanceOf(Date);
      expect(indicator((await manager.benchmarking.get({ benchmarkingId: id })).indicators, "M8").value).toBe(true);

      await assessor.benchmarking.finalise({ benchmarkingId: id });
      expect(
        await failure(assessor.benchmarking.correctValue({ benchmarkingId: id, indicatorId: "F4", value: 3, note: "late" })),
      ).toMatchObject({
        code: "CONFLICT",
      });
      expect(await failure(manager.benchmarking.submit({ benchmarkingId: id }))).toMatchObject({ code: "CONFLICT" });
      const history = await manager.benchmarking.history({ benchmarkingId: id });
      expect(history.map((change) => change.action)).toEqual([
        "benchmarking.created",
        "benchmarking.value-set",
        "benchmarking.value-set",
        "benchmarking.submitted",
        "benchmarking.under_review",
        "benchmarking.value-corrected",
        "benchmarking.finalised",
      ]);
      expect(history[5]).toMatchObject({
        by: "Anna Assessor",
        details: { indicatorId: "F4", from: 2, to: 1, note: "The second year is not yet approved" },
      });
      expect((await manager.benchmarking.get({ benchmarkingId: id })).status).toBe("finalised");
    },
  );

  it("members see no benchmarking; managers of another cluster get NOT_FOUND", { timeout: 60_000 }, async () => {
    const managerA = await ctx.as("manager");
    const { id } = await managerA.benchmarking.start({ clusterId: ctx.world.clusterA.id, benchmarkDate: "2026-01-15" });
    const memberA = await ctx.as("member");
    expect(await failure(memberA.benchmarking.get({ benchmarkingId: id }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await failure(memberA.benchmarking.list({ clusterId: ctx.world.clusterA.id }))).toMatchObject({ code: "FORBIDDEN" });
    const { manager: other } = await freshCluster();
    expect(await failure(other.benchmarking.get({ benchmarkingId: id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(other.benchmarking.history({ benchmarkingId: id }))).toMatchObject({ code: "NOT_FOUND" });
  });
});
