import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../client";
import { createCluster, createMembership, createOrganisation, grantConsent } from "../testing/factories";
import { createTestDatabase } from "../testing/test-db";
import { listClusters } from "./clusters";
import { listDirectory } from "./directory";
import { searchPattern } from "./list";

let handle: DatabaseHandle;
let clusterId: string;
const names = ["Alpha 100% Sensorik", "Beta 1000 Antriebe", "Gamma_Labs", "GammaXLabs", "Delta C:\\Pfad", "Epsilon"];
beforeAll(async () => {
  handle = await createTestDatabase();
  clusterId = (await createCluster(handle.db)).id;
  for (const [index, name] of names.entries()) {
    const organisation = await createOrganisation(handle.db, { name, city: index % 2 === 0 ? "Mannheim" : "Heidelberg" });
    await createMembership(handle.db, { organisationId: organisation.id, clusterId });
    await grantConsent(handle.db, organisation.id, "directory");
  }
});
afterAll(async () => handle.close());

const directoryNames = async (params: Partial<Parameters<typeof listDirectory>[1]>) =>
  (await listDirectory(handle.db, { clusterId, limit: 100, ...params })).items.map((row) => row.name);

describe("list search", () => {
  it("escapes the LIKE wildcards %, _ and the escape character itself", () => {
    expect(searchPattern("100%")).toBe("%100\\%%");
    expect(searchPattern("a_b")).toBe("%a\\_b%");
    expect(searchPattern("C:\\x")).toBe("%C:\\\\x%");
  });

  it("matches % and _ in a search term literally", async () => {
    expect(await directoryNames({ search: "100%" })).toEqual(["Alpha 100% Sensorik"]);
    expect(await directoryNames({ search: "Gamma_" })).toEqual(["Gamma_Labs"]);
    expect(await directoryNames({ search: "C:\\Pfad" })).toEqual(["Delta C:\\Pfad"]);
  });

  it("treats a blank term as no search", async () => {
    expect(await directoryNames({ search: "   " })).toHaveLength(names.length);
  });
});

describe("list pages", () => {
  it("cover every row exactly once, with the total of all matching rows and no cursor after the last page", async () => {
    const seen: string[] = [];
    let cursor: number | null = 0;
    let pages = 0;
    while (cursor !== null) {
      const page = await listDirectory(handle.db, { clusterId, cursor, limit: 4 });
      expect(page.total).toBe(names.length);
      seen.push(...page.items.map((row) => row.name));
      cursor = page.nextCursor;
      pages += 1;
    }
    expect(pages).toBe(2);
    expect(seen).toEqual([...names].sort((a, b) => (a < b ? -1 : 1)));
  });

  it("count only the rows the search matches, also on a page past the end", async () => {
    const page = await listDirectory(handle.db, { clusterId, search: "Gamma", cursor: 50, limit: 10 });
    expect(page).toEqual({ items: [], nextCursor: null, total: 2 });
  });
});

describe("list sorting", () => {
  it("orders by an allowed key in the requested direction, ascending by default", async () => {
    const byCity = await listDirectory(handle.db, { clusterId, sort: "city", limit: 100 });
    expect(byCity.items.map((row) => row.city)).toEqual(["Heidelberg", "Heidelberg", "Heidelberg", "Mannheim", "Mannheim", "Mannheim"]);
    const byNameDesc = await directoryNames({ sort: "name", direction: "desc" });
    expect(byNameDesc).toEqual([...names].sort((a, b) => (a < b ? 1 : -1)));
  });

  it("counts the active members of each cluster and orders by that count", async () => {
    const small = await createCluster(handle.db, { name: "Zz Empty Cluster" });
    const page = await listClusters(handle.db, { sort: "memberCount", direction: "desc", limit: 100 });
    expect(page.items[0]).toMatchObject({ id: clusterId, memberCount: names.length });
    expect(page.items.at(-1)).toMatchObject({ id: small.id, memberCount: 0 });
  });
});
