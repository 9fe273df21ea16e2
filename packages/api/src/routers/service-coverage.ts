import { publicLink, sendMail } from "@clusterwerk/auth/mail";
import {
  clusterContactPersons,
  type CoverageNeed,
  type CoverageService,
  findClusterById,
  listServiceInvitations,
  loadCoverageRows,
  recordAudit,
  recordServiceInvitations,
  serviceCluster,
} from "@clusterwerk/db";
import { coverage, serviceInvitees } from "@clusterwerk/scoring/needs";
import { errorMessages } from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { managerOfRecordProcedure, managerProcedure } from "../trpc";

/** Services one invites members to: those that are or will be offered (an idea or a retired service has nothing to enrol in). */
const invitableStatuses: readonly CoverageService["status"][] = ["planned", "active"];

/** Per service, the organisations whose open needs it addresses (§3), with names, needs and whether they were invited. */
function inviteesByService(needs: CoverageNeed[], services: CoverageService[], invited: { serviceId: string; organisationId: string }[]) {
  const needById = new Map(needs.map((need) => [need.id, need]));
  const invitedKeys = new Set(invited.map((row) => `${row.serviceId}:${row.organisationId}`));
  const lists = serviceInvitees(needs, services);
  return services.map((service, index) => {
    const organisations = (lists[index]?.organisations ?? []).map((entry) => {
      const needsOf = entry.needIds.flatMap((needId) => needById.get(needId) ?? []);
      return {
        organisationId: entry.organisationId,
        organisationName: needsOf[0]?.organisationName ?? "",
        needs: needsOf.map((need) => ({ id: need.id, title: need.title, importance: need.importance })),
        invited: invitedKeys.has(`${service.id}:${entry.organisationId}`),
      };
    });
    return {
      id: service.id,
      title: service.title,
      status: service.status,
      invitable: invitableStatuses.includes(service.status),
      organisations,
    };
  });
}

/** Coverage and invitations (DOMAIN.md §3), spread into the service router. */
export const serviceCoverageProcedures = {
  /**
   * Managers of the cluster: coverage overall and per need category (demand, supply, gap; active and
   * planned services cover), and per service that is not retired the organisations to invite.
   */
  coverage: managerProcedure.query(async ({ ctx }) => {
    const [rows, invited] = await Promise.all([
      loadCoverageRows(ctx.db, { clusterId: ctx.clusterId }),
      listServiceInvitations(ctx.db, { clusterId: ctx.clusterId }),
    ]);
    const figures = coverage(rows.needs, rows.services);
    const current = rows.services.filter((service) => service.status !== "retired");
    return { ...figures, services: inviteesByService(rows.needs, current, invited) };
  }),

  /**
   * Managers of the service's cluster: invite every organisation whose open needs the planned or active
   * service addresses, by mail to its contact persons in this cluster; organisations invited before are
   * not invited again. Answers how many were invited now and how many had been before.
   */
  invite: managerOfRecordProcedure("serviceId", serviceCluster).mutation(async ({ ctx, input }) => {
    const rows = await loadCoverageRows(ctx.db, { clusterId: ctx.clusterId });
    const service = rows.services.find((row) => row.id === input.serviceId);
    if (!service) throw new TRPCError({ code: "NOT_FOUND", message: errorMessages.serviceNotFound });
    if (!invitableStatuses.includes(service.status)) throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.serviceNotOpen });
    const matching = serviceInvitees(rows.needs, [service])[0]?.organisations.map((entry) => entry.organisationId) ?? [];
    const invitedNow = await recordServiceInvitations(ctx.db, { serviceId: service.id, organisationIds: matching, invitedBy: ctx.userId });
    const [cluster, recipients] = await Promise.all([
      findClusterById(ctx.db, ctx.clusterId),
      clusterContactPersons(ctx.db, { clusterId: ctx.clusterId, organisationIds: invitedNow }),
    ]);
    const link = publicLink(`/c/${cluster?.slug ?? ""}/services`);
    for (const recipient of recipients) {
      await sendMail(ctx.db, {
        to: recipient.email,
        subject: `${cluster?.name ?? "Clusterwerk"}: ${service.title}`,
        text:
          `Ein Angebot zu Ihrem gemeldeten Bedarf / a service for the needs you registered: ${service.title}\n` +
          `Zum Angebot und zur Anmeldung / see it and enrol:\n${link}`,
      });
    }
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: "service.invited",
      entity: "service",
      entityId: service.id,
      clusterId: ctx.clusterId,
      details: { invited: invitedNow.length, mails: recipients.length },
    });
    return { invited: invitedNow.length, alreadyInvited: matching.length - invitedNow.length, mails: recipients.length };
  }),
};
