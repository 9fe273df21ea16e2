import { describe, expect, it } from "vitest";
import { scheduleMeetings } from "./schedule-meetings";
import { checkSchedule } from "./testing/check-schedule";
import type { BrokerageEvent } from "./types";

/** A crowded event (10 participants, 4 slots, 3 tables, 30 meetings) drawn from a fixed-seed LCG. */
function crowdedEvent(seed: number, run: number): BrokerageEvent {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  let event: BrokerageEvent = { slots: [], tables: 3, participants: [], meetings: [] };
  for (let r = 0; r <= run; r++) {
    const slots = ["s0", "s1", "s2", "s3"];
    const participants = Array.from({ length: 10 }, (_, p) => ({ id: `p${p}`, available: slots.filter(() => next() < 0.6) }));
    const meetings = Array.from({ length: 30 }, (_, i) => {
      const a = Math.floor(next() * 10);
      const b = (a + 1 + Math.floor(next() * 9)) % 10;
      return { id: `m${i}`, a: `p${a}`, b: `p${b}`, mutual: next() < 0.3 };
    });
    event = { slots, tables: 3, participants, meetings };
  }
  return event;
}

describe("exact search", () => {
  it("proves the optimum of a crowded 30-meeting event (a weak bound left one mutual meeting out)", () => {
    const event = crowdedEvent(4, 28);
    const schedule = scheduleMeetings(event);
    expect(checkSchedule(event, schedule).violations).toEqual([]);
    expect(schedule.method).toBe("exact");
    // Optimum from an integer program over the same event: 10 meetings, 8 of them mutual.
    expect(schedule.objective).toMatchObject({ meetings: 10, mutual: 8 });
  });
});
