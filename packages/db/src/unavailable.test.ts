import { describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { isDatabaseUnavailable } from "./unavailable";

/** What a query rejected with (a query that succeeds fails the test). */
async function rejection(query: Promise<unknown>): Promise<unknown> {
  try {
    await query;
  } catch (error) {
    return error;
  }
  throw new Error("the query succeeded");
}

describe("an outage is told apart from a wrong statement", () => {
  it("a refused connection (nothing listens on the port) is an outage, through drizzle's wrapping", async () => {
    const down = openDatabase({ kind: "postgres", url: "postgres://clusterwerk:clusterwerk@127.0.0.1:1/clusterwerk" });
    try {
      expect(isDatabaseUnavailable(await rejection(down.db.execute("select 1")))).toBe(true);
    } finally {
      await down.close();
    }
  });

  it("a server shutting down (SQLSTATE 57P01, as pg reports a restart) is an outage, also as another error's cause", () => {
    const shutdown = Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });
    expect(isDatabaseUnavailable(shutdown)).toBe(true);
    expect(isDatabaseUnavailable(new Error("Failed query", { cause: shutdown }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
  });

  it("a statement the database refuses (syntax, unknown column, constraint) is not an outage", async () => {
    const handle = openDatabase({ kind: "pglite", dir: null });
    try {
      expect(isDatabaseUnavailable(await rejection(handle.db.execute("select nope from nowhere")))).toBe(false);
      expect(isDatabaseUnavailable(new Error("duplicate key value violates unique constraint"))).toBe(false);
    } finally {
      await handle.close();
    }
  }, 120_000);
});
