import { z } from "zod";

const schema = z.object({
  /** Runs per procedure: a few by default, so the fuzz suite stays within a minute in `pnpm test`; more to go deeper. */
  FUZZ_RUNS: z.coerce.number().int().min(1).default(6),
  /** The fixed seed of every run, so a failure repeats; another seed explores other inputs. */
  FUZZ_SEED: z.coerce.number().int().default(20_261_202),
});

export const fuzzEnv = schema.parse({ FUZZ_RUNS: process.env.FUZZ_RUNS || undefined, FUZZ_SEED: process.env.FUZZ_SEED || undefined });
