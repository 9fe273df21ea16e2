import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { runSliced } from "./run-sliced";

/** `count` steps that each keep the CPU busy for `stepMs`, then return the number of steps run. */
function* busySteps(count: number, stepMs: number) {
  let done = 0;
  for (let step = 0; step < count; step += 1) {
    const until = performance.now() + stepMs;
    while (performance.now() < until) {
      // busy, as a build is
    }
    done += 1;
    yield;
  }
  return done;
}

describe("engine work runs in slices between requests", () => {
  it("gives the event loop turns while 40 ms of work runs in 5 ms slices, and returns the work's result", async () => {
    let turns = 0;
    let running = true;
    const turn = () => {
      if (!running) return;
      turns += 1;
      setImmediate(turn);
    };
    setImmediate(turn);
    const result = await runSliced(busySteps(40, 1), 5);
    running = false;
    expect(result).toBe(40);
    // about 8 slices; fewer than 3 turns would mean the work held the loop for most of its length
    expect(turns).toBeGreaterThanOrEqual(3);
  });

  it("finishes work shorter than a slice without waiting for a turn", async () => {
    let turned = false;
    setImmediate(() => {
      turned = true;
    });
    expect(await runSliced(busySteps(3, 0), 50)).toBe(3);
    expect(turned).toBe(false);
  });
});
