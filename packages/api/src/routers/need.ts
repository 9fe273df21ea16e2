import {
  changeNeed,
  type Database,
  type NeedChanges,
  clusterNeed,
  createNeeds,
  findClusterNeed,
  findVisibleNeed,
  listClusterNeeds,
  listVisibleNeeds,
  needCluster,
  needStatusHistory,
  ownNeed,
} from "@clusterwerk/db";
import {
  errorMessages,
  id,
  needFilters,
  needInput,
  needScopes,
  needSortKeys,
  needStatusInput,
  pagination,
  searchTerm,
  sortInput,
} from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { auditNeed } from "../need-audit";
import {
  clusterInsiderProcedure,
  createTRPCRouter,
  managerOfRecordProcedure,
  managerProcedure,
  memberInClusterProcedure,
  notFound,
} from "../trpc";

const listInput = z.object({ search: searchTerm, ...needFilters, ...pagination, ...sortInput(needSortKeys) });

export const needRouter = createTRPCRouter({
  /** Managers of the cluster: every need of the cluster (DOMAIN.md §2 register), with search, filters and sort. */
  register: managerProcedure.input(listInput).query(({ ctx, input }) => listClusterNeeds(ctx.db, { ...input, clusterId: ctx.clusterId })),

  /**
   * Contact persons of the organisation acting in the cluster: the needs they may read — their own and
   * those shared with them by visibility (§2); `scope` narrows to one of the two.
   */
  visible: memberInClusterProcedure
    .input(listInput.extend({ scope: z.enum(needScopes, "invalidChoice").optional() }))
    .query(({ ctx, input }) =>
      listVisibleNeeds(ctx.db, { ...input, viewer: { clusterId: ctx.clusterId, organisationId: ctx.organisationId } }),
    ),

  /**
   * Members and managers of the cluster: one need with its status history. Managers read every need of
   * their cluster; a contact person only a need visible to one of their organisations (else NOT_FOUND).
   * `editableBy` names the caller's organisation that owns it, if any.
   */
  get: clusterInsiderProcedure.input(z.object({ needId: id })).query(async ({ ctx, input }) => {
    const isManager = ctx.roles.some((role) => role.kind === "manager" && role.clusterId === ctx.clusterId);
    const organisationIds = ctx.roles.flatMap((role) =>
      role.kind === "member" && role.clusterId === ctx.clusterId ? [role.organisationId] : [],
    );
    let need = isManager ? await findClusterNeed(ctx.db, { needId: input.needId, clusterId: ctx.clusterId }) : null;
    for (const organisationId of organisationIds) {
      need ??= await findVisibleNeed(ctx.db, { needId: input.needId, viewer: { clusterId: ctx.clusterId, organisationId } });
    }
    if (!need) throw notFound();
    const history = await needStatusHistory(ctx.db, need.id);
    const owner = need.clusterId === ctx.clusterId && organisationIds.includes(need.organisationId) ? need.organisationId : null;
    return { need, history, isManager, editableBy: owner };
  }),

  /** Contact persons of the organisation acting in the cluster: register a need of their organisation (audited). */
  create: memberInClusterProcedure.input(needInput).mutation(async ({ ctx, input }) => {
    const [needId] = await createNeeds(ctx.db, [{ ...input, clusterId: ctx.clusterId, organisationId: ctx.organisationId }], ctx.userId);
    if (!needId) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: errorMessages.internal });
    await auditNeed(ctx, "created", [needId], { organisationId: ctx.organisationId, category: input.category, status: input.status });
    return { id: needId };
  }),

  /** Contact persons of the organisation acting in the cluster: edit one of its needs there (not once withdrawn; audited). */
  update: memberInClusterProcedure.input(needInput.extend({ needId: id })).mutation(async ({ ctx, input }) => {
    const { needId, ...changes } = input;
    return changeOwnNeed(ctx, needId, changes, "updated");
  }),

  /** Contact persons of the organisation acting in the cluster: withdraw one of its needs (kept, with its history; audited). */
  withdraw: memberInClusterProcedure
    .input(z.object({ needId: id }))
    .mutation(({ ctx, input }) => changeOwnNeed(ctx, input.needId, { status: "withdrawn" }, "withdrawn")),

  /** Managers of the need's cluster: set its status (e.g. in progress, addressed); the history and the audit log record it. */
  setStatus: managerOfRecordProcedure("needId", needCluster)
    .input(z.object({ status: needStatusInput }))
    .mutation(async ({ ctx, input }) => {
      const changed = await changeNeed(ctx.db, {
        needId: input.needId,
        where: clusterNeed(ctx.clusterId),
        changes: { status: input.status },
        changedBy: ctx.userId,
      });
      if (!changed) throw notFound();
      await auditNeed(ctx, "statusSet", [changed.id], { from: changed.fromStatus, to: changed.status });
      return changed;
    }),
});

type OwnNeedContext = { db: Database; userId: string; clusterId: string; organisationId: string };

/**
 * Changes a need of the caller's organisation in the acting cluster and audits it with the changed fields:
 * another's is NOT_FOUND, a withdrawn one refused.
 */
async function changeOwnNeed(ctx: OwnNeedContext, needId: string, changes: NeedChanges, action: "updated" | "withdrawn") {
  const where = ownNeed({ clusterId: ctx.clusterId, organisationId: ctx.organisationId });
  const changed = await changeNeed(ctx.db, { needId, where, changes, changedBy: ctx.userId, unlessWithdrawn: true });
  if (changed) {
    await auditNeed(ctx, action, [changed.id], { changed: changed.changed, from: changed.fromStatus, to: changed.status });
    return changed;
  }
  const exists = await findVisibleNeed(ctx.db, { needId, viewer: { clusterId: ctx.clusterId, organisationId: ctx.organisationId } });
  if (exists?.organisationId === ctx.organisationId && exists.status === "withdrawn") {
    throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.needWithdrawn });
  }
  throw notFound();
}
