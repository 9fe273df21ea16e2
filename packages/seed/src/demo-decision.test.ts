import { describe, expect, it } from "vitest";
import { wantsDemo } from "./demo-decision";

const server = "postgres://clusterwerk@db.example:5432/clusterwerk";

describe("demo data only where it is wanted", () => {
  it("the embedded database (no DATABASE_URL) gets the demo", () => {
    expect(wantsDemo({ databaseUrl: undefined, seedDemo: undefined })).toBe(true);
  });

  it("a database given by DATABASE_URL gets no demo unless asked", () => {
    expect(wantsDemo({ databaseUrl: server, seedDemo: undefined })).toBe(false);
    expect(wantsDemo({ databaseUrl: server, seedDemo: "" })).toBe(false);
  });

  it.each(["1", "true", "YES"])("SEED_DEMO=%s asks for the demo on a DATABASE_URL database", (seedDemo) => {
    expect(wantsDemo({ databaseUrl: server, seedDemo })).toBe(true);
  });

  it.each(["0", "false", "no"])("SEED_DEMO=%s keeps it out of the embedded database too", (seedDemo) => {
    expect(wantsDemo({ databaseUrl: undefined, seedDemo })).toBe(false);
  });

  it("any other SEED_DEMO value is refused rather than guessed", () => {
    expect(() => wantsDemo({ databaseUrl: server, seedDemo: "demo" })).toThrow(/SEED_DEMO must be 1 or 0/);
  });
});
