import { count } from "drizzle-orm";
import { type DatabaseHandle, schema } from "@clusterwerk/db";
import { taxonomyRows } from "@clusterwerk/db/reference";
import { createTestDatabase } from "@clusterwerk/db/testing";
import { afterEach, describe, expect, it } from "vitest";
import { wantsDemo } from "./demo-decision";
import { prepareDatabase } from "./prepare-database";

let handle: DatabaseHandle | undefined;
afterEach(async () => handle?.close());

async function userCount(db: DatabaseHandle["db"]) {
  const [row] = await db.select({ n: count() }).from(schema.users);
  return row?.n ?? 0;
}

describe("pnpm start prepares the database", () => {
  it("an empty database named by DATABASE_URL is migrated but gets no demo accounts", async () => {
    handle = await createTestDatabase();
    const demo = wantsDemo({ databaseUrl: "postgres://clusterwerk@db.example/clusterwerk", seedDemo: undefined });
    expect(await prepareDatabase(handle, { demo })).toEqual({ seeded: false, hasAdmin: false });
    expect(await userCount(handle.db)).toBe(0);
  });

  it("a database without the demo gets the taxonomies the profile pickers read (NACE and technology)", async () => {
    handle = await createTestDatabase();
    await prepareDatabase(handle, { demo: false });
    const [terms] = await handle.db.select({ n: count() }).from(schema.taxonomyTerms);
    expect(terms?.n).toBe(taxonomyRows().length);
  });

  it("the embedded database gets the demo once; a second start leaves it as it is", async () => {
    handle = await createTestDatabase();
    const demo = wantsDemo({ databaseUrl: undefined, seedDemo: undefined });
    expect(await prepareDatabase(handle, { demo })).toEqual({ seeded: true, hasAdmin: true });
    const users = await userCount(handle.db);
    expect(users).toBeGreaterThan(0);
    expect(await prepareDatabase(handle, { demo })).toEqual({ seeded: false, hasAdmin: true });
    expect(await userCount(handle.db)).toBe(users);
  });
});
