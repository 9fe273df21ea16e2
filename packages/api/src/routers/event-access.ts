import { eventCluster } from "@clusterwerk/db";
import { errorMessages } from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { notFound, protectedProcedure } from "../trpc";

const eventIdInput = z.object({ eventId: z.string().uuid("invalidId") });

/**
 * A procedure on one event named by `eventId`, for people of the event's cluster holding one of `kinds`:
 * a caller with none of them anywhere gets FORBIDDEN; an unknown event or another cluster's NOT_FOUND.
 * The context carries the cluster, whether the caller manages it, and (member roles) the organisations
 * the caller acts for in it.
 */
function eventProcedure(kinds: readonly ("member" | "manager")[]) {
  return protectedProcedure.input(eventIdInput).use(async ({ ctx, input, next }) => {
    const held = ctx.roles.filter((role) => (role.kind === "member" || role.kind === "manager") && kinds.includes(role.kind));
    if (held.length === 0) throw new TRPCError({ code: "FORBIDDEN", message: errorMessages.forbidden });
    const clusterId = await eventCluster(ctx.db, input.eventId);
    const inCluster = held.filter((role) => "clusterId" in role && role.clusterId === clusterId);
    if (!clusterId || inCluster.length === 0) throw notFound();
    return next({
      ctx: {
        clusterId,
        managesCluster: inCluster.some((role) => role.kind === "manager"),
        organisationIds: inCluster.flatMap((role) => (role.kind === "member" ? [role.organisationId] : [])),
      },
    });
  });
}

/** Members and managers of the event's cluster (DOMAIN.md §4: the cluster's people see its events). */
export const eventInsiderProcedure = eventProcedure(["member", "manager"]);

/** Contact persons of a member organisation of the event's cluster: they register, for their organisation. */
export const eventMemberProcedure = eventProcedure(["member"]);
