import { computePeerReport } from "../benchmark/peers/peer-report";
import { peersInputSchema } from "../benchmark/schemas/peers-input-schema";
import { fastParsePeersInput } from "../benchmark/schemas/peers-input-fast";
import { defineCommand } from "./command";

/** `peers`: peer groups and statistics of one cluster (SCORING-CLI.md). */
export const peersCommand = defineCommand({
  schema: peersInputSchema,
  fastParse: fastParsePeersInput,
  run: (input) => computePeerReport(input),
});
