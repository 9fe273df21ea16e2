import type { CliCommand } from "./command";
import { labelCommand } from "./label";
import { matchCommand } from "./match";
import { peersCommand } from "./peers";
import { planCommand } from "./plan";
import { scheduleCommand } from "./schedule";
import { scoreCommand } from "./score";

/** The subcommands of `clusterwerk-scoring` (SCORING-CLI.md). */
export const commands: Record<string, CliCommand> = {
  score: scoreCommand,
  peers: peersCommand,
  label: labelCommand,
  match: matchCommand,
  schedule: scheduleCommand,
  plan: planCommand,
};
