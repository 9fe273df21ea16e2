import "server-only";
import type { RouterOutputs } from "@clusterwerk/api";
import { TRPCError } from "@trpc/server";
import { getTranslations } from "next-intl/server";
import type { MeetingCalendarEntry } from "~/lib/calendar-ics";
import { routing } from "~/i18n/routing";
import { api } from "~/trpc/server";

type Agenda = RouterOutputs["brokerage"]["agenda"];
const statusOf: Partial<Record<TRPCError["code"], number>> = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_REQUEST: 404 };

/**
 * Loads the agenda an agenda route serves, `?locale=de|en` and (organisers) `?participant=<registration>`:
 * the `brokerage.agenda` procedure checks role and tenancy on the server. A Response when refused.
 */
export async function loadAgenda(request: Request, eventId: string): Promise<{ agenda: Agenda; locale: "de" | "en" } | Response> {
  const url = new URL(request.url);
  const requested = url.searchParams.get("locale");
  const locale = routing.locales.find((value) => value === requested) ?? routing.defaultLocale;
  const participant = url.searchParams.get("participant") ?? undefined;
  try {
    const agenda = await (await api()).brokerage.agenda({ eventId, registrationId: participant });
    return { agenda, locale: locale === "en" ? "en" : "de" };
  } catch (error) {
    const status = error instanceof TRPCError ? statusOf[error.code] : undefined;
    if (status) return new Response(null, { status });
    throw error;
  }
}

/** A person's agenda as calendar meetings in `locale` (summary: the other person; description: event and table). */
export async function agendaMeetings(
  items: readonly { eventTitle: string; location: string | null; eventUrl: string; entries: Agenda["entries"] }[],
  locale: "de" | "en",
): Promise<MeetingCalendarEntry[]> {
  const t = await getTranslations({ locale, namespace: "brokerage" });
  return items.flatMap((item) =>
    item.entries.map((entry) => ({
      meetingId: entry.meetingId,
      summary: t("icsSummary", {
        name: entry.withOrganisation ? `${entry.withName ?? ""} (${entry.withOrganisation})` : (entry.withName ?? ""),
      }),
      description: t("icsDescription", { event: item.eventTitle, table: entry.table }),
      startsAt: entry.startsAt,
      endsAt: entry.endsAt,
      location: item.location,
      sequence: entry.sequence,
      updatedAt: entry.updatedAt,
      url: item.eventUrl,
    })),
  );
}
