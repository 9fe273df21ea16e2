import type { BrokerageEvent, MeetingSchedule, ScheduleObjective } from "../types";

/**
 * Every way `schedule` breaks the hard rules or the reason rules of SCORING-CLI.md for `event`,
 * recomputed from the rules and the output alone; empty when it is valid. Also returns the objective
 * the output actually achieves, so tests do not have to trust the scheduler's own figures.
 */
export function checkSchedule(event: BrokerageEvent, schedule: MeetingSchedule): { violations: string[]; objective: ScheduleObjective } {
  const violations: string[] = [];
  const available = new Map(event.participants.map((p) => [p.id, new Set(p.available)]));
  const byId = new Map(event.meetings.map((m) => [m.id, m]));
  const seen = new Map<string, number>();
  for (const entry of [...schedule.scheduled, ...schedule.unscheduled]) seen.set(entry.meeting, (seen.get(entry.meeting) ?? 0) + 1);
  for (const meeting of event.meetings) {
    if (seen.get(meeting.id) !== 1) violations.push(`${meeting.id} appears ${seen.get(meeting.id) ?? 0} times`);
  }
  for (const id of seen.keys()) if (!byId.has(id)) violations.push(`${id} is not a meeting of the event`);

  const busy = new Map<string, string>();
  const tablesIn = new Map<string, Set<number>>();
  let mutual = 0;
  for (const { meeting: id, slot, table } of schedule.scheduled) {
    const meeting = byId.get(id);
    if (!meeting) continue;
    if (meeting.mutual === true) mutual++;
    if (meeting.locked != null && meeting.locked !== slot) violations.push(`${id} left its locked slot`);
    for (const who of [meeting.a, meeting.b]) {
      if (!available.get(who)?.has(slot)) violations.push(`${who} is not available at ${slot} for ${id}`);
      const key = `${who}@${slot}`;
      if (busy.has(key)) violations.push(`${who} is twice in ${slot}`);
      busy.set(key, id);
    }
    const tables = tablesIn.get(slot) ?? new Set<number>();
    if (!Number.isInteger(table) || table < 1 || table > event.tables) violations.push(`${id} has table ${table}`);
    if (tables.has(table)) violations.push(`table ${table} used twice in ${slot}`);
    tables.add(table);
    tablesIn.set(slot, tables);
  }
  for (const { meeting: id, reason } of schedule.unscheduled) {
    const meeting = byId.get(id);
    if (!meeting) continue;
    const common = event.slots.filter((s) => available.get(meeting.a)?.has(s) && available.get(meeting.b)?.has(s));
    const bothFree = common.filter((s) => !busy.has(`${meeting.a}@${s}`) && !busy.has(`${meeting.b}@${s}`));
    if (bothFree.some((s) => (tablesIn.get(s)?.size ?? 0) < event.tables)) violations.push(`${id} could still be placed`);
    const expected = common.length === 0 ? "no-common-slot" : bothFree.length > 0 ? "capacity" : "conflict";
    if (reason !== expected) violations.push(`${id} has reason ${reason}, expected ${expected}`);
  }

  let idleGaps = 0;
  for (const participant of event.participants) {
    const busyAt = event.slots.map((slot) => busy.has(`${participant.id}@${slot}`));
    const first = busyAt.indexOf(true);
    if (first !== -1) idleGaps += busyAt.slice(first, busyAt.lastIndexOf(true) + 1).filter((b) => !b).length;
  }
  const objective = { meetings: schedule.scheduled.length, mutual, idleGaps };
  if (schedule.upperBound < objective.meetings) violations.push(`upper bound ${schedule.upperBound} below ${objective.meetings}`);
  return { violations, objective };
}
