import { calendarToken } from "@clusterwerk/validators";
import { buildCalendar } from "~/lib/calendar-ics";
import { agendaMeetings } from "~/server/brokerage-agenda";
import { api } from "~/trpc/server";

/**
 * A person's calendar feed (`/api/calendar/<token>.ics`): calendar apps poll it without signing in, so
 * the secret token in the address is the only key; it reads through the public `event.feed` procedure.
 * Besides the person's events it carries their published brokerage meetings (UID per meeting, SEQUENCE
 * rising when one moves), so a subscribed calendar updates them in place.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const parsed = calendarToken.safeParse((await params).token.replace(/\.ics$/, ""));
  const feed = parsed.success ? await (await api()).event.feed({ token: parsed.data }) : null;
  if (!feed) return new Response("Not found", { status: 404 });
  const origin = new URL(request.url).origin;
  // Calendar apps send no locale: meeting texts in German, the portal's default language.
  const meetings = await agendaMeetings(
    feed.agendas.map((agenda) => ({ ...agenda, eventUrl: new URL(agenda.path, origin).toString() })),
    "de",
  );
  const body = buildCalendar({
    name: `Clusterwerk – ${feed.owner.name ?? ""}`.trim(),
    entries: feed.events.map((event) => ({ ...event, url: `${origin}/c/${event.clusterSlug}/events/${event.eventId}` })),
    meetings,
  });
  return new Response(body, {
    headers: { "content-type": "text/calendar; charset=utf-8", "cache-control": "private, no-store" },
  });
}
