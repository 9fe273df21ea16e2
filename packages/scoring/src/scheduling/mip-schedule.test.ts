import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Highs } from "highs";
import { buildEventModel } from "./event-model";
import { scheduleMeetings } from "./schedule-meetings";
import { loadHighs, solveScheduleMip } from "./schedule-mip";
import { bruteForceOptimum } from "./testing/brute-force-optimum";
import { checkSchedule } from "./testing/check-schedule";
import { randomEvent } from "./testing/random-event";
import type { BrokerageEvent } from "./types";

const tiny = randomEvent({ maxSlots: 4, maxTables: 3, maxParticipants: 5, maxMeetings: 6 });
const small = randomEvent({ maxSlots: 8, maxTables: 4, maxParticipants: 14, maxMeetings: 40 });
let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

const violationsLike = (event: BrokerageEvent, pattern: RegExp) =>
  checkSchedule(event, scheduleMeetings(event, { highs })).violations.filter((violation) => pattern.test(violation));
const hardRule = (pattern: RegExp) => () =>
  fc.assert(
    fc.property(small, (event) => {
      expect(violationsLike(event, pattern)).toEqual([]);
    }),
    { numRuns: 40 },
  );

describe("§5.5 hard rules, scheduled with HiGHS (random events)", () => {
  it("both participants are available in the meeting's slot", hardRule(/is not available/));
  it("nobody is twice in a slot", hardRule(/twice in/));
  it("at most `tables` meetings per slot, tables numbered from 1 and unique per slot", hardRule(/has table|used twice/));
  it("locked meetings keep their slot", hardRule(/left its locked slot/));
  it("every meeting appears exactly once, scheduled or unscheduled", hardRule(/appears|is not a meeting/));
  it("a meeting that could still be placed is not left unscheduled; reasons are true", hardRule(/could still be placed|has reason/));
});

describe("scheduler with HiGHS against the optimum", () => {
  it("equals the exhaustive optimum (meetings, mutual, gaps) on random tiny events", () => {
    fc.assert(
      fc.property(tiny, (event) => {
        const schedule = scheduleMeetings(event, { highs });
        expect(schedule.method).toBe("exact");
        expect(schedule.objective).toEqual(bruteForceOptimum(event));
      }),
      { numRuns: 150 },
    );
  });

  it("equals the MIP optimum of meetings and mutual meetings, and the proven branch-and-bound optimum, on random small events", () => {
    fc.assert(
      fc.property(small, (event) => {
        const schedule = scheduleMeetings(event, { highs });
        const model = buildEventModel(event);
        const optimum = solveScheduleMip(highs, model, null, { nodes: 100_000, iterations: 10_000_000 });
        const weight = model.meetings.filter((meeting) => meeting.mutual).length + 1;
        expect(optimum.status).toBe("optimal");
        expect(weight * schedule.objective.meetings + schedule.objective.mutual).toBe(optimum.value);
        expect(schedule.method).toBe("exact");
        const branchAndBound = scheduleMeetings(event, { exactNodeLimit: 200_000 });
        if (branchAndBound.method === "exact") expect(schedule.objective).toEqual(branchAndBound.objective);
      }),
      { numRuns: 60 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(small, (event) => {
        expect(scheduleMeetings(structuredClone(event), { highs })).toEqual(scheduleMeetings(event, { highs }));
      }),
      { numRuns: 20 },
    );
  });
});
