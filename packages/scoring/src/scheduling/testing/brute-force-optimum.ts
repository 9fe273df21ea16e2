import type { BrokerageEvent, ScheduleObjective } from "../types";

/**
 * The optimal objective of a tiny event by trying every assignment of meetings to slots (or none),
 * written from the rules directly and sharing no code with the scheduler, to serve as a test oracle.
 * Cost is Π (common slots + 1) over the meetings: keep events to a handful of meetings.
 */
export function bruteForceOptimum(event: BrokerageEvent): ScheduleObjective {
  const available = new Map(event.participants.map((p) => [p.id, new Set(p.available)]));
  const options = event.meetings.map((meeting) => {
    if (meeting.locked != null) return [meeting.locked];
    const both = event.slots.filter((s) => available.get(meeting.a)?.has(s) && available.get(meeting.b)?.has(s));
    return [...both, null];
  });
  const chosen: (string | null)[] = [];
  let best: ScheduleObjective | null = null;

  const explore = (i: number): void => {
    const meeting = event.meetings[i];
    if (!meeting) {
      const value = evaluate(event, chosen);
      if (value && (!best || better(value, best))) best = value;
      return;
    }
    for (const option of options[i] ?? []) {
      chosen[i] = option;
      explore(i + 1);
    }
  };
  explore(0);
  if (!best) throw new Error("no valid schedule: the event's locks are impossible");
  return best;
}

/** The objective of one assignment, or null when it breaks a hard rule. */
function evaluate(event: BrokerageEvent, chosen: readonly (string | null)[]): ScheduleObjective | null {
  const busy = new Set<string>();
  const perSlot = new Map<string, number>();
  let meetings = 0;
  let mutual = 0;
  for (const [i, meeting] of event.meetings.entries()) {
    const slot = chosen[i];
    if (slot == null) continue;
    for (const who of [meeting.a, meeting.b]) {
      const key = `${who}@${slot}`;
      if (busy.has(key)) return null;
      busy.add(key);
    }
    const count = (perSlot.get(slot) ?? 0) + 1;
    if (count > event.tables) return null;
    perSlot.set(slot, count);
    meetings++;
    if (meeting.mutual === true) mutual++;
  }
  let idleGaps = 0;
  for (const participant of event.participants) {
    const busyAt = event.slots.map((slot) => busy.has(`${participant.id}@${slot}`));
    const first = busyAt.indexOf(true);
    const last = busyAt.lastIndexOf(true);
    if (first === -1) continue;
    idleGaps += busyAt.slice(first, last + 1).filter((b) => !b).length;
  }
  return { meetings, mutual, idleGaps };
}

function better(x: ScheduleObjective, y: ScheduleObjective): boolean {
  if (x.meetings !== y.meetings) return x.meetings > y.meetings;
  if (x.mutual !== y.mutual) return x.mutual > y.mutual;
  return x.idleGaps < y.idleGaps;
}
