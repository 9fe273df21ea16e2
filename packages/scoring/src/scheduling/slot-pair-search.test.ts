import { describe, expect, it } from "vitest";
import { scheduleMeetings } from "./schedule-meetings";
import { checkSchedule } from "./testing/check-schedule";
import type { BrokerageEvent, EventMeeting } from "./types";

/** mulberry32: a fixed, seeded stream, so the crowded events below are the same on every run. */
function seededRandom(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** 10–15 participants available in ~75 % of 4–6 slots, 3 tables, 50–80 distinct requests, 30 % mutual. */
function crowdedEvent(seed: number): BrokerageEvent {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const participantCount = 10 + pick(6);
  const slotCount = 4 + pick(3);
  const meetingCount = Math.min(50 + pick(31), (participantCount * (participantCount - 1)) / 2 - 5);
  const slots = Array.from({ length: slotCount }, (_, i) => `s${i}`);
  const participants = Array.from({ length: participantCount }, (_, p) => ({
    id: `p${p}`,
    available: slots.filter(() => random() < 0.75),
  }));
  const pairs = new Set<string>();
  const meetings: EventMeeting[] = [];
  while (meetings.length < meetingCount) {
    const a = pick(participantCount);
    const b = pick(participantCount);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || pairs.has(key)) continue;
    pairs.add(key);
    meetings.push({ id: `m${meetings.length}`, a: `p${a}`, b: `p${b}`, mutual: random() < 0.3 });
  }
  return { slots, tables: 3, participants, meetings };
}

describe("slot-pair re-optimisation", () => {
  // Optima proved with an ILP (javascript-lp-solver); greedy + chains alone reached 15/11 and 17/10.
  it.each([
    { seed: 18, meetings: 15, mutual: 13 },
    { seed: 24, meetings: 17, mutual: 13 },
  ])("the heuristic alone reaches the ILP optimum on crowded event $seed", ({ seed, meetings, mutual }) => {
    const event = crowdedEvent(seed);
    const schedule = scheduleMeetings(event, { exactNodeLimit: 0 });
    expect(checkSchedule(event, schedule).violations).toEqual([]);
    expect(schedule.method).toBe("heuristic");
    expect(schedule.objective).toMatchObject({ meetings, mutual });
  });
});
