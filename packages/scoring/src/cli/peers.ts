import { computePeerReport } from "../benchmark/peers/peer-report";
import { peersInputSchema } from "../benchmark/schemas/peers-input-schema";
import { defineCommand } from "./command";

/** `peers`: peer groups and statistics of one cluster (SCORING-CLI.md). */
export const peersCommand = defineCommand({
  schema: peersInputSchema,
  run: (input) => computePeerReport(input),
});
