import { describe, expect, it } from "vitest";
import {
  activeMembersFigure,
  type EventAttendanceRow,
  eventsFigure,
  inLastTwelveMonths,
  type MembershipRow,
  participantsPerEventFigure,
} from "../../src/members";

const ASOF = "2026-05-01";

const event = (
  startsOn: string,
  attendees: (string | null)[] = [],
  status: EventAttendanceRow["status"] = "published",
): EventAttendanceRow => ({
  status,
  startsOn,
  attendees,
});

const member = (organisationId: string, overrides: Partial<MembershipRow> = {}): MembershipRow => ({
  organisationId,
  category: "sme",
  status: "active",
  joinedOn: "2020-01-01",
  leftOn: null,
  agreementSigned: true,
  paysFee: false,
  contributesActively: false,
  lat: null,
  lon: null,
  ...overrides,
});

describe("§6.1 I1–I3 from events and attendance", () => {
  it("the last 12 months run from the day after asOf − 12 months to asOf", () => {
    expect(inLastTwelveMonths("2025-05-01", ASOF)).toBe(false);
    expect(inLastTwelveMonths("2025-05-02", ASOF)).toBe(true);
    expect(inLastTwelveMonths(ASOF, ASOF)).toBe(true);
    expect(inLastTwelveMonths("2026-05-02", ASOF)).toBe(false);
  });

  it("I1 counts published events of the last 12 months; drafts, cancelled, older and later events do not count", () => {
    const figure = eventsFigure(
      [
        event("2026-01-10"),
        event("2025-06-01"),
        event("2026-02-01", [], "draft"),
        event("2026-03-01", [], "cancelled"),
        event("2025-04-30"),
        event("2026-06-01"),
      ],
      ASOF,
    );
    expect(figure.value).toBe(2);
    expect(figure.source.en).toBe("2 events, from the event calendar from 2025-05-01 to 2026-05-01");
    expect(figure.source.de).toBe("2 Veranstaltungen, aus dem Veranstaltungskalender vom 2025-05-01 bis 2026-05-01");
  });

  it("I2 averages checked-in participants over the events held; without events it has no value", () => {
    const figure = participantsPerEventFigure(
      [event("2026-01-10", ["a", "b", null]), event("2026-02-10", ["a", "c"]), event("2024-01-01", ["x"])],
      ASOF,
    );
    expect(figure.value).toBe(2.5);
    expect(figure.source.en).toBe(
      "2.5 participants per event (5 checked in at 2 events), from the event calendar from 2025-05-01 to 2026-05-01",
    );
    expect(figure.source.de).toContain("2,5 Teilnehmende je Veranstaltung");
    expect(participantsPerEventFigure([], ASOF).value).toBeNull();
  });

  it("I3 counts members who attended an event or had a service or need activity in the 12 months, of the members on the date", () => {
    const memberships = [member("a"), member("b"), member("c"), member("d"), member("gone", { status: "left", leftOn: "2025-12-31" })];
    const figure = activeMembersFigure(
      memberships,
      [event("2026-01-10", ["a", "gone", "guest"]), event("2024-01-10", ["d"])],
      [
        { organisationId: "b", on: "2026-03-01" },
        { organisationId: "c", on: "2025-04-01" },
      ],
      ASOF,
    );
    expect(figure).toMatchObject({ part: 2, whole: 4, value: 50 });
    expect(figure.source.en).toContain("50 % active members (2 of 4");
    expect(activeMembersFigure([], [], [], ASOF).value).toBeNull();
  });
});
