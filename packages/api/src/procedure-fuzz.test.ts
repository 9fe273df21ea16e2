import { schema } from "@clusterwerk/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { appRouter } from "./root";
import { ctx } from "./test/matrix/context";
import { matrixRows } from "./test/matrix/rows";
import { failure } from "./test/failure";
import { type FuzzWorld, fuzzPersona, fuzzProcedure, sessionsFor } from "./test/fuzz/fuzz-procedure";
import { applyMutations } from "./test/fuzz/input-mutations";
import { callInSession } from "./test/world";
import { watchWrites, type WriteWatch } from "./test/fuzz/write-fingerprint";

/**
 * Property tests over every procedure (issue 12): hostile and invalid mutations of each authorization-matrix
 * row's valid input (test/fuzz/input-mutations.ts), called as the row's own tenant. Each call must answer
 * cleanly (never a 500), a refused call must write nothing, and cluster A's people never get cluster B's data.
 */
const procedures = appRouter._def.procedures as Record<string, unknown>;

let watch: WriteWatch | undefined;
const fuzzWorld: FuzzWorld = {
  get db() {
    return ctx.db;
  },
  get world() {
    return ctx.world;
  },
  writes: async () => (watch ??= await watchWrites(ctx.db))(),
  sessionOf: sessionsFor(
    () => ctx.db,
    () => ctx.world.users,
  ),
};

describe("fuzzing every procedure", () => {
  it("has a matrix row, and so valid inputs to mutate, for every procedure of the app router", () => {
    expect(Object.keys(procedures).filter((path) => !(path in matrixRows))).toEqual([]);
  });

  it("sees a committed insert, update and delete as a write, and a rolled-back one not", async () => {
    const { db, world } = fuzzWorld;
    await fuzzWorld.writes();
    const audit = (action: string) => db.insert(schema.auditLog).values({ action, entity: "fuzz" });
    await audit("insert");
    expect(await fuzzWorld.writes()).toEqual(["audit_log"]);
    await db.update(schema.organisations).set({ city: "Heidelberg" }).where(eq(schema.organisations.id, world.orgA.id));
    expect(await fuzzWorld.writes()).toEqual(["organisations"]);
    await db.delete(schema.auditLog).where(eq(schema.auditLog.action, "insert"));
    expect(await fuzzWorld.writes()).toEqual(["audit_log"]);
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(schema.auditLog).values({ action: "rolled back", entity: "fuzz" });
        tx.rollback();
      }),
    ).rejects.toThrow();
    expect(await fuzzWorld.writes()).toEqual([]);
  });

  describe("bugs the fuzzing found, each a 500 before", () => {
    const fieldFailure = async (path: string, field: readonly (string | number)[], value: unknown) => {
      const entry = matrixRows[path];
      if (!entry) throw new Error(`no matrix row for ${path}`);
      const input = applyMutations({ slots: [], own: await entry.own(ctx.world), other: undefined, otherTenantIds: [] }, [
        { op: "set", path: field, value },
      ]);
      const session = await fuzzWorld.sessionOf(fuzzPersona(entry));
      return failure(callInSession(ctx.db, session, path, input));
    };

    // PostgreSQL's date has no year 0000 (JavaScript's Date and zod's ISO date took it): calendarDay in packages/validators.
    const days: [string, (string | number)[]][] = [
      ["campaign.create", ["opensOn"]],
      ["membership.addNew", ["joinedOn"]],
      ["membership.update", ["joinedOn"]],
      ["membership.structure", ["asOf"]],
      ["reach.overview", ["asOf"]],
      ["benchmarking.start", ["benchmarkDate"]],
      ["cooperationMeeting.recordAgreement", ["date"]],
      ["service.create", ["startsOn"]],
    ];
    for (const [path, field] of days) {
      it(`${path} refuses the day 0000-01-01 on ${field.join(".")} as invalidDate`, async () => {
        expect(await fieldFailure(path, field, "0000-01-01")).toMatchObject({
          code: "BAD_REQUEST",
          field: field.join("."),
          fieldMessage: "invalidDate",
        });
      });
    }

    it("referenceBenchmarking.importChunk refuses a row dated 0000-01-01 and imports nothing", async () => {
      await fuzzWorld.writes();
      const result = await fieldFailure("referenceBenchmarking.importChunk", ["rows", 0, "benchmarkDate"], "0000-01-01").catch(() => null);
      expect(result?.code ?? "OK").not.toBe("INTERNAL_SERVER_ERROR");
      expect(await fuzzWorld.writes()).not.toContain("reference_benchmarkings");
    });

    // Euros are stored as integer cents: 100,000,000 € was 10^10 cents, past the column's 2^31 - 1 (MAX_EUROS in packages/validators).
    for (const [path, field] of [
      ["service.create", "price"],
      ["service.update", "cost"],
    ] as const) {
      it(`${path} refuses ${field} 100,000,000 € as outOfRange`, async () => {
        expect(await fieldFailure(path, [field], 100_000_000)).toMatchObject({ code: "BAD_REQUEST", field, fieldMessage: "outOfRange" });
      });
    }
  });

  for (const [path, procedure] of Object.entries(procedures)) {
    it(`${path}: hostile inputs never answer 500, never write when refused, never return another tenant's data`, async () => {
      const entry = matrixRows[path];
      if (!entry) throw new Error(`${path} has no authorization-matrix row to fuzz from`);
      await fuzzProcedure(fuzzWorld, path, procedure, entry);
    });
  }
});
