import type { Database } from "../client";
import { auditLog } from "../schema";

export interface AuditEntry {
  actorUserId: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  clusterId?: string | null;
  details?: Record<string, unknown>;
}

/** Appends one sensitive action to the audit log. */
export async function recordAudit(db: Database, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorUserId: entry.actorUserId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    clusterId: entry.clusterId ?? null,
    details: entry.details ?? null,
  });
}
