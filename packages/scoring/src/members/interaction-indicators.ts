import { addMonths } from "../dates/plain-date";
import type { EventStatus } from "../domain/needs-services-events";
import type { MembershipRow } from "./membership-rows";
import { countText, decimalText, percentText } from "./source-sentence";
import { membersOn, percentOf, type IndicatorFigure } from "./structure-indicators";

/** The span of I1–I3 (DOMAIN.md §6.1: "in the last 12 months"). */
export const INTERACTION_MONTHS = 12;

/** An event as I1 and I2 read it: its status, the calendar day it starts and the organisations of the people checked in. */
export interface EventAttendanceRow {
  status: EventStatus;
  /** `YYYY-MM-DD` in the portal's time zone. */
  startsOn: string;
  /** One entry per checked-in registration: the organisation the person came for (null when none). */
  attendees: readonly (string | null)[];
}

/** Another sign of an active member (§6.1 I3): enrolled in or rated a service, registered a need, on a day. */
export interface MemberActivityRow {
  organisationId: string;
  on: string;
}

/** Whether `day` lies in the 12 months up to `asOf`: after `asOf` − 12 months, on or before `asOf`. */
export function inLastTwelveMonths(day: string, asOf: string): boolean {
  return day > addMonths(asOf, -INTERACTION_MONTHS) && day <= asOf;
}

/** Published events that started in the 12 months up to `asOf` (drafts and cancelled events did not take place). */
export function eventsHeld(events: readonly EventAttendanceRow[], asOf: string): EventAttendanceRow[] {
  return events.filter((event) => event.status === "published" && inLastTwelveMonths(event.startsOn, asOf));
}

const fromEvents = (asOf: string) => ({
  de: `aus dem Veranstaltungskalender vom ${addMonths(asOf, -INTERACTION_MONTHS)} bis ${asOf}`,
  en: `from the event calendar from ${addMonths(asOf, -INTERACTION_MONTHS)} to ${asOf}`,
});

/** I1: events held in the last 12 months. */
export function eventsFigure(events: readonly EventAttendanceRow[], asOf: string): IndicatorFigure {
  const held = eventsHeld(events, asOf).length;
  const from = fromEvents(asOf);
  return {
    value: held,
    source: { de: `${countText(held, "de")} Veranstaltungen, ${from.de}`, en: `${countText(held, "en")} events, ${from.en}` },
  };
}

/** I2: checked-in participants per event held in the last 12 months; null without events. */
export function participantsPerEventFigure(events: readonly EventAttendanceRow[], asOf: string): IndicatorFigure {
  const held = eventsHeld(events, asOf);
  const participants = held.reduce((sum, event) => sum + event.attendees.length, 0);
  const value = held.length === 0 ? null : participants / held.length;
  const from = fromEvents(asOf);
  return {
    value,
    source: {
      de: `${decimalText(value, "de")} Teilnehmende je Veranstaltung (${countText(participants, "de")} eingecheckt bei ${countText(held.length, "de")} Veranstaltungen), ${from.de}`,
      en: `${decimalText(value, "en")} participants per event (${countText(participants, "en")} checked in at ${countText(held.length, "en")} events), ${from.en}`,
    },
  };
}

/**
 * I3: members on `asOf` that were active in the 12 months before, in percent of the members: attended an
 * event (checked in) or have another activity in the span (service enrolment or rating, a need). B2B
 * requests count too once the portal has them (no such rows exist yet). Null without members.
 */
export function activeMembersFigure(
  memberships: readonly MembershipRow[],
  events: readonly EventAttendanceRow[],
  activities: readonly MemberActivityRow[],
  asOf: string,
): IndicatorFigure & { part: number; whole: number } {
  const active = new Set<string>();
  for (const event of eventsHeld(events, asOf))
    for (const organisationId of event.attendees) if (organisationId) active.add(organisationId);
  for (const activity of activities) if (inLastTwelveMonths(activity.on, asOf)) active.add(activity.organisationId);
  const members = membersOn(memberships, asOf);
  const part = members.filter((membership) => active.has(membership.organisationId)).length;
  const value = percentOf(part, members.length);
  const from = fromEvents(asOf);
  return {
    value,
    part,
    whole: members.length,
    source: {
      de: `${percentText(value, "de")} aktive Mitglieder (${countText(part, "de")} von ${countText(members.length, "de")}: Teilnahme, Dienstleistung oder Bedarf), ${from.de} und den Dienstleistungen und Bedarfen`,
      en: `${percentText(value, "en")} active members (${countText(part, "en")} of ${countText(members.length, "en")}: attendance, service or need), ${from.en} and the services and needs`,
    },
  };
}
