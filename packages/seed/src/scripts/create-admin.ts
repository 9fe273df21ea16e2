import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";
import { getDatabase, runMigrations } from "@clusterwerk/db";
import { createAdmin } from "../create-admin";

/**
 * `pnpm create-admin <email> [name]`: the first platform admin of a database that has no demo. The password
 * is asked for without echo on a terminal, or read as the first line of stdin (`… < password.txt`).
 */
const [email, name] = process.argv.slice(2);
if (!email) {
  console.error("usage: pnpm create-admin <email> [name]   (password prompted, or the first line of stdin)");
  process.exit(2);
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const lines = createInterface({ input: process.stdin });
    for await (const line of lines) return line;
    return "";
  }
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const prompt = createInterface({ input: process.stdin, output, terminal: true });
  const ask = async (question: string) => {
    process.stdout.write(question);
    muted = true;
    const answer = await prompt.question("");
    muted = false;
    process.stdout.write("\n");
    return answer;
  };
  const first = await ask("Password (at least 10 characters): ");
  const again = await ask("Repeat the password: ");
  prompt.close();
  if (first !== again) throw new Error("the passwords differ");
  return first;
}

const messages = {
  invalidEmail: "not a valid email address",
  invalidPassword: "the password does not meet the rule (at least 10 characters, no control characters)",
  exists: "an account with this address exists already; give it the admin role in the portal instead",
} as const;

const password = await readPassword();
const handle = getDatabase();
try {
  await runMigrations(handle);
  const result = await createAdmin(handle.db, { email, password, ...(name ? { name } : {}) });
  if (result.ok) {
    console.log(`create-admin: ${result.email} is now a platform admin; sign in with the password just given.`);
  } else {
    console.error(`create-admin: ${messages[result.reason]} (${result.detail})`);
    process.exitCode = 1;
  }
} finally {
  await handle.close();
}
