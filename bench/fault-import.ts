import { appRouter, createCallerFactory, createContext } from "@clusterwerk/api";
import { createSession, openDatabase } from "@clusterwerk/db";
import { parseProspectCsv, PROSPECT_IMPORT_CHUNK } from "@clusterwerk/validators";
import { faultImportEnv } from "./env";
import { seededRandom } from "./lib/timing";
import { registerCsv } from "./prospects";

/**
 * The child that bench/faults.ts kills mid-import: a manager's prospect import of FAULT_IMPORT_ROWS rows
 * through `prospect.importChunk` (chunks of 500, as the portal sends them) into FAULT_DATABASE_URL.
 * Prints "chunk <n>" after each acknowledged chunk, and "done" at the end.
 */
const { url, clusterId, userId, rows: rowCount } = faultImportEnv();
const preview = parseProspectCsv(registerCsv(rowCount, seededRandom(3)));
if (!("rows" in preview)) throw new Error("the generated register did not parse");
const handle = openDatabase({ kind: "postgres", url });
const caller = createCallerFactory(appRouter)(createContext({ db: handle.db, session: await createSession(handle.db, userId), ip: null }));
for (let start = 0, chunk = 1; start < preview.rows.length; start += PROSPECT_IMPORT_CHUNK, chunk += 1) {
  const rows = preview.rows.slice(start, start + PROSPECT_IMPORT_CHUNK).map((row) => row.cells);
  await caller.prospect.importChunk({ clusterId, rows });
  console.log(`chunk ${chunk}`);
}
console.log("done");
await handle.close();
