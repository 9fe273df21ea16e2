import type { ServiceStatus } from "@clusterwerk/scoring/domain";
import { and, count, eq } from "drizzle-orm";
import type { Database } from "../client";
import { serviceEnrolments, services } from "../schema";

/**
 * Days after enrolling in an active service that has no end date yet (a running consulting or information
 * service) after which the organisation has used it and may rate it. DOMAIN.md §3 says only "after use";
 * a service whose end date has passed may be rated at once.
 */
export const RATING_AFTER_DAYS = 14;

/** Today as `YYYY-MM-DD` (UTC), the form the date columns compare with. */
export function plainToday(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Whether an enrolment counts as used, so its organisation may rate the service (see `RATING_AFTER_DAYS`). */
export function isRatingOpen(service: { status: ServiceStatus; endsOn: string | null }, enrolledAt: Date, now: Date): boolean {
  if (service.endsOn !== null && service.endsOn < plainToday(now)) return true;
  return service.status === "active" && now.getTime() - enrolledAt.getTime() >= RATING_AFTER_DAYS * 86_400_000;
}

/** Whether a service takes enrolments: active or planned, and not over. */
function isOpenForEnrolment(service: { status: ServiceStatus; endsOn: string | null }, now: Date): boolean {
  return (service.status === "active" || service.status === "planned") && (service.endsOn === null || service.endsOn >= plainToday(now));
}

export type EnrolmentOutcome =
  { ok: true; enrolmentId: string } | { ok: false; reason: "notFound" | "notOpen" | "alreadyEnrolled" | "full" };

/**
 * Enrols an organisation in a service of the cluster. The service row is locked (`FOR UPDATE`) for the
 * count and the insert, so concurrent enrolments for the last place are serialised: one gets it, the
 * others find the service full. The unique (service, organisation) row makes a second enrolment a no-op.
 */
export async function enrolOrganisation(
  db: Database,
  params: { serviceId: string; clusterId: string; organisationId: string; userId: string; now?: Date },
): Promise<EnrolmentOutcome> {
  const now = params.now ?? new Date();
  return db.transaction(async (tx): Promise<EnrolmentOutcome> => {
    const [service] = await tx
      .select({ status: services.status, endsOn: services.endsOn, capacity: services.capacity })
      .from(services)
      .where(and(eq(services.id, params.serviceId), eq(services.clusterId, params.clusterId)))
      .for("update");
    if (!service) return { ok: false, reason: "notFound" };
    const [existing] = await tx
      .select({ id: serviceEnrolments.id })
      .from(serviceEnrolments)
      .where(and(eq(serviceEnrolments.serviceId, params.serviceId), eq(serviceEnrolments.organisationId, params.organisationId)));
    if (existing) return { ok: false, reason: "alreadyEnrolled" };
    if (!isOpenForEnrolment(service, now)) return { ok: false, reason: "notOpen" };
    if (service.capacity !== null) {
      const [taken] = await tx.select({ n: count() }).from(serviceEnrolments).where(eq(serviceEnrolments.serviceId, params.serviceId));
      if ((taken?.n ?? 0) >= service.capacity) return { ok: false, reason: "full" };
    }
    const [row] = await tx
      .insert(serviceEnrolments)
      .values({ serviceId: params.serviceId, organisationId: params.organisationId, enrolledBy: params.userId, enrolledAt: now })
      .onConflictDoNothing()
      .returning({ id: serviceEnrolments.id });
    return row ? { ok: true, enrolmentId: row.id } : { ok: false, reason: "alreadyEnrolled" };
  });
}

/** Withdraws an organisation's enrolment from a service of the cluster; false when there was none. */
export async function cancelEnrolment(db: Database, params: { serviceId: string; clusterId: string; organisationId: string }) {
  const owned = await db
    .select({ id: services.id })
    .from(services)
    .where(and(eq(services.id, params.serviceId), eq(services.clusterId, params.clusterId)));
  if (owned.length === 0) return false;
  const rows = await db
    .delete(serviceEnrolments)
    .where(and(eq(serviceEnrolments.serviceId, params.serviceId), eq(serviceEnrolments.organisationId, params.organisationId)))
    .returning({ id: serviceEnrolments.id });
  return rows.length > 0;
}

export type RatingOutcome = { ok: true } | { ok: false; reason: "notEnrolled" | "tooEarly" };

/** Rates a used service once per organisation; rating again replaces the rating and comment (editable). */
export async function rateService(
  db: Database,
  params: { serviceId: string; clusterId: string; organisationId: string; rating: number; comment: string | null; now?: Date },
): Promise<RatingOutcome> {
  const now = params.now ?? new Date();
  const [enrolment] = await db
    .select({ id: serviceEnrolments.id, enrolledAt: serviceEnrolments.enrolledAt, status: services.status, endsOn: services.endsOn })
    .from(serviceEnrolments)
    .innerJoin(services, eq(services.id, serviceEnrolments.serviceId))
    .where(
      and(
        eq(serviceEnrolments.serviceId, params.serviceId),
        eq(serviceEnrolments.organisationId, params.organisationId),
        eq(services.clusterId, params.clusterId),
      ),
    );
  if (!enrolment) return { ok: false, reason: "notEnrolled" };
  if (!isRatingOpen(enrolment, enrolment.enrolledAt, now)) return { ok: false, reason: "tooEarly" };
  await db
    .update(serviceEnrolments)
    .set({ rating: params.rating, ratingComment: params.comment, ratedAt: now })
    .where(eq(serviceEnrolments.id, enrolment.id));
  return { ok: true };
}
