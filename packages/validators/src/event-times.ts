/**
 * Event times are typed as wall-clock times in the event's zone and stored as instants (ARCHITECTURE.md:
 * `timestamptz`, shown in Europe/Berlin unless the event says otherwise). These convert between the two
 * with the platform's time-zone data, so daylight saving time is right on both sides of a change.
 */

/** The wall-clock time `YYYY-MM-DDTHH:mm` of `instant` in `timeZone`. */
export function toLocalDateTime(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "00";
  return `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}`;
}

/**
 * The instant at which clocks in `timeZone` show `local` (`YYYY-MM-DDTHH:mm`). A time skipped by a
 * spring-forward change resolves to the instant one hour later; a repeated autumn time to its second occurrence.
 */
export function fromLocalDateTime(local: string, timeZone: string): Date {
  const asUtc = Date.parse(`${local}:00Z`);
  // The zone's offset at a nearby instant, applied twice: the second pass settles on the right side of a change.
  let guess = asUtc;
  for (let pass = 0; pass < 2; pass += 1) {
    const shown = Date.parse(`${toLocalDateTime(new Date(guess), timeZone)}:00Z`);
    guess = asUtc - (shown - guess);
  }
  return new Date(guess);
}
