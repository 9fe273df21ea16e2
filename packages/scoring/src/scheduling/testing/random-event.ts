import fc from "fast-check";
import type { BrokerageEvent, EventMeeting } from "../types";

export interface RandomEventLimits {
  maxSlots: number;
  maxTables: number;
  maxParticipants: number;
  maxMeetings: number;
}

/**
 * Random valid events within the limits. Locks are drawn freely and then kept only when they are
 * valid next to the locks kept before them, so every generated event is schedulable.
 */
export function randomEvent(limits: RandomEventLimits): fc.Arbitrary<BrokerageEvent> {
  return fc
    .record({
      slotCount: fc.integer({ min: 1, max: limits.maxSlots }),
      tables: fc.integer({ min: 1, max: limits.maxTables }),
      participantCount: fc.integer({ min: 2, max: limits.maxParticipants }),
    })
    .chain(({ slotCount, tables, participantCount }) => {
      const slots = Array.from({ length: slotCount }, (_, s) => `s${s}`);
      const participantIndex = fc.integer({ min: 0, max: participantCount - 1 });
      return fc.record({
        slots: fc.constant(slots),
        tables: fc.constant(tables),
        availability: fc.array(fc.array(fc.boolean(), { minLength: slotCount, maxLength: slotCount }), {
          minLength: participantCount,
          maxLength: participantCount,
        }),
        meetings: fc.array(
          fc.record({
            a: participantIndex,
            offset: fc.integer({ min: 1, max: participantCount - 1 }),
            mutual: fc.boolean(),
            lock: fc.option(fc.integer({ min: 0, max: slotCount - 1 }), { freq: 4 }),
          }),
          { maxLength: limits.maxMeetings },
        ),
      });
    })
    .map(({ slots, tables, availability, meetings }) => {
      const participants = availability.map((row, p) => ({ id: `p${p}`, available: slots.filter((_, s) => row[s] === true) }));
      const lockedIn = new Map<string, Set<string>>();
      const eventMeetings = meetings.map(({ a, offset, mutual, lock }, i): EventMeeting => {
        const b = (a + offset) % participants.length;
        const meeting: EventMeeting = { id: `m${i}`, a: `p${a}`, b: `p${b}`, mutual };
        const slot = lock === null ? undefined : slots[lock];
        if (slot === undefined) return meeting;
        const pinned = lockedIn.get(slot) ?? new Set<string>();
        const bothAvailable = [a, b].every((p) => participants[p]?.available.includes(slot) === true);
        if (!bothAvailable || pinned.has(meeting.a) || pinned.has(meeting.b) || pinned.size / 2 >= tables) return meeting;
        lockedIn.set(slot, pinned.add(meeting.a).add(meeting.b));
        return { ...meeting, locked: slot };
      });
      return { slots, tables, participants, meetings: eventMeetings };
    });
}
