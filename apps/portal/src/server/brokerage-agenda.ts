import "server-only";
import type { RouterOutputs } from "@clusterwerk/api";
import { TRPCError } from "@trpc/server";
import { getTranslations } from "next-intl/server";
import type { MeetingCalendarEntry } from "~/lib/calendar-ics";
import { routing } from "~/i18n/routing";
import { api } from "~/trpc/server";

type Agenda = RouterOutputs["brokerage"]["agenda"];
const statusOf: Partial<Record<TRPCError["code"], number>> = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_REQUEST: 404 };

/** `?locale=de|en` of an agenda route, German by default. */
function agendaLocale(url: URL): "de" | "en" {
  const requested = url.searchParams.get("locale");
  return routing.locales.find((value) => value === requested) === "en" ? "en" : "de";
}

/** The procedure's answer, or a Response with the status its refusal maps to. */
async function orRefusal<T>(call: () => Promise<T>): Promise<T | Response> {
  try {
    return await call();
  } catch (error) {
    const status = error instanceof TRPCError ? statusOf[error.code] : undefined;
    if (status) return new Response(null, { status });
    throw error;
  }
}

/**
 * Loads the agenda an agenda route serves, `?locale=de|en` and (organisers) `?participant=<registration>`:
 * the `brokerage.agenda` procedure checks role and tenancy on the server. A Response when refused.
 */
export async function loadAgenda(request: Request, eventId: string): Promise<{ agenda: Agenda; locale: "de" | "en" } | Response> {
  const url = new URL(request.url);
  const participant = url.searchParams.get("participant") ?? undefined;
  const agenda = await orRefusal(async () => (await api()).brokerage.agenda({ eventId, registrationId: participant }));
  return agenda instanceof Response ? agenda : { agenda, locale: agendaLocale(url) };
}

/** Loads the organiser's whole-day schedule (`brokerage.dayCalendar` checks the manager role), `?locale=de|en`. A Response when refused. */
export async function loadDayCalendar(request: Request, eventId: string): Promise<{ day: DayCalendar; locale: "de" | "en" } | Response> {
  const url = new URL(request.url);
  const day = await orRefusal(async () => (await api()).brokerage.dayCalendar({ eventId }));
  return day instanceof Response ? day : { day, locale: agendaLocale(url) };
}

type CalendarMeeting = Agenda["calendar"][number];
type DayCalendar = RouterOutputs["brokerage"]["dayCalendar"];
type DayMeeting = DayCalendar["meetings"][number];

/** "Name (Organisation)" as calendars show a person. */
const personText = (name: string | null, organisation: string | null) => (organisation ? `${name ?? ""} (${organisation})` : (name ?? ""));

/**
 * A person's meetings as calendar entries in `locale` (summary: the other person; description: event and
 * table, or that it is cancelled). Cancelled ones keep their UID and carry STATUS:CANCELLED (DOMAIN.md §5.5).
 */
export async function agendaMeetings(
  items: readonly { eventTitle: string; location: string | null; eventUrl: string; entries: readonly CalendarMeeting[] }[],
  locale: "de" | "en",
): Promise<MeetingCalendarEntry[]> {
  const t = await getTranslations({ locale, namespace: "brokerage" });
  return items.flatMap((item) =>
    item.entries.map((entry) =>
      calendarEntry(entry, item, {
        summary: t("icsSummary", { name: personText(entry.withName, entry.withOrganisation) }),
        description:
          entry.table === null
            ? t("icsCancelledDescription", { event: item.eventTitle })
            : t("icsDescription", { event: item.eventTitle, table: entry.table }),
      }),
    ),
  );
}

/** The whole day's meetings for the organiser's calendar in `locale` (summary: both people). */
export async function dayMeetings(
  item: { eventTitle: string; location: string | null; eventUrl: string; entries: readonly DayMeeting[] },
  locale: "de" | "en",
): Promise<MeetingCalendarEntry[]> {
  const t = await getTranslations({ locale, namespace: "brokerage" });
  return item.entries.map((entry) =>
    calendarEntry(entry, item, {
      summary: t("icsOrganiserSummary", {
        a: personText(entry.aName, entry.aOrganisation),
        b: personText(entry.bName, entry.bOrganisation),
      }),
      description:
        entry.table === null
          ? t("icsCancelledDescription", { event: item.eventTitle })
          : t("icsDescription", { event: item.eventTitle, table: entry.table }),
    }),
  );
}

function calendarEntry(
  entry: Pick<CalendarMeeting, "meetingId" | "startsAt" | "endsAt" | "sequence" | "updatedAt" | "cancelled">,
  item: { location: string | null; eventUrl: string },
  texts: { summary: string; description: string },
): MeetingCalendarEntry {
  return {
    meetingId: entry.meetingId,
    ...texts,
    startsAt: entry.startsAt,
    endsAt: entry.endsAt,
    location: item.location,
    sequence: entry.sequence,
    cancelled: entry.cancelled,
    updatedAt: entry.updatedAt,
    url: item.eventUrl,
  };
}
