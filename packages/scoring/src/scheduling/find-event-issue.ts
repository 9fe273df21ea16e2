import type { BrokerageEvent } from "./types";

/** The first rule an event breaks, by dotted path in document order, as the CLI reports it. */
export interface EventIssue {
  path: string;
  message: string;
}

/**
 * Checks what a schema cannot: duplicate ids, unknown references, meetings of a participant with
 * themselves, and locks that no schedule could honour. Returns null for a schedulable event.
 */
export function findEventIssue(event: BrokerageEvent): EventIssue | null {
  const slots = new Set<string>();
  for (const [i, slot] of event.slots.entries()) {
    if (slots.has(slot)) return { path: `slots.${i}`, message: `duplicate slot "${slot}"` };
    slots.add(slot);
  }
  const availability = new Map<string, Set<string>>();
  for (const [i, participant] of event.participants.entries()) {
    if (availability.has(participant.id)) {
      return { path: `participants.${i}.id`, message: `duplicate participant id "${participant.id}"` };
    }
    for (const [j, slot] of participant.available.entries()) {
      if (!slots.has(slot)) return { path: `participants.${i}.available.${j}`, message: `unknown slot "${slot}"` };
    }
    availability.set(participant.id, new Set(participant.available));
  }
  const meetingIds = new Set<string>();
  // Per locked slot: participants already pinned there, and how many locks it holds.
  const lockedParticipants = new Map<string, Set<string>>();
  for (const [i, meeting] of event.meetings.entries()) {
    if (meetingIds.has(meeting.id)) {
      return { path: `meetings.${i}.id`, message: `duplicate meeting id "${meeting.id}"` };
    }
    meetingIds.add(meeting.id);
    const availableA = availability.get(meeting.a);
    if (!availableA) return { path: `meetings.${i}.a`, message: `unknown participant "${meeting.a}"` };
    const availableB = availability.get(meeting.b);
    if (!availableB) return { path: `meetings.${i}.b`, message: `unknown participant "${meeting.b}"` };
    if (meeting.a === meeting.b) {
      return { path: `meetings.${i}.b`, message: `a meeting needs two different participants, got "${meeting.b}" twice` };
    }
    const lock = meeting.locked;
    if (lock === undefined || lock === null) continue;
    const path = `meetings.${i}.locked`;
    if (!slots.has(lock)) return { path, message: `unknown slot "${lock}"` };
    for (const [who, available] of [
      [meeting.a, availableA],
      [meeting.b, availableB],
    ] as const) {
      if (!available.has(lock)) return { path, message: `participant "${who}" is not available at "${lock}"` };
    }
    const pinned = lockedParticipants.get(lock) ?? new Set<string>();
    for (const who of [meeting.a, meeting.b]) {
      if (pinned.has(who)) return { path, message: `participant "${who}" already has a locked meeting at "${lock}"` };
    }
    // Two participants per lock, so the number of locks in the slot is half the pinned set.
    if (pinned.size / 2 + 1 > event.tables) {
      return { path, message: `more locked meetings at "${lock}" than tables (${event.tables})` };
    }
    pinned.add(meeting.a).add(meeting.b);
    lockedParticipants.set(lock, pinned);
  }
  return null;
}
