import type { z } from "zod";

/** One subcommand of the scoring CLI: a zod schema for its stdin document and a pure function. */
export interface CliCommand<S extends z.ZodType = z.ZodType> {
  schema: S;
  /**
   * Runs on schema-valid input. Throws `InvalidInputError` for rules the schema cannot express
   * (for example two benchmarkings on one date); anything else it throws is a bug.
   */
  run: (input: z.output<S>) => unknown;
  /** Loads what `run` needs asynchronously (the `plan` solver's WebAssembly), awaited before `run`. */
  prepare?: () => Promise<void>;
}

/** Invalid input found after schema validation; `path` is dotted like zod's (`meetings.3.locked`). */
export class InvalidInputError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

export function defineCommand<S extends z.ZodType>(command: CliCommand<S>): CliCommand<S> {
  return command;
}
