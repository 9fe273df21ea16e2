import { createSession, openDatabase } from "@clusterwerk/db";
import { createUser } from "@clusterwerk/db/testing/factories";
import { errorMessages } from "@clusterwerk/validators";
import { describe, expect, it } from "vitest";
import { failure } from "./test/failure";
import { callInSession, setUpWorld } from "./test/world";

const ctx = setUpWorld();

describe("a database that cannot be reached (a restart) answers 503 'databaseUnavailable' at once", () => {
  it("a signed-in call while nothing listens on the database's port fails cleanly and quickly, not as 'internal'", async () => {
    const user = await createUser(ctx.db, { passwordHash: "x" });
    const session = await createSession(ctx.db, user.id);
    // A real pool to a port where no server listens: the connection is refused, as during a restart.
    const down = openDatabase({ kind: "postgres", url: "postgres://clusterwerk:clusterwerk@127.0.0.1:1/clusterwerk" });
    try {
      const started = performance.now();
      const refused = await failure(callInSession(down.db, session, "account.me", undefined));
      expect(refused).toMatchObject({ code: "SERVICE_UNAVAILABLE", message: errorMessages.databaseUnavailable });
      expect(performance.now() - started).toBeLessThan(5_000);
    } finally {
      await down.close();
    }
  });
});
