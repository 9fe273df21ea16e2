import type { CliCommand } from "./command";

/**
 * The subcommands of `clusterwerk-scoring` (SCORING-CLI.md), each loaded only when it runs: the built
 * command is split per subcommand, so `score` never pays for the text analysis, the scheduler or the
 * solver at start-up (batch users start it thousands of times).
 */
export const commandLoaders: Record<string, () => Promise<CliCommand>> = {
  score: async () => (await import("./score")).scoreCommand,
  peers: async () => (await import("./peers")).peersCommand,
  label: async () => (await import("./label")).labelCommand,
  match: async () => (await import("./match")).matchCommand,
  schedule: async () => (await import("./schedule")).scheduleCommand,
  plan: async () => (await import("./plan")).planCommand,
};

export const commandNames = Object.keys(commandLoaders);

/** Every subcommand, loaded and prepared: for callers that run several in one process (tests). */
export async function loadCommands(): Promise<Record<string, CliCommand>> {
  const entries = await Promise.all(
    Object.entries(commandLoaders).map(async ([name, load]) => {
      const command = await load();
      await command.prepare?.();
      return [name, command] as const;
    }),
  );
  return Object.fromEntries(entries);
}
