import { TRPCError } from "@trpc/server";
import { buildCalendar } from "~/lib/calendar-ics";
import { api } from "~/trpc/server";

/** One event as an .ics file for the signed-in person of its cluster (their registration decides TENTATIVE or CONFIRMED). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const event = await (await api()).event.detail({ eventId: id });
    const origin = new URL(request.url).origin;
    const body = buildCalendar({
      name: event.title,
      entries: [
        {
          ...event,
          eventId: event.id,
          eventStatus: event.status,
          eventSequence: event.sequence,
          eventUpdatedAt: event.updatedAt,
          registrationStatus: event.myStatus,
          registrationSequence: event.mySequence ?? 0,
          registrationUpdatedAt: null,
          url: `${origin}/c/${event.clusterSlug}/events/${event.id}`,
        },
      ],
    });
    return new Response(body, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `attachment; filename="event-${event.id}.ics"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") return new Response("Sign in required", { status: 401 });
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN" || error.code === "BAD_REQUEST"))
      return new Response("Not found", { status: 404 });
    throw error;
  }
}
