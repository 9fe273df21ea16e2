import type { z } from "zod";

/** One subcommand of the scoring CLI: a zod schema for its stdin document and a pure function. */
export interface CliCommand<S extends z.ZodType = z.ZodType> {
  schema: S;
  /**
   * A hand-written check of the usual, valid input that returns exactly what `schema` would, or
   * `undefined` when the input is not plainly valid; then `schema` decides and words the error. zod
   * costs up to several times the computation on large inputs (issue 10, item 8), this a fraction.
   */
  fastParse?: (input: unknown) => z.output<S> | undefined;
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
