import { buildCalendar } from "~/lib/calendar-ics";
import { agendaMeetings, loadAgenda } from "~/server/brokerage-agenda";

/**
 * A brokerage agenda as an .ics file (the signed-in participant's own, or organisers' `?participant=`).
 * Each meeting's UID is its id and its SEQUENCE rises when it moves, so importing again updates in place;
 * a meeting that lost its place comes as cancelled.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const loaded = await loadAgenda(request, (await params).id);
  if (loaded instanceof Response) return loaded;
  const { agenda } = loaded;
  const eventUrl = `${new URL(request.url).origin}/c/${agenda.clusterSlug}/events/${agenda.event.id}/brokerage`;
  const meetings = await agendaMeetings(
    [{ eventTitle: agenda.event.title, location: agenda.event.location, eventUrl, entries: agenda.calendar }],
    loaded.locale,
  );
  const body = buildCalendar({ name: agenda.event.title, entries: [], meetings });
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="agenda-${agenda.participant.registrationId}.ics"`,
      "cache-control": "private, no-store",
    },
  });
}
