import { z } from "zod";

/** The portal's own environment; the database and auth packages validate theirs in their env.ts. */
export const env = z
  .object({ NODE_ENV: z.enum(["development", "production", "test"]).default("development") })
  .parse({ NODE_ENV: process.env.NODE_ENV });
