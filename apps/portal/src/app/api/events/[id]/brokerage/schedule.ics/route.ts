import { buildCalendar } from "~/lib/calendar-ics";
import { dayMeetings, loadDayCalendar } from "~/server/brokerage-agenda";

/**
 * The whole brokerage day as an .ics file for the organiser (`?locale=de|en`): every placed meeting with
 * both people and its table, under the same UIDs as the participants' entries; removed ones cancelled.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const loaded = await loadDayCalendar(request, (await params).id);
  if (loaded instanceof Response) return loaded;
  const { event, meetings } = loaded.day;
  const eventUrl = `${new URL(request.url).origin}/c/${event.clusterSlug}/manage/events/${event.id}/brokerage`;
  const entries = await dayMeetings({ eventTitle: event.title, location: event.location, eventUrl, entries: meetings }, loaded.locale);
  return new Response(buildCalendar({ name: event.title, entries: [], meetings: entries }), {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="brokerage-${event.id}.ics"`,
      "cache-control": "private, no-store",
    },
  });
}
