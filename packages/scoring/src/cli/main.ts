#!/usr/bin/env node
// The package's only I/O: read stdin, run the command, write stdout/stderr, set the exit code.
import { commandLoaders, commandNames } from "./commands";
import { runCli } from "./run-cli";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function main(): Promise<void> {
  const raw = await readStdin();
  const name = process.argv[2];
  let result;
  try {
    const load = name === undefined ? undefined : commandLoaders[name];
    const command = load ? await load() : undefined;
    await command?.prepare?.();
    result = runCli(command && name !== undefined ? { [name]: command } : {}, name, raw, commandNames);
  } catch (error) {
    // A bug, not bad input: still one line, never a stack trace.
    process.stderr.write(`internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}

void main();
