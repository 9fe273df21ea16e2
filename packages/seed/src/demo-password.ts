import { hashPassword } from "@clusterwerk/auth/password";
import { DEMO_PASSWORD } from "./data/people";

// argon2id is deliberately slow; one hash serves every demo account and every seed in this process.
let cached: Promise<string> | undefined;

/** The argon2id hash of the shared demo password. */
export function demoPasswordHash(): Promise<string> {
  cached ??= hashPassword(DEMO_PASSWORD);
  return cached;
}
