import { defineConfig } from "drizzle-kit";

// `drizzle-kit generate` needs no database: it diffs the schema against the committed snapshots.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema/index.ts",
  out: "./drizzle",
  casing: "snake_case",
});
