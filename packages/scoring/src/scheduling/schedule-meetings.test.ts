import { describe, expect, it } from "vitest";
import { scheduleMeetings } from "./schedule-meetings";
import { checkSchedule } from "./testing/check-schedule";
import type { BrokerageEvent, EventMeeting } from "./types";

const slots = ["09:00", "09:20", "09:40", "10:00"];
/** Participants available in every slot of `event`, filled in by `complete`. */
const everyone = (...ids: string[]) => ids.map((id) => ({ id, available: ["*"] }));
const meeting = (id: string, a: string, b: string, extra: Partial<EventMeeting> = {}): EventMeeting => ({ id, a, b, ...extra });

function complete(event: BrokerageEvent): BrokerageEvent {
  const participants = event.participants.map((p) => (p.available[0] === "*" ? { id: p.id, available: event.slots } : p));
  return { ...event, participants };
}

function run(partial: BrokerageEvent, exactNodeLimit?: number) {
  const event = complete(partial);
  const schedule = scheduleMeetings(event, exactNodeLimit === undefined ? {} : { exactNodeLimit });
  expect(checkSchedule(event, schedule).violations).toEqual([]);
  return schedule;
}

const slotOf = (schedule: ReturnType<typeof run>, id: string) => schedule.scheduled.find((s) => s.meeting === id)?.slot;

describe("hard rules", () => {
  it("places a meeting only in a slot where both participants are available", () => {
    const event: BrokerageEvent = {
      slots,
      tables: 5,
      participants: [
        { id: "u1", available: ["09:00", "09:40"] },
        { id: "u2", available: ["09:20", "09:40"] },
      ],
      meetings: [meeting("m1", "u1", "u2")],
    };
    expect(run(event).scheduled).toEqual([{ meeting: "m1", slot: "09:40", table: 1 }]);
  });

  it("never puts a participant in two meetings of one slot", () => {
    const event: BrokerageEvent = {
      slots: ["09:00", "09:20"],
      tables: 5,
      participants: everyone("u1", "u2", "u3"),
      meetings: [meeting("m1", "u1", "u2"), meeting("m2", "u1", "u3")],
    };
    const schedule = run(event);
    expect(new Set([slotOf(schedule, "m1"), slotOf(schedule, "m2")])).toEqual(new Set(["09:00", "09:20"]));
  });

  it("holds at most `tables` meetings per slot, numbered from 1 and unique within the slot", () => {
    const event: BrokerageEvent = {
      slots: ["09:00"],
      tables: 2,
      participants: everyone("u1", "u2", "u3", "u4", "u5", "u6"),
      meetings: [meeting("m1", "u1", "u2"), meeting("m2", "u3", "u4"), meeting("m3", "u5", "u6")],
    };
    const schedule = run(event);
    expect(schedule.scheduled.map((s) => s.table)).toEqual([1, 2]);
    expect(schedule.unscheduled).toEqual([{ meeting: "m3", reason: "capacity" }]);
  });

  it("keeps locked meetings in their slot even when moving them would be better", () => {
    // Unlocked, m1 would sit next to m2 at 09:20; locked at 10:00 it leaves u1 idle at 09:20 and 09:40.
    const event: BrokerageEvent = {
      slots,
      tables: 5,
      participants: everyone("u1", "u2", "u3"),
      meetings: [meeting("m1", "u1", "u2", { locked: "10:00" }), meeting("m2", "u1", "u3", { locked: "09:00" })],
    };
    const schedule = run(event);
    expect(slotOf(schedule, "m1")).toBe("10:00");
    expect(slotOf(schedule, "m2")).toBe("09:00");
    expect(schedule.objective.idleGaps).toBe(2);
  });

  it("lists every meeting exactly once, scheduled or unscheduled", () => {
    const event: BrokerageEvent = {
      slots: ["09:00"],
      tables: 1,
      participants: [...everyone("u1", "u2", "u3"), { id: "u4", available: [] }],
      meetings: [meeting("m1", "u1", "u2"), meeting("m2", "u1", "u3"), meeting("m3", "u1", "u4")],
    };
    const schedule = run(event);
    const ids = [...schedule.scheduled, ...schedule.unscheduled].map((e) => e.meeting).sort();
    expect(ids).toEqual(["m1", "m2", "m3"]);
  });
});

describe("reasons for unscheduled meetings", () => {
  it("no-common-slot: the two are never available at the same time", () => {
    const event: BrokerageEvent = {
      slots,
      tables: 3,
      participants: [
        { id: "u1", available: ["09:00"] },
        { id: "u2", available: ["09:20"] },
      ],
      meetings: [meeting("m1", "u1", "u2")],
    };
    expect(run(event).unscheduled).toEqual([{ meeting: "m1", reason: "no-common-slot" }]);
  });

  it("capacity: both are free in a common slot but all its tables are taken", () => {
    const event: BrokerageEvent = {
      slots: ["09:00"],
      tables: 1,
      participants: everyone("u1", "u2", "u3", "u4"),
      meetings: [meeting("m1", "u1", "u2"), meeting("m2", "u3", "u4")],
    };
    expect(run(event).unscheduled).toEqual([{ meeting: "m2", reason: "capacity" }]);
  });

  it("conflict: in every common slot one of the two already has a meeting", () => {
    const event: BrokerageEvent = {
      slots: ["09:00"],
      tables: 5,
      participants: everyone("u1", "u2", "u3"),
      meetings: [meeting("m1", "u1", "u2"), meeting("m2", "u1", "u3")],
    };
    expect(run(event).unscheduled).toEqual([{ meeting: "m2", reason: "conflict" }]);
  });
});

describe("objective", () => {
  it("prefers more meetings over mutual ones", () => {
    // The mutual u1–u2 would block both u1–u3 and u2–u4 in the only slot u1 and u2 share.
    const event: BrokerageEvent = {
      slots: ["09:00"],
      tables: 5,
      participants: everyone("u1", "u2", "u3", "u4"),
      meetings: [meeting("m1", "u1", "u2", { mutual: true }), meeting("m2", "u1", "u3"), meeting("m3", "u2", "u4")],
    };
    expect(run(event).objective).toEqual({ meetings: 2, mutual: 0, idleGaps: 0 });
  });

  it("among schedules with the most meetings, prefers mutual ones", () => {
    const event: BrokerageEvent = {
      slots: ["09:00"],
      tables: 1,
      participants: everyone("u1", "u2", "u3", "u4"),
      meetings: [meeting("m1", "u1", "u2"), meeting("m2", "u3", "u4", { mutual: true })],
    };
    expect(run(event).scheduled).toEqual([{ meeting: "m2", slot: "09:00", table: 1 }]);
  });

  it("then minimises idle gaps between a participant's first and last meeting", () => {
    const event: BrokerageEvent = {
      slots,
      tables: 1,
      participants: everyone("u1", "u2", "u3", "u4"),
      meetings: [meeting("m1", "u1", "u2"), meeting("m2", "u1", "u3"), meeting("m3", "u1", "u4")],
    };
    expect(run(event).objective).toEqual({ meetings: 3, mutual: 0, idleGaps: 0 });
    expect(run(event, 0).objective.idleGaps).toBe(0);
  });

  it("counts gaps whatever the participant's availability", () => {
    const event: BrokerageEvent = {
      slots: ["09:00", "09:20", "09:40"],
      tables: 2,
      participants: [{ id: "u1", available: ["09:00", "09:40"] }, ...everyone("u2", "u3")],
      meetings: [meeting("m1", "u1", "u2"), meeting("m2", "u1", "u3")],
    };
    expect(run(event).objective).toEqual({ meetings: 2, mutual: 0, idleGaps: 1 });
  });

  it("proves small events optimal and gives the same result for the same input", () => {
    const event: BrokerageEvent = {
      slots,
      tables: 2,
      participants: everyone("u1", "u2", "u3", "u4", "u5"),
      meetings: [
        meeting("m1", "u1", "u2"),
        meeting("m2", "u2", "u3", { mutual: true }),
        meeting("m3", "u3", "u4"),
        meeting("m4", "u4", "u5"),
        meeting("m5", "u1", "u5"),
      ],
    };
    const first = run(event);
    expect(first.method).toBe("exact");
    expect(run(event)).toEqual(first);
  });
});

describe("upper bound", () => {
  it("is limited by tables per slot", () => {
    const event: BrokerageEvent = {
      slots: ["09:00", "09:20"],
      tables: 1,
      participants: everyone("u1", "u2", "u3", "u4", "u5", "u6"),
      meetings: [meeting("m1", "u1", "u2"), meeting("m2", "u3", "u4"), meeting("m3", "u5", "u6")],
    };
    expect(run(event).upperBound).toBe(2);
  });

  it("is limited by each participant's slots", () => {
    // u1 has four meetings but two slots; the others' meetings all involve u1.
    const event: BrokerageEvent = {
      slots: ["09:00", "09:20"],
      tables: 9,
      participants: everyone("u1", "u2", "u3", "u4", "u5"),
      meetings: [meeting("m1", "u1", "u2"), meeting("m2", "u1", "u3"), meeting("m3", "u1", "u4"), meeting("m4", "u1", "u5")],
    };
    expect(run(event).upperBound).toBe(2);
  });

  it("ignores meetings without a common slot", () => {
    const event: BrokerageEvent = {
      slots,
      tables: 9,
      participants: [{ id: "u1", available: ["09:00"] }, { id: "u2", available: ["10:00"] }, ...everyone("u3")],
      meetings: [meeting("m1", "u1", "u2"), meeting("m2", "u1", "u3")],
    };
    expect(run(event).upperBound).toBe(1);
  });
});
