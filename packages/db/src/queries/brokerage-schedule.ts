import type { BrokerageEvent, MeetingSchedule } from "@clusterwerk/scoring/scheduling";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { brokerageMeetings, brokerageRuns, brokerageWithdrawals } from "../schema";
import {
  availableSlots,
  type BrokerageSessionRow,
  listAvailability,
  listBrokerageParticipants,
  type SessionSlot,
  sessionSlots,
} from "./brokerage-sessions";

type MeetingRow = typeof brokerageMeetings.$inferSelect;

/**
 * The engine's input for a session (SCORING-CLI.md `schedule`): slots by number, seated participants with
 * their available slots, every meeting whose two people still hold a seat, locks as their slot. Meetings
 * of someone who gave up their seat are returned apart (`dropped`): the run takes them off the schedule.
 */
export async function loadScheduleInput(db: Database, session: BrokerageSessionRow) {
  const slots = sessionSlots(session);
  const [participants, windows, meetings] = await Promise.all([
    listBrokerageParticipants(db, session.eventId),
    listAvailability(db, session.id),
    db.select().from(brokerageMeetings).where(eq(brokerageMeetings.sessionId, session.id)).orderBy(asc(brokerageMeetings.id)),
  ]);
  const seated = new Set(participants.map((p) => p.registrationId));
  const kept = meetings.filter((m) => seated.has(m.aRegistrationId) && seated.has(m.bRegistrationId));
  const event: BrokerageEvent = {
    slots: slots.map((slot) => String(slot.index)),
    tables: session.tables,
    participants: participants.map((p) => ({
      id: p.registrationId,
      available: availableSlots(slots, windows.get(p.registrationId)).map(String),
    })),
    meetings: kept.map((m) => ({
      id: m.id,
      a: m.aRegistrationId,
      b: m.bRegistrationId,
      mutual: m.mutual,
      locked: m.locked && m.slot !== null ? String(m.slot) : null,
    })),
  };
  return { event, meetings, dropped: meetings.filter((m) => !kept.includes(m)) };
}

/** Rows per bulk statement; keeps the parameter count far below PostgreSQL's limit. */
const CHUNK = 500;

/**
 * Stores a run's result: every meeting gets its slot and table or its reason, in two statements per
 * chunk (first clear the unlocked places, then set the new ones, so the unique table-per-slot index never
 * sees two meetings at one table midway). SEQUENCE rises only where the place changed. Adds the run record.
 */
export async function saveScheduleRun(
  db: Database,
  params: {
    session: BrokerageSessionRow;
    meetings: readonly MeetingRow[];
    dropped: readonly MeetingRow[];
    result: MeetingSchedule;
    ranBy: string;
    durationMs: number;
    now?: Date;
  },
) {
  const now = params.now ?? new Date();
  const place = keepLockedTables(params.result, params.meetings);
  const reason = new Map(params.result.unscheduled.map((u) => [u.meeting, u.reason]));
  const updates = params.meetings.map((m) => {
    const next = place.get(m.id) ?? null;
    const moved = (next?.slot ?? null) !== m.slot || (next?.table ?? null) !== m.tableNumber;
    const times = slotTimes(params.session, next?.slot ?? null);
    return {
      id: m.id,
      slot: next?.slot ?? null,
      table: next?.table ?? null,
      reason: reason.get(m.id) ?? null,
      bump: moved ? 1 : 0,
      startsAt: times?.startsAt ?? null,
      endsAt: times?.endsAt ?? null,
    };
  });
  return db.transaction(async (tx) => {
    await tx
      .update(brokerageMeetings)
      .set({ slot: null, tableNumber: null, locked: false })
      .where(and(eq(brokerageMeetings.sessionId, params.session.id), eq(brokerageMeetings.locked, false)));
    if (params.dropped.length > 0) {
      // A dropped meeting that had a place leaves the calendars as cancelled (a new SEQUENCE, its last times kept).
      const hadPlace = params.dropped.filter((m) => m.slot !== null).map((m) => m.id);
      await tx
        .update(brokerageMeetings)
        .set({ slot: null, tableNumber: null, locked: false })
        .where(
          inArray(
            brokerageMeetings.id,
            params.dropped.map((m) => m.id),
          ),
        );
      if (hadPlace.length > 0) {
        await tx
          .update(brokerageMeetings)
          .set({ sequence: sql`${brokerageMeetings.sequence} + 1`, updatedAt: now })
          .where(inArray(brokerageMeetings.id, hadPlace));
      }
    }
    for (let start = 0; start < updates.length; start += CHUNK) {
      const values = updates
        .slice(start, start + CHUNK)
        .map(
          (u) =>
            sql`(${u.id}::uuid, ${u.slot}::int, ${u.table}::int, ${u.reason}::unplaced_reason, ${u.bump}::int, ${u.startsAt}::timestamptz, ${u.endsAt}::timestamptz)`,
        );
      await tx.execute(sql`
        update ${brokerageMeetings} as m
        set slot = v.slot, table_number = v.tbl, reason = v.reason, sequence = m.sequence + v.bump,
            updated_at = case when v.bump = 1 then ${now} else m.updated_at end,
            last_starts_at = coalesce(v.starts, m.last_starts_at), last_ends_at = coalesce(v.ends, m.last_ends_at)
        from (values ${sql.join(values, sql`, `)}) as v(id, slot, tbl, reason, bump, starts, ends)
        where m.id = v.id`);
    }
    const [run] = await tx
      .insert(brokerageRuns)
      .values({
        sessionId: params.session.id,
        ranAt: now,
        ranBy: params.ranBy,
        placed: params.result.scheduled.length,
        unplaced: params.result.unscheduled.length,
        upperBound: params.result.upperBound,
        method: params.result.method,
        durationMs: params.durationMs,
      })
      .returning();
    if (!run) throw new Error("run insert returned nothing");
    return run;
  });
}

/**
 * The engine keeps a locked meeting's slot (SCORING-CLI.md locks name a slot only); the organiser may
 * also have chosen its table. Tables are interchangeable within a slot, so locked meetings get their
 * table back and the others take the remaining tables in the engine's order.
 */
function keepLockedTables(result: MeetingSchedule, meetings: readonly MeetingRow[]): Map<string, { slot: number; table: number }> {
  const lockedTable = new Map(meetings.filter((m) => m.locked && m.tableNumber !== null).map((m) => [m.id, m.tableNumber ?? 0]));
  const bySlot = new Map<number, string[]>();
  for (const s of result.scheduled) bySlot.set(Number(s.slot), [...(bySlot.get(Number(s.slot)) ?? []), s.meeting]);
  const place = new Map<string, { slot: number; table: number }>();
  for (const [slot, ids] of bySlot) {
    const taken = new Set(ids.flatMap((id) => lockedTable.get(id) ?? []));
    let next = 1;
    for (const id of ids) {
      let table = lockedTable.get(id);
      if (table === undefined) {
        while (taken.has(next)) next += 1;
        table = next;
        next += 1;
      }
      place.set(id, { slot, table });
    }
  }
  return place;
}

export type LockResult =
  { ok: true } | { ok: false; reason: "notFound" | "unknownSlot" | "unavailable" | "participantLocked" | "tableTaken" | "tablesFull" };

/**
 * Pins a meeting to a slot (and a table, when given) so re-runs keep it there (DOMAIN.md §5.5). Refused
 * when either person is not available then, when either already has another locked meeting in that slot
 * or the table holds another locked meeting, or when locks fill every table of the slot; a meeting called
 * off by a withdrawal is not found. Unlocked
 * meetings in the way lose their place until the next run.
 */
export async function lockMeeting(
  db: Database,
  params: { session: BrokerageSessionRow; meetingId: string; slot: number; table: number | null; now?: Date },
): Promise<LockResult> {
  const now = params.now ?? new Date();
  const { session } = params;
  const slots = sessionSlots(session);
  if (!slots.some((s) => s.index === params.slot) || (params.table !== null && params.table > session.tables)) {
    return { ok: false, reason: "unknownSlot" };
  }
  return db.transaction(async (tx) => {
    const [meeting] = await tx
      .select()
      .from(brokerageMeetings)
      .where(and(eq(brokerageMeetings.id, params.meetingId), eq(brokerageMeetings.sessionId, session.id)))
      .limit(1);
    if (!meeting) return { ok: false, reason: "notFound" };
    const people = [meeting.aRegistrationId, meeting.bRegistrationId];
    // A meeting called off by a withdrawal (DOMAIN.md §5.5) is no longer the organiser's to place.
    const withdrawn = await tx
      .select({ id: brokerageWithdrawals.registrationId })
      .from(brokerageWithdrawals)
      .where(inArray(brokerageWithdrawals.registrationId, people));
    if (withdrawn.length > 0) return { ok: false, reason: "notFound" };
    const windows = await listAvailability(tx, session.id, people);
    if (people.some((p) => !availableSlots(slots, windows.get(p)).includes(params.slot))) return { ok: false, reason: "unavailable" };
    const inSlot = (
      await tx
        .select()
        .from(brokerageMeetings)
        .where(and(eq(brokerageMeetings.sessionId, session.id), eq(brokerageMeetings.slot, params.slot)))
    ).filter((m) => m.id !== meeting.id);
    const locks = inSlot.filter((m) => m.locked);
    if (locks.some((m) => people.includes(m.aRegistrationId) || people.includes(m.bRegistrationId))) {
      return { ok: false, reason: "participantLocked" };
    }
    if (params.table !== null && locks.some((m) => m.tableNumber === params.table)) return { ok: false, reason: "tableTaken" };
    if (locks.length >= session.tables) return { ok: false, reason: "tablesFull" };
    const lockedTables = new Set(locks.map((m) => m.tableNumber));
    const table = params.table ?? firstFree(session.tables, lockedTables, meeting.slot === params.slot ? meeting.tableNumber : null);
    const inTheWay = inSlot.filter(
      (m) => !m.locked && (m.tableNumber === table || people.includes(m.aRegistrationId) || people.includes(m.bRegistrationId)),
    );
    if (inTheWay.length > 0) {
      await tx
        .update(brokerageMeetings)
        .set({ slot: null, tableNumber: null, reason: null, sequence: sql`${brokerageMeetings.sequence} + 1`, updatedAt: now })
        .where(
          inArray(
            brokerageMeetings.id,
            inTheWay.map((m) => m.id),
          ),
        );
    }
    const moved = meeting.slot !== params.slot || meeting.tableNumber !== table;
    const times = slotTimes(session, params.slot);
    await tx
      .update(brokerageMeetings)
      .set({
        slot: params.slot,
        tableNumber: table,
        locked: true,
        reason: null,
        lastStartsAt: times?.startsAt ?? null,
        lastEndsAt: times?.endsAt ?? null,
        sequence: meeting.sequence + (moved ? 1 : 0),
        updatedAt: now,
      })
      .where(eq(brokerageMeetings.id, meeting.id));
    return { ok: true };
  });
}

/** The meeting's own table when it stays in its slot, else the lowest table no lock holds. */
function firstFree(tables: number, locked: ReadonlySet<number | null>, current: number | null): number {
  if (current !== null && !locked.has(current)) return current;
  for (let table = 1; table <= tables; table++) if (!locked.has(table)) return table;
  throw new Error("no free table although locks do not fill the slot");
}

/** Releases a lock; the meeting keeps its place until the next run moves it. False when not the session's. */
export async function unlockMeeting(db: Database, params: { sessionId: string; meetingId: string }): Promise<boolean> {
  const rows = await db
    .update(brokerageMeetings)
    .set({ locked: false })
    .where(and(eq(brokerageMeetings.id, params.meetingId), eq(brokerageMeetings.sessionId, params.sessionId)))
    .returning({ id: brokerageMeetings.id });
  return rows.length > 0;
}

/** Start and end of a slot of the session; null for a slot the grid no longer has. */
export function slotTimes(session: BrokerageSessionRow, slot: number | null): SessionSlot | null {
  if (slot === null) return null;
  return sessionSlots(session).find((s) => s.index === slot) ?? null;
}
