import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { brokerageMeetings, brokerageRequests, brokerageWithdrawals, eventRegistrations, users } from "../schema";

export type WithdrawResult = { ok: true; counterparts: string[] } | { ok: false; reason: "alreadyWithdrawn" };

/**
 * A participant withdraws from the brokerage day (DOMAIN.md §5.5), all or nothing: their pending requests
 * (sent and received) become withdrawn, and every meeting of theirs loses its place and lock. A meeting
 * that had a place gets a new SEQUENCE and keeps its last times, so both calendars show it cancelled in
 * place. Returns the registrations of the people affected (a meeting or a pending request with them).
 */
export async function withdrawFromBrokerage(
  db: Database,
  params: { sessionId: string; registrationId: string; now?: Date },
): Promise<WithdrawResult> {
  const now = params.now ?? new Date();
  const mine = params.registrationId;
  return db.transaction(async (tx) => {
    const [withdrawal] = await tx
      .insert(brokerageWithdrawals)
      .values({ registrationId: mine, sessionId: params.sessionId, withdrawnAt: now })
      .onConflictDoNothing()
      .returning({ registrationId: brokerageWithdrawals.registrationId });
    if (!withdrawal) return { ok: false, reason: "alreadyWithdrawn" };
    const requests = await tx
      .update(brokerageRequests)
      .set({ status: "withdrawn", respondedAt: now })
      .where(
        and(
          eq(brokerageRequests.sessionId, params.sessionId),
          or(eq(brokerageRequests.fromRegistrationId, mine), eq(brokerageRequests.toRegistrationId, mine)),
          eq(brokerageRequests.status, "pending"),
        ),
      )
      .returning({ from: brokerageRequests.fromRegistrationId, to: brokerageRequests.toRegistrationId });
    const m = brokerageMeetings;
    const meetings = await tx
      .update(m)
      .set({
        slot: null,
        tableNumber: null,
        locked: false,
        reason: null,
        sequence: sql`${m.sequence} + case when ${m.slot} is null then 0 else 1 end`,
        updatedAt: sql`case when ${m.slot} is null then ${m.updatedAt} else ${now}::timestamptz end`,
      })
      .where(and(eq(m.sessionId, params.sessionId), or(eq(m.aRegistrationId, mine), eq(m.bRegistrationId, mine))))
      .returning({ a: m.aRegistrationId, b: m.bRegistrationId });
    const others = [...requests.map((r) => [r.from, r.to]), ...meetings.map((row) => [row.a, row.b])].flat().filter((id) => id !== mine);
    return { ok: true, counterparts: [...new Set(others)] };
  });
}

/** When the person withdrew from the session's brokerage day; null when they did not (or hold no seat). */
export async function findBrokerageWithdrawal(db: Database, params: { sessionId: string; userId: string }): Promise<Date | null> {
  const [row] = await db
    .select({ withdrawnAt: brokerageWithdrawals.withdrawnAt })
    .from(brokerageWithdrawals)
    .innerJoin(eventRegistrations, eq(eventRegistrations.id, brokerageWithdrawals.registrationId))
    .where(and(eq(brokerageWithdrawals.sessionId, params.sessionId), eq(eventRegistrations.userId, params.userId)))
    .limit(1);
  return row?.withdrawnAt ?? null;
}

/** The people behind registrations, for notices by portal and mail (active accounts only). */
export async function registrationPeople(db: Database, registrationIds: readonly string[]) {
  if (registrationIds.length === 0) return [];
  return db
    .selectDistinct({ userId: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(eventRegistrations)
    .innerJoin(users, eq(users.id, eventRegistrations.userId))
    .where(and(inArray(eventRegistrations.id, [...registrationIds]), isNull(users.disabledAt)));
}
