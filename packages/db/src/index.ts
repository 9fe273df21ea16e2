export { openDatabase, type Database, type DatabaseHandle, type DatabaseTarget } from "./client";
export { configuredTarget, getDatabase } from "./default-database";
export * from "./geocoding";
export { runMigrations } from "./migrate";
export { analyzeDatabase } from "./statistics";
export * as schema from "./schema";
export * from "./queries";
export { isDatabaseUnavailable } from "./unavailable";
