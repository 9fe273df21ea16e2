// The command's pieces for callers in one process (benchmarks, tests); the command itself is main.ts.
export { type CliCommand, InvalidInputError } from "./command";
export { commandLoaders, commandNames, loadCommands } from "./commands";
export { type CliResult, runCli, validateCommandInput } from "./run-cli";
