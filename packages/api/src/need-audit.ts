import { type Database, recordAudit } from "@clusterwerk/db";

/** The audit log's entity name for needs; every change a person makes to the register is logged under it (DOMAIN.md §2). */
export const NEED_ENTITY = "need";

/** What happened to a need: registered (in the register or as a campaign answer), edited, withdrawn, or its status set by a manager. */
export type NeedAuditAction = "created" | "updated" | "withdrawn" | "statusSet";

/**
 * Logs a change of a need with who made it and in which cluster, like every other audited change. The
 * details name fields and statuses, never the texts (the register keeps those).
 */
export async function auditNeed(
  ctx: { db: Database; userId: string; clusterId: string },
  action: NeedAuditAction,
  needIds: readonly string[],
  details: Record<string, unknown>,
): Promise<void> {
  for (const needId of needIds) {
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: `need.${action}`,
      entity: NEED_ENTITY,
      entityId: needId,
      clusterId: ctx.clusterId,
      details,
    });
  }
}
