import { describe, expect, it } from "vitest";
import { buildCalendar, type CalendarEntry, type MeetingCalendarEntry } from "./calendar-ics";

const entry: CalendarEntry = {
  eventId: "6f1c2b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f",
  title: "Netzwerktreffen Smart Production",
  description: "Austausch und Impulse",
  startsAt: new Date("2026-06-10T15:00:00Z"),
  endsAt: new Date("2026-06-10T18:00:00Z"),
  location: "Mannheim, MAFINEX",
  onlineUrl: null,
  eventStatus: "published",
  eventSequence: 1,
  eventUpdatedAt: new Date("2026-05-01T10:00:00Z"),
  registrationStatus: "registered",
  registrationSequence: 0,
  registrationUpdatedAt: new Date("2026-05-02T10:00:00Z"),
  url: "https://portal.example/c/smart-industries/events/6f1c2b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f",
};

/** The value of a property of the (single) VEVENT, ignoring line folding. */
function property(ics: string, name: string): string | undefined {
  const unfolded = ics.replace(/\r\n[ \t]/g, "");
  return unfolded
    .split("\r\n")
    .find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))
    ?.split(":")
    .slice(1)
    .join(":");
}

describe("calendar file", () => {
  it("keeps the UID stable across changes of the event and the registration", () => {
    const before = buildCalendar({ name: "x", entries: [entry] });
    const after = buildCalendar({
      name: "x",
      entries: [
        { ...entry, title: "Neuer Titel", startsAt: new Date("2026-06-11T15:00:00Z"), eventSequence: 2, registrationStatus: "cancelled" },
      ],
    });
    expect(property(before, "UID")).toBe(`${entry.eventId}@clusterwerk`);
    expect(property(after, "UID")).toBe(property(before, "UID"));
  });

  it("raises SEQUENCE when the event changes and when the registration changes", () => {
    const sequence = (e: CalendarEntry) => Number(property(buildCalendar({ name: "x", entries: [e] }), "SEQUENCE"));
    const base = sequence(entry);
    expect(sequence({ ...entry, eventSequence: entry.eventSequence + 1 })).toBe(base + 1);
    expect(sequence({ ...entry, registrationSequence: entry.registrationSequence + 1 })).toBe(base + 1);
  });

  it("maps statuses: seat CONFIRMED, waiting list TENTATIVE, given up or cancelled event CANCELLED", () => {
    const status = (e: Partial<CalendarEntry>) => property(buildCalendar({ name: "x", entries: [{ ...entry, ...e }] }), "STATUS");
    expect(status({ registrationStatus: "registered" })).toBe("CONFIRMED");
    expect(status({ registrationStatus: "waitlisted" })).toBe("TENTATIVE");
    expect(status({ registrationStatus: "cancelled" })).toBe("CANCELLED");
    expect(status({ eventStatus: "cancelled", registrationStatus: "registered" })).toBe("CANCELLED");
    expect(status({ registrationStatus: null })).toBe("CONFIRMED");
  });

  it("writes times in UTC and is the same file for the same data", () => {
    const ics = buildCalendar({ name: "x", entries: [entry] });
    expect(property(ics, "DTSTART")).toBe("20260610T150000Z");
    expect(property(ics, "DTEND")).toBe("20260610T180000Z");
    expect(buildCalendar({ name: "x", entries: [entry] })).toBe(ics);
  });

  it("§5.5 a brokerage meeting that lost its place is CANCELLED under the same UID with a higher SEQUENCE and its last times", () => {
    const meeting: MeetingCalendarEntry = {
      meetingId: "0d6c4a1e-3b2f-4c5d-8e9f-1a2b3c4d5e6f",
      summary: "B2B: Anna (Neckarmobil)",
      description: "Matchmaking-Tag, Tisch 3",
      startsAt: new Date("2026-06-10T09:00:00Z"),
      endsAt: new Date("2026-06-10T09:20:00Z"),
      location: "Mannheim",
      sequence: 1,
      cancelled: false,
      updatedAt: new Date("2026-06-01T10:00:00Z"),
      url: "https://portal.example/c/smart-industries/events/x/brokerage",
    };
    const placed = buildCalendar({ name: "x", entries: [], meetings: [meeting] });
    const removed = buildCalendar({ name: "x", entries: [], meetings: [{ ...meeting, cancelled: true, sequence: 2 }] });
    expect(property(placed, "STATUS")).toBe("CONFIRMED");
    expect(property(removed, "STATUS")).toBe("CANCELLED");
    expect(property(removed, "UID")).toBe(property(placed, "UID"));
    expect(Number(property(removed, "SEQUENCE"))).toBe(Number(property(placed, "SEQUENCE")) + 1);
    expect(property(removed, "DTSTART")).toBe("20260610T090000Z");
  });
});
