import type { BrokerageEvent } from "./types";

/** One meeting in index form; participants and slots are positions in the event's arrays. */
export interface ModelMeeting {
  a: number;
  b: number;
  mutual: boolean;
  /** Slot indices where both participants are available, ascending. */
  common: readonly number[];
  /** The locked slot index, or null. */
  lock: number | null;
  /** Slots the meeting may take: `[lock]` when locked, else `common`. */
  candidates: readonly number[];
}

/** A validated event in index form; every algorithm in this folder works on this. */
export interface EventModel {
  slotCount: number;
  tables: number;
  participantCount: number;
  meetings: readonly ModelMeeting[];
  /** Per participant, the indices of their meetings, ascending. */
  meetingsOf: readonly (readonly number[])[];
}

/** Builds the index form. Assumes `findEventIssue(event)` returned null. */
export function buildEventModel(event: BrokerageEvent): EventModel {
  const slotIndex = new Map(event.slots.map((slot, i) => [slot, i]));
  const participantIndex = new Map(event.participants.map((p, i) => [p.id, i]));
  const available = event.participants.map((p) => {
    const row = new Array<boolean>(event.slots.length).fill(false);
    for (const slot of p.available) {
      const s = slotIndex.get(slot);
      if (s !== undefined) row[s] = true;
    }
    return row;
  });
  const meetingsOf = event.participants.map((): number[] => []);
  const meetings = event.meetings.map((meeting, m): ModelMeeting => {
    const a = participantIndex.get(meeting.a) ?? -1;
    const b = participantIndex.get(meeting.b) ?? -1;
    const common: number[] = [];
    for (let s = 0; s < event.slots.length; s++) {
      if (available[a]?.[s] === true && available[b]?.[s] === true) common.push(s);
    }
    meetingsOf[a]?.push(m);
    meetingsOf[b]?.push(m);
    const lock = meeting.locked == null ? null : (slotIndex.get(meeting.locked) ?? null);
    return { a, b, mutual: meeting.mutual === true, common, lock, candidates: lock === null ? common : [lock] };
  });
  return {
    slotCount: event.slots.length,
    tables: event.tables,
    participantCount: event.participants.length,
    meetings,
    meetingsOf,
  };
}
