import { describe, expect, it } from "vitest";
import { loadCommands } from "../cli/commands";
import { runCli } from "../cli/run-cli";

const commands = await loadCommands();

const base = {
  slots: ["09:00", "09:20"],
  tables: 1,
  participants: [
    { id: "u1", available: ["09:00", "09:20"] },
    { id: "u2", available: ["09:00", "09:20"] },
    { id: "u3", available: ["09:20"] },
  ],
  meetings: [
    { id: "m1", a: "u1", b: "u2", mutual: true },
    { id: "m2", a: "u1", b: "u3" },
  ],
};

const schedule = (input: unknown) => runCli(commands, "schedule", typeof input === "string" ? input : JSON.stringify(input));

describe("schedule command", () => {
  it("writes the schedule as one JSON document", () => {
    const result = schedule(base);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toMatchObject({
      scheduled: [
        { meeting: "m1", slot: "09:00", table: 1 },
        { meeting: "m2", slot: "09:20", table: 1 },
      ],
      unscheduled: [],
      upperBound: 2,
    });
  });

  it("defaults mutual to false, ignores unknown fields and accepts a null lock", () => {
    const input = { ...base, note: "extra", meetings: [{ id: "m1", a: "u1", b: "u2", locked: null, colour: "red" }] };
    const result = schedule(input);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ objective: { meetings: 1, mutual: 0, idleGaps: 0 } });
  });

  it("reports a lock it keeps and the reasons of unscheduled meetings", () => {
    const input = { ...base, meetings: [...base.meetings, { id: "m3", a: "u2", b: "u3", locked: "09:20" }] };
    const output = JSON.parse(schedule(input).stdout) as { scheduled: unknown[]; unscheduled: unknown[] };
    expect(output.scheduled).toEqual([
      { meeting: "m1", slot: "09:00", table: 1 },
      { meeting: "m3", slot: "09:20", table: 1 },
    ]);
    expect(output.unscheduled).toEqual([{ meeting: "m2", reason: "conflict" }]);
  });

  const invalid: [string, unknown, string][] = [
    ["empty input", "  ", "input: empty input, expected a JSON document on standard input"],
    ["no tables", { ...base, tables: 0 }, "tables: expected a whole number of at least 1"],
    ["a fractional table count", { ...base, tables: 1.5 }, "tables: expected a whole number of at least 1"],
    ["a duplicate slot", { ...base, slots: ["09:00", "09:00"] }, 'slots.1: duplicate slot "09:00"'],
    [
      "a duplicate participant id",
      { ...base, participants: [...base.participants, { id: "u2", available: [] }] },
      'participants.3.id: duplicate participant id "u2"',
    ],
    [
      "an unknown slot in availability",
      { ...base, participants: [{ id: "u1", available: ["09:00", "11:00"] }] },
      'participants.0.available.1: unknown slot "11:00"',
    ],
    [
      "a duplicate meeting id",
      { ...base, meetings: [...base.meetings, { id: "m1", a: "u2", b: "u3" }] },
      'meetings.2.id: duplicate meeting id "m1"',
    ],
    ["an unknown participant", { ...base, meetings: [{ id: "m1", a: "u1", b: "u9" }] }, 'meetings.0.b: unknown participant "u9"'],
    [
      "a meeting with oneself",
      { ...base, meetings: [{ id: "m1", a: "u1", b: "u1" }] },
      'meetings.0.b: a meeting needs two different participants, got "u1" twice',
    ],
    [
      "an unknown locked slot",
      { ...base, meetings: [{ id: "m1", a: "u1", b: "u2", locked: "11:00" }] },
      'meetings.0.locked: unknown slot "11:00"',
    ],
    [
      "a lock where a participant is unavailable",
      { ...base, meetings: [{ id: "m1", a: "u1", b: "u3", locked: "09:00" }] },
      'meetings.0.locked: participant "u3" is not available at "09:00"',
    ],
    [
      "a participant locked twice in one slot",
      {
        ...base,
        tables: 3,
        meetings: [
          { id: "m1", a: "u1", b: "u2", locked: "09:20" },
          { id: "m2", a: "u3", b: "u1", locked: "09:20" },
        ],
      },
      'meetings.1.locked: participant "u1" already has a locked meeting at "09:20"',
    ],
    [
      "more locks in a slot than tables",
      {
        ...base,
        participants: [...base.participants, { id: "u4", available: ["09:20"] }],
        meetings: [
          { id: "m1", a: "u1", b: "u2", locked: "09:20" },
          { id: "m2", a: "u3", b: "u4", locked: "09:20" },
        ],
      },
      'meetings.1.locked: more locked meetings at "09:20" than tables (1)',
    ],
  ];

  it.each(invalid)("rejects %s with exit 2 and one line naming the field", (_name, input, line) => {
    const result = schedule(input);
    expect(result).toEqual({ exitCode: 2, stdout: "", stderr: `${line}\n` });
  });

  it("rejects malformed JSON and wrong types by their path", () => {
    expect(schedule("{").stderr).toMatch(/^input: malformed JSON/);
    expect(schedule({ ...base, meetings: [{ id: "m1", a: "u1", b: "u2", mutual: "yes" }] }).stderr).toBe(
      "meetings.0.mutual: expected true or false\n",
    );
    expect(schedule({ slots: [], tables: 1, participants: [] }).stderr).toBe("meetings: expected an array of meetings\n");
  });
});
