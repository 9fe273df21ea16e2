import type { z } from "zod";
import { type CliCommand, InvalidInputError } from "./command";
import { formatZodError } from "./format-error";

export interface CliResult {
  exitCode: 0 | 2;
  stdout: string;
  stderr: string;
}

/**
 * The command's input as its schema parses it: the fast path when it vouches for the input, otherwise
 * the schema itself, so an invalid input gets the schema's error, word for word.
 */
export function validateCommandInput<S extends z.ZodType>(command: CliCommand<S>, json: unknown): z.ZodSafeParseResult<z.output<S>> {
  const fast = command.fastParse?.(json);
  return fast === undefined ? command.schema.safeParse(json) : { success: true, data: fast };
}

/**
 * Runs one command on the raw stdin text. Pure apart from the command itself, so tests can call it
 * without spawning a process. Exit 2 with one line on stderr for every kind of invalid input.
 */
export function runCli(
  commands: Record<string, CliCommand>,
  name: string | undefined,
  raw: string,
  /** The names the unknown-command message lists (all of them, when `commands` holds only the one asked for). */
  names: readonly string[] = Object.keys(commands),
): CliResult {
  // One line, always: JSON.parse quotes the offending input, and ids in messages may hold line breaks.
  const fail = (line: string): CliResult => ({ exitCode: 2, stdout: "", stderr: `${line.replace(/\s*[\r\n]+\s*/g, " ")}\n` });
  const command = name === undefined ? undefined : commands[name];
  if (!command) {
    return fail(`command: expected one of ${names.join(", ")}, got ${name ?? "nothing"}`);
  }
  if (raw.trim() === "") return fail("input: empty input, expected a JSON document on standard input");
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return fail(`input: malformed JSON (${error instanceof Error ? error.message : "parse error"})`);
  }
  const parsed = validateCommandInput(command, json);
  if (!parsed.success) return fail(formatZodError(parsed.error));
  try {
    const output = command.run(parsed.data);
    return { exitCode: 0, stdout: `${JSON.stringify(output)}\n`, stderr: "" };
  } catch (error) {
    if (error instanceof InvalidInputError) return fail(`${error.path}: ${error.message}`);
    throw error;
  }
}
