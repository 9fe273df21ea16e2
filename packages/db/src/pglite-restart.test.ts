import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./client";

const dir = mkdtempSync(path.join(tmpdir(), "clusterwerk-pglite-restart-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("PGlite keeps its data in its folder", () => {
  it("what was committed before closing is there after opening the folder again (a restart of the portal)", async () => {
    const first = openDatabase({ kind: "pglite", dir });
    await first.db.execute(sql`create table kept (id int primary key, note text)`);
    await first.db.transaction(async (tx) => {
      await tx.execute(sql`insert into kept values (1, 'before the restart'), (2, 'also')`);
    });
    await first.close();

    const second = openDatabase({ kind: "pglite", dir });
    try {
      const result: unknown = await second.db.execute(sql`select id, note from kept order by id`);
      expect(result).toMatchObject({
        rows: [
          { id: 1, note: "before the restart" },
          { id: 2, note: "also" },
        ],
      });
    } finally {
      await second.close();
    }
  }, 120_000); // PGlite starts slowly on a busy machine, twice here
});
