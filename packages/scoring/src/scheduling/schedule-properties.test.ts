import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scheduleMeetings } from "./schedule-meetings";
import { bruteForceOptimum } from "./testing/brute-force-optimum";
import { checkSchedule } from "./testing/check-schedule";
import { randomEvent } from "./testing/random-event";

const tiny = randomEvent({ maxSlots: 4, maxTables: 3, maxParticipants: 5, maxMeetings: 6 });
const medium = randomEvent({ maxSlots: 8, maxTables: 4, maxParticipants: 14, maxMeetings: 40 });

describe("scheduler properties", () => {
  it("never breaks a hard rule or a reason rule, with or without the exact search", () => {
    fc.assert(
      fc.property(medium, fc.boolean(), (event, heuristicOnly) => {
        const schedule = scheduleMeetings(event, heuristicOnly ? { exactNodeLimit: 0 } : {});
        expect(checkSchedule(event, schedule).violations).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("reaches the optimum of an exhaustive search on small events", () => {
    fc.assert(
      fc.property(tiny, (event) => {
        const schedule = scheduleMeetings(event);
        expect(schedule.method).toBe("exact");
        expect(checkSchedule(event, schedule).objective).toEqual(bruteForceOptimum(event));
        expect(schedule.objective).toEqual(bruteForceOptimum(event));
      }),
      { numRuns: 200 },
    );
  });

  it("heuristic alone never exceeds the optimum nor the upper bound", () => {
    fc.assert(
      fc.property(tiny, (event) => {
        const schedule = scheduleMeetings(event, { exactNodeLimit: 0 });
        const optimum = bruteForceOptimum(event);
        expect(schedule.objective.meetings).toBeLessThanOrEqual(optimum.meetings);
        expect(optimum.meetings).toBeLessThanOrEqual(schedule.upperBound);
      }),
      { numRuns: 150 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(medium, (event) => {
        expect(scheduleMeetings(structuredClone(event))).toEqual(scheduleMeetings(event));
      }),
      { numRuns: 30 },
    );
  });
});
