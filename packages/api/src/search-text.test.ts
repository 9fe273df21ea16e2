import { createSession } from "@clusterwerk/db";
import { errorMessages, validationMessages } from "@clusterwerk/validators";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { sql } from "drizzle-orm";
import superjson from "superjson";
import { afterAll, describe, expect, it, vi } from "vitest";
import { ZodObject } from "zod";
import { appRouter } from "./root";
import { setUpWorld } from "./test/world";
import { createContext } from "./trpc";

const setup = setUpWorld();

/** Calls a procedure over HTTP as the portal's route handler does, so the answer is what a client sees. */
async function overHttp(userId: string | null, path: string, type: string, input: unknown) {
  const session = userId ? await createSession(setup.db, userId) : null;
  const encoded = JSON.stringify(superjson.serialize(input));
  const url = `http://localhost/api/trpc/${path}`;
  const req =
    type === "query"
      ? new Request(`${url}?input=${encodeURIComponent(encoded)}`)
      : new Request(url, { method: "POST", body: encoded, headers: { "content-type": "application/json" } });
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createContext({ db: setup.db, session, ip: null }),
  });
  const body = await response.text();
  const error = (JSON.parse(body) as { error?: { json: { message: string; data: { fieldErrors: Record<string, string[]> | null } } } })
    .error?.json;
  return { status: response.status, body, message: error?.message, fieldErrors: error?.data.fieldErrors ?? null };
}

/** Every procedure whose input has a `search` text, found from the router itself so a new list is covered too. */
function searchProcedures(): { path: string; type: string }[] {
  return Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string; inputs: unknown[] } }>)
    .filter(([, procedure]) => procedure._def.inputs.some((input) => input instanceof ZodObject && "search" in input.shape))
    .map(([path, procedure]) => ({ path, type: procedure._def.type }));
}

const leaks = /select |insert |failed query|postgres|pglite|\bat .*\.(ts|js):\d+/i;

describe("a NUL in any search answers 400 without SQL in the message", () => {
  it("the search procedures are found (the lists of clusters, the directory, accounts)", () => {
    expect(searchProcedures().map((procedure) => procedure.path)).toEqual(
      expect.arrayContaining(["cluster.list", "cluster.directory", "admin.users", "admin.clusters"]),
    );
  });

  it.each(searchProcedures())("$path", async ({ path, type }) => {
    const input = { clusterId: setup.world.clusterA.id, organisationId: setup.world.orgA.id, search: "sensor\u0000" };
    const answers = await Promise.all(Object.values(setup.world.users).map((userId) => overHttp(userId, path, type, input)));
    for (const answer of answers) {
      expect(answer.status).not.toBe(500);
      expect(answer.status).not.toBe(200);
      expect(answer.body).not.toMatch(leaks);
    }
    // Whoever may call the procedure is told which field holds what characters.
    expect(answers).toContainEqual(
      expect.objectContaining({
        status: 400,
        message: errorMessages.invalidInput,
        fieldErrors: expect.objectContaining({ search: [validationMessages.invalidCharacters] }) as unknown,
      }),
    );
  });

  it("a lone surrogate in a search answers 400 on the field", async () => {
    const answer = await overHttp(null, "cluster.list", "query", { search: "\uD800" });
    expect(answer).toMatchObject({ status: 400, fieldErrors: { search: [validationMessages.invalidCharacters] } });
  });
});

describe("an internal error is logged with its path and answers a generic message", () => {
  const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
  afterAll(() => logged.mockRestore());

  it("a failing SQL statement answers 500 'internal' without the statement; the server log has path and cause", async () => {
    await setup.db.execute(sql`alter table clusters rename to clusters_away`);
    try {
      const answer = await overHttp(null, "cluster.list", "query", { search: "sensor" });
      expect(answer.status).toBe(500);
      expect(answer.message).toBe(errorMessages.internal);
      expect(answer.body).not.toMatch(leaks);
      expect(answer.body).not.toContain("clusters");
    } finally {
      await setup.db.execute(sql`alter table clusters_away rename to clusters`);
    }
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("cluster.list"), expect.anything());
    expect(String(logged.mock.calls.at(-1)?.[1])).toMatch(/clusters/);
  });
});
