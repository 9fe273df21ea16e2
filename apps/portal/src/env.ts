import { z } from "zod";

/** The portal's own environment; the database and auth packages validate theirs in their env.ts. */
export const env = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** Minutes between two ticks of the scheduled jobs in this process (docs/ARCHITECTURE.md "Scheduled jobs"); 0 turns them off. */
    JOBS_INTERVAL_MINUTES: z.coerce
      .number()
      .int()
      .min(0)
      .max(24 * 60)
      .default(60),
  })
  .parse({
    NODE_ENV: process.env.NODE_ENV,
    JOBS_INTERVAL_MINUTES: process.env.JOBS_INTERVAL_MINUTES,
    NEXT_RUNTIME: process.env.NEXT_RUNTIME,
  });
