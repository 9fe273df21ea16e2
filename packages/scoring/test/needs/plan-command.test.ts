import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCommands } from "../../src/cli/commands";
import { runCli } from "../../src/cli/run-cli";
import { loadMipSolver, type MipSolver, planInputSchema, planServices, searchServicePlan } from "../../src/needs";
import { planCases } from "./plan-cases";

const commands = await loadCommands();

const bin = fileURLToPath(new URL("../../bin/scoring.mjs", import.meta.url));
let solver: MipSolver;

beforeAll(async () => {
  solver = await loadMipSolver();
});

const plan = (raw: string) => runCli(commands, "plan", raw);
const need = (id: string, importance: number) => ({ id, importance });
const service = (id: string, cost: number, addresses: string[]) => ({ id, cost, addresses });
/** Limits that stop the exact search before its first solve, so the greedy answers. */
const greedyOnly = { nodeLimit: 0, solveLimit: 0, sizeLimit: 0, unlimitedUpTo: 0 };

describe("golden cases: plan (SCORING-CLI.md, DOMAIN.md §3)", () => {
  describe.each(planCases)("$name", ({ rule, input, expected }) => {
    it(`${rule}: pure function`, () => {
      expect(planServices(planInputSchema.parse(input), solver)).toEqual(expected);
    });
    it(`${rule}: CLI`, () => {
      expect(plan(JSON.stringify(input))).toEqual({ exitCode: 0, stdout: `${JSON.stringify(expected)}\n`, stderr: "" });
    });
  });

  it("SCORING-CLI Conventions: unknown extra fields are ignored", () => {
    const [first] = planCases;
    if (!first) throw new Error("empty golden table");
    const input = { ...first.input, note: "x", needs: first.input.needs.map((entry) => ({ ...entry, title: "t" })) };
    expect(JSON.parse(plan(JSON.stringify(input)).stdout)).toEqual(first.expected);
  });
});

describe("plan: the greedy beyond what the solver finishes (§3 budgeted max coverage)", () => {
  const greedy = (input: Parameters<typeof planInputSchema.parse>[0]) =>
    searchServicePlan(planInputSchema.parse(input), solver, greedyOnly);

  it("§3 greedy: the best single affordable service wins when it covers more than the ratio set", () => {
    const input = {
      budget: 10,
      needs: [need("a", 2), need("b", 5), need("c", 5), need("d", 5)],
      services: [service("s1", 1, ["a"]), service("s2", 10, ["b", "c", "d"])],
    };
    expect(greedy(input)).toEqual({
      plan: { method: "greedy", selected: ["s2"], cost: 10, coveredImportance: 15, totalImportance: 17, uncovered: ["a"] },
      exact: { solves: 0, nodes: 0, stopped: "size-limit" },
    });
  });

  it("§3 greedy: a service that no longer fits is skipped and cheaper ones are still added", () => {
    const input = {
      budget: 10,
      needs: [need("a", 5), need("b", 4), need("c", 2)],
      services: [service("s1", 5, ["a"]), service("s2", 6, ["b"]), service("s3", 5, ["c"])],
    };
    expect(greedy(input).plan).toEqual({
      method: "greedy",
      selected: ["s1", "s3"],
      cost: 10,
      coveredImportance: 7,
      totalImportance: 11,
      uncovered: ["b"],
    });
  });

  it("§3 greedy: equal importance per cost is decided by id, and added importance counts each need once", () => {
    const input = {
      budget: 4,
      needs: [need("a", 2), need("b", 2)],
      services: [service("s2", 2, ["a"]), service("s1", 2, ["b"]), service("s3", 4, ["a", "b"])],
    };
    expect(greedy(input).plan.selected).toEqual(["s1", "s2"]);
  });

  it("decision: zero-cost services are taken first by the greedy (an infinite ratio), ties by id", () => {
    const input = {
      budget: 1,
      needs: [need("a", 1), need("b", 5)],
      services: [service("z", 0, ["a"]), service("y", 0, ["a"]), service("x", 1, ["b"])],
    };
    expect(greedy(input).plan.selected).toEqual(["x", "y"]);
  });

  it("SCORING-CLI plan: inputs up to 30 services come back exact", () => {
    const needs = Array.from({ length: 120 }, (_, i) => need(`n${String(i).padStart(3, "0")}`, 1 + ((i * 7) % 5)));
    const services = Array.from({ length: 30 }, (_, i) =>
      service(
        `s${String(i).padStart(2, "0")}`,
        100 * (1 + ((i * 13) % 9)),
        Array.from({ length: 8 }, (_, k) => needs[(i * 11 + k * 17) % needs.length]?.id ?? "n000"),
      ),
    );
    const result = searchServicePlan(planInputSchema.parse({ budget: 2000, needs, services }), solver);
    expect(result.plan.method).toBe("exact");
    expect(result.exact.stopped).toBeNull();
  });
});

describe("plan: invalid input (SCORING-CLI Conventions; exit 2, one line)", () => {
  const valid = { budget: 10, needs: [need("n1", 3), need("n2", 1)], services: [service("s1", 4, ["n1"]), service("s2", 5, ["n2"])] };
  it.each([
    ["a duplicate need id", { ...valid, needs: [need("n1", 3), need("n1", 1)] }, 'needs.1.id: duplicate need id "n1"'],
    [
      "a duplicate service id",
      { ...valid, services: [service("s1", 4, ["n1"]), service("s1", 5, ["n2"])] },
      'services.1.id: duplicate service id "s1"',
    ],
    [
      "a service addressing an unknown need",
      { ...valid, services: [service("s1", 4, ["n1", "n9"])] },
      'services.0.addresses.1: unknown need "n9"',
    ],
    ["a negative cost", { ...valid, services: [service("s1", -1, ["n1"])] }, "services.0.cost: expected a cost of at least 0"],
    ["a budget of −5", { ...valid, budget: -5 }, "budget: expected a budget of at least 0"],
    ["an importance of 7", { ...valid, needs: [need("n1", 7)] }, "needs.0.importance: expected a whole number between 1 and 5"],
    ["an importance of 0", { ...valid, needs: [need("n1", 0)] }, "needs.0.importance: expected a whole number between 1 and 5"],
    ["an importance of 2.5", { ...valid, needs: [need("n1", 2.5)] }, "needs.0.importance: expected a whole number between 1 and 5"],
    ["a budget as a string", { ...valid, budget: "10" }, "budget: expected a budget of at least 0"],
    ["needs missing", { budget: 1, services: [] }, "needs: expected an array of needs"],
  ])("%s", (_name, input, stderr) => {
    expect(plan(JSON.stringify(input))).toEqual({ exitCode: 2, stdout: "", stderr: `${stderr}\n` });
  });
});

describe("bin/scoring.mjs plan (spawned)", { timeout: 60_000 }, () => {
  const spawn = (stdin: string) => {
    const result = spawnSync(process.execPath, [bin, "plan"], { input: stdin, encoding: "utf8", timeout: 60_000 });
    return { exitCode: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it("prints the same document as the in-process CLI", () => {
    const raw = JSON.stringify(planCases[0]?.input);
    expect(spawn(raw)).toEqual(plan(raw));
  });

  it("a budget of −5: exit 2, nothing on stdout, one line on stderr", () => {
    expect(spawn('{"budget":-5,"needs":[],"services":[]}')).toEqual({
      exitCode: 2,
      stdout: "",
      stderr: "budget: expected a budget of at least 0\n",
    });
  });
});
