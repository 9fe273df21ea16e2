// `pnpm --filter @clusterwerk/db migrate`: apply the committed migrations to the configured database.
import { getDatabase, runMigrations } from "../index";

const handle = getDatabase();
await runMigrations(handle);
await handle.close();
console.log(`migrated (${handle.kind})`);
