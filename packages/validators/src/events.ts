import { eventKinds, needCategories } from "@clusterwerk/scoring/domain";
import { z } from "zod";
import { id, optionalText, optionalUrl, requiredText } from "./fields";
import { validationMessages as m } from "./messages";
import { text } from "./text";

/** The longest event title (characters); the event form uses it as `maxLength`. */
export const EVENT_TITLE_MAX_LENGTH = 200;
/** The most seats an event may offer; larger numbers are typos, an open event has no limit (null). */
export const EVENT_CAPACITY_MAX = 100_000;

/** The zones the event form offers; ARCHITECTURE.md: Europe/Berlin unless the event says otherwise. */
export const eventTimeZones = ["Europe/Berlin", "Europe/Vienna", "Europe/Zurich", "Europe/Paris", "Europe/London", "UTC"] as const;
export const DEFAULT_EVENT_TIME_ZONE = "Europe/Berlin";

/** A wall-clock time as the browser's `datetime-local` input sends it, in the event's own zone. */
const localDateTime = text()
  .trim()
  .min(1, m.required)
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, m.invalidDateTime);

/**
 * The editable fields of an event (DOMAIN.md §4). Times are wall-clock times in `timeZone`, so a manager
 * types what the invitation says; the server turns them into instants. `capacity` null means unlimited.
 */
const eventFieldsObject = z.object({
  kind: z.enum(eventKinds, m.invalidChoice),
  title: requiredText(EVENT_TITLE_MAX_LENGTH),
  description: optionalText(5000, { multiline: true }),
  topicCategories: z.array(z.enum(needCategories, m.invalidChoice)).max(needCategories.length, m.tooLong),
  startsAt: localDateTime,
  endsAt: localDateTime,
  timeZone: z.enum(eventTimeZones, m.invalidChoice),
  location: optionalText(300),
  onlineUrl: optionalUrl,
  capacity: z.number(m.outOfRange).int(m.outOfRange).min(1, m.outOfRange).max(EVENT_CAPACITY_MAX, m.outOfRange).nullable(),
});

/** The event form and the create/update procedures: the end after the start, a place or an online link. */
export const eventFields = eventFieldsObject
  .refine((event) => event.endsAt > event.startsAt, { message: m.endsBeforeStart, path: ["endsAt"] })
  .refine((event) => event.location !== null || event.onlineUrl !== null, { message: m.placeOrLinkRequired, path: ["location"] });
export type EventFieldsInput = z.input<typeof eventFields>;
export type EventFields = z.output<typeof eventFields>;

/** Which of a cluster's events the managers' list shows. */
export const eventPeriods = ["upcoming", "past"] as const;
export type EventPeriod = (typeof eventPeriods)[number];
export const eventPeriod = z.enum(eventPeriods, m.invalidChoice);

export const eventSortKeys = ["startsAt", "title"] as const;
export type EventSortKey = (typeof eventSortKeys)[number];

/** A personal calendar feed token as it appears in the feed URL. */
export const calendarToken = text()
  .trim()
  .regex(/^[A-Za-z0-9_-]{20,64}$/, m.invalidId);

export const eventIdInput = z.object({ eventId: id });
