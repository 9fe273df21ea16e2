import { describe, expect, it } from "vitest";
import { fromLocalDateTime, toLocalDateTime } from "./event-times";
import { eventFields } from "./events";

describe("event times in the event's zone", () => {
  it("reads Berlin winter and summer times with their offsets", () => {
    expect(fromLocalDateTime("2026-01-15T09:00", "Europe/Berlin").toISOString()).toBe("2026-01-15T08:00:00.000Z");
    expect(fromLocalDateTime("2026-07-15T09:00", "Europe/Berlin").toISOString()).toBe("2026-07-15T07:00:00.000Z");
  });

  it("round-trips wall-clock times on both sides of a daylight-saving change", () => {
    for (const local of ["2026-03-28T23:30", "2026-03-29T03:30", "2026-10-24T12:00", "2026-10-25T04:00"]) {
      expect(toLocalDateTime(fromLocalDateTime(local, "Europe/Berlin"), "Europe/Berlin")).toBe(local);
    }
  });

  it("treats UTC as no offset", () => {
    expect(fromLocalDateTime("2026-05-01T10:15", "UTC").toISOString()).toBe("2026-05-01T10:15:00.000Z");
  });
});

describe("eventFields", () => {
  const valid = {
    kind: "workshop",
    title: "KI in der Qualitätssicherung",
    description: "",
    topicCategories: ["digitalisation"],
    startsAt: "2026-05-01T09:00",
    endsAt: "2026-05-01T12:00",
    timeZone: "Europe/Berlin",
    location: "Mannheim",
    onlineUrl: "",
    capacity: 20,
  };
  const messageOn = (input: object, field: string) => {
    const result = eventFields.safeParse(input);
    return result.success ? undefined : result.error.issues.find((issue) => issue.path[0] === field)?.message;
  };

  it("accepts a complete event, unlimited capacity too", () => {
    expect(eventFields.safeParse(valid).success).toBe(true);
    expect(eventFields.safeParse({ ...valid, capacity: null }).success).toBe(true);
  });

  it("refuses capacity −1 on the capacity field", () => {
    expect(messageOn({ ...valid, capacity: -1 }, "capacity")).toBe("outOfRange");
  });

  it("refuses an end before the start on the end field", () => {
    expect(messageOn({ ...valid, endsAt: "2026-05-01T08:00" }, "endsAt")).toBe("endsBeforeStart");
  });

  it("refuses an empty title", () => {
    expect(messageOn({ ...valid, title: "   " }, "title")).toBe("required");
  });

  it("needs a place or an online link", () => {
    expect(messageOn({ ...valid, location: "" }, "location")).toBe("placeOrLinkRequired");
    expect(eventFields.safeParse({ ...valid, location: "", onlineUrl: "https://meet.example.org/x" }).success).toBe(true);
  });
});
