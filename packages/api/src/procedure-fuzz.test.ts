import { schema } from "@clusterwerk/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { appRouter } from "./root";
import { ctx } from "./test/matrix/context";
import { matrixRows } from "./test/matrix/rows";
import { type FuzzWorld, fuzzProcedure, sessionsFor } from "./test/fuzz/fuzz-procedure";
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

  for (const [path, procedure] of Object.entries(procedures)) {
    it(`${path}: hostile inputs never answer 500, never write when refused, never return another tenant's data`, async () => {
      const entry = matrixRows[path];
      if (!entry) throw new Error(`${path} has no authorization-matrix row to fuzz from`);
      await fuzzProcedure(fuzzWorld, path, procedure, entry);
    });
  }
});
