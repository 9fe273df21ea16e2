import { openDatabase } from "@clusterwerk/db";
import { currentE2eDatabaseUrl } from "../fixtures/database";

/**
 * Drops and recreates the run's database (see fixtures/database.ts). Connects to the server's `postgres`
 * maintenance database, since a database cannot drop itself; FORCE ends sessions a crashed run left open.
 */
const target = new URL(currentE2eDatabaseUrl());
const name = decodeURIComponent(target.pathname.slice(1));
if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unexpected e2e database name ${name}`);
const maintenance = new URL(target);
maintenance.pathname = "/postgres";

const handle = openDatabase({ kind: "postgres", url: maintenance.toString() });
try {
  await handle.db.execute(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await handle.db.execute(`CREATE DATABASE ${name}`);
  console.log(`e2e: fresh database ${name}`);
} finally {
  await handle.close();
}
