import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";

/** One event as a person's calendar shows it: the event, and their registration when they have one. */
export interface CalendarEntry {
  eventId: string;
  title: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  eventStatus: "draft" | "published" | "cancelled";
  eventSequence: number;
  eventUpdatedAt: Date;
  registrationStatus: "registered" | "waitlisted" | "cancelled" | null;
  registrationSequence: number;
  registrationUpdatedAt: Date | null;
  /** The event's page in the portal. */
  url: string;
}

/**
 * The UID of an event in every calendar file and feed: the event's id alone, so the same event keeps
 * one entry whatever changes; calendars replace it when SEQUENCE rises (RFC 5545 §3.8.7.4).
 */
export function eventUid(eventId: string): string {
  return `${eventId}@clusterwerk`;
}

/**
 * STATUS of an entry: a cancelled event or a given-up registration is CANCELLED (so calendars drop it),
 * a waiting-list place TENTATIVE, a seat — or an event without registration — CONFIRMED.
 */
export function calendarStatus(entry: Pick<CalendarEntry, "eventStatus" | "registrationStatus">): ICalEventStatus {
  if (entry.eventStatus === "cancelled" || entry.registrationStatus === "cancelled") return ICalEventStatus.CANCELLED;
  if (entry.registrationStatus === "waitlisted") return ICalEventStatus.TENTATIVE;
  return ICalEventStatus.CONFIRMED;
}

/** SEQUENCE: both the event's and the registration's counters only rise, so their sum rises on every change of either. */
export function calendarSequence(entry: Pick<CalendarEntry, "eventSequence" | "registrationSequence">): number {
  return entry.eventSequence + entry.registrationSequence;
}

/** One brokerage meeting of a person's agenda (DOMAIN.md §5.5), its texts already in the reader's language. */
export interface MeetingCalendarEntry {
  meetingId: string;
  summary: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  /** The meeting's SEQUENCE: rises whenever it moves or loses its place, so calendars update it in place. */
  sequence: number;
  /** It lost its place (a re-run, a participant who withdrew): STATUS:CANCELLED at its last times, so calendars drop the stale entry. */
  cancelled: boolean;
  updatedAt: Date;
  url: string;
}

/** The UID of a brokerage meeting: its id, stable across re-runs, and apart from event UIDs. */
export function meetingUid(meetingId: string): string {
  return `meeting-${meetingId}@clusterwerk`;
}

/**
 * An iCalendar file of the entries and brokerage meetings (one event's .ics, an agenda, or a person's
 * feed); times in UTC, stamps from the rows, so equal data gives equal files.
 */
export function buildCalendar(params: {
  name: string;
  entries: readonly CalendarEntry[];
  meetings?: readonly MeetingCalendarEntry[];
}): string {
  const calendar = ical({
    name: params.name,
    prodId: { company: "Clusterwerk", product: "events", language: "DE" },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const entry of params.entries) {
    const changed =
      entry.registrationUpdatedAt && entry.registrationUpdatedAt > entry.eventUpdatedAt
        ? entry.registrationUpdatedAt
        : entry.eventUpdatedAt;
    const description = [entry.description, entry.onlineUrl, entry.url].filter((part): part is string => Boolean(part)).join("\n\n");
    calendar.createEvent({
      id: eventUid(entry.eventId),
      summary: entry.title,
      description,
      start: entry.startsAt,
      end: entry.endsAt,
      location: entry.location ?? entry.onlineUrl,
      url: entry.url,
      status: calendarStatus(entry),
      sequence: calendarSequence(entry),
      stamp: changed,
      lastModified: changed,
    });
  }
  for (const meeting of params.meetings ?? []) {
    calendar.createEvent({
      id: meetingUid(meeting.meetingId),
      summary: meeting.summary,
      description: `${meeting.description}\n\n${meeting.url}`,
      start: meeting.startsAt,
      end: meeting.endsAt,
      location: meeting.location,
      url: meeting.url,
      status: meeting.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      sequence: meeting.sequence,
      stamp: meeting.updatedAt,
      lastModified: meeting.updatedAt,
    });
  }
  return calendar.toString();
}
