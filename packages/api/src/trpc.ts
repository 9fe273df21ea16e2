import {
  type Database,
  isDatabaseUnavailable,
  isSessionValid,
  loadRoleAssignments,
  type RoleAssignment,
  type SessionRef,
} from "@clusterwerk/db";
import { errorMessages, type ErrorMessage } from "@clusterwerk/validators";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z } from "zod";
import { type Defer, runInBackground } from "./background";
import { formatError } from "./error-formatter";

export interface CreateContextOptions {
  db: Database;
  /** The session named by the request's token, not yet checked; null for a guest. */
  session: SessionRef | null;
  /** Client address for rate limits, when known. */
  ip: string | null;
  /** Runs work after the answer (mail of a reset link, notices); default: the process's tracked background tasks. */
  defer?: Defer;
}

/** Who is calling: the signed-in user and their current roles (what `account.me` tells the portal). */
export interface Viewer {
  userId: string;
  roles: RoleAssignment[];
}

/** The viewer and the session row they call in (a password change keeps that session, ends the others). */
interface SessionViewer extends Viewer {
  sessionId: string;
}

/**
 * Per-request context. The viewer is resolved lazily and once per request: the token's session must still
 * hold (its row exists, has not expired, the account is not disabled) and the roles are read fresh, never
 * from the token, so an ended session or a revoked role takes effect on the next request.
 */
export function createContext({ db, session, ip, defer = runInBackground }: CreateContextOptions) {
  let viewer: Promise<SessionViewer | null> | undefined;
  return { db, ip, defer, loadViewer: (): Promise<SessionViewer | null> => (viewer ??= resolveViewer(db, session)) };
}

async function resolveViewer(db: Database, session: SessionRef | null): Promise<SessionViewer | null> {
  if (!session) return null;
  // Both reads at once; an ended session's roles are simply dropped.
  const [valid, roles] = await Promise.all([isSessionValid(db, session), loadRoleAssignments(db, session.userId)]);
  return valid ? { userId: session.userId, sessionId: session.sessionId, roles } : null;
}
export type Context = ReturnType<typeof createContext>;

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter: (options) => formatError(options),
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Under every procedure: while the database is unreachable (a restart, docs/ARCHITECTURE.md "Faults") the
 * request fails at once with 503 and a message the portal translates, rather than as an internal error;
 * the pool reconnects by itself, so the same request succeeds again seconds later.
 */
const databaseAvailability = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isDatabaseUnavailable(result.error)) {
    throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: errorMessages.databaseUnavailable, cause: result.error });
  }
  return result;
});

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.use(databaseAvailability);

/** Any signed-in user. */
export const protectedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const viewer = await ctx.loadViewer();
  if (!viewer) throw new TRPCError({ code: "UNAUTHORIZED", message: errorMessages.signInRequired });
  return next({ ctx: { ...ctx, userId: viewer.userId, sessionId: viewer.sessionId, roles: viewer.roles } });
});

const forbidden = () => new TRPCError({ code: "FORBIDDEN", message: errorMessages.forbidden });
/** Another tenant's resource: its existence is not revealed. */
export const notFound = (what: ErrorMessage = errorMessages.notFound) => new TRPCError({ code: "NOT_FOUND", message: what });

/** Platform admins only. */
export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (!ctx.roles.some((role) => role.kind === "admin")) throw forbidden();
  return next();
});

/** Platform assessors (benchmarking review and label staff, DOMAIN.md §6); platform-wide, no tenant. */
export const assessorProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (!ctx.roles.some((role) => role.kind === "assessor")) throw forbidden();
  return next();
});

/** Label staff: platform assessors and admins (the reference database of DOMAIN.md §6.2, its CSV import). */
export const labelStaffProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (!ctx.roles.some((role) => role.kind === "assessor" || role.kind === "admin")) throw forbidden();
  return next();
});

const uuidInput = z.string().uuid("invalidId");

type TenantKind = "member" | "manager";
type TenantRole = Extract<RoleAssignment, { kind: TenantKind }>;

/** The caller's cluster-scoped roles of `kinds`; FORBIDDEN when they hold none anywhere. */
function heldRoles(roles: readonly RoleAssignment[], kinds: readonly TenantKind[]): TenantRole[] {
  const held = roles.filter((role): role is TenantRole => (role.kind === "member" || role.kind === "manager") && kinds.includes(role.kind));
  if (held.length === 0) throw forbidden();
  return held;
}

/** The id of the tenant a role acts for: its cluster, or (member roles only) its organisation. */
function tenantOf(role: TenantRole, scope: "clusterId" | "organisationId"): string | undefined {
  if (scope === "clusterId") return role.clusterId;
  return role.kind === "member" ? role.organisationId : undefined;
}

/**
 * A procedure scoped to one tenant resource named in the input (`clusterId` or `organisationId`): a
 * caller holding none of `kinds` anywhere gets FORBIDDEN; one holding them only for other resources
 * gets NOT_FOUND, so another tenant's resource is not revealed.
 */
function scopedProcedure<K extends "clusterId" | "organisationId">(options: {
  key: K;
  kinds: readonly TenantKind[];
  notFoundMessage: ErrorMessage;
}) {
  return protectedProcedure.input(z.object({ [options.key]: uuidInput } as Record<K, typeof uuidInput>)).use(({ ctx, input, next }) => {
    const id = (input as Record<K, string>)[options.key];
    const held = heldRoles(ctx.roles, options.kinds);
    if (!held.some((role) => tenantOf(role, options.key) === id)) throw notFound(options.notFoundMessage);
    return next({ ctx: { [options.key]: id } as Record<K, string> });
  });
}

/** Managers of the cluster named by `clusterId` in the input. */
export const managerProcedure = scopedProcedure({
  key: "clusterId",
  kinds: ["manager"],
  notFoundMessage: errorMessages.clusterNotFound,
});

/** Members or managers of the cluster named by `clusterId`: who may see its internal data (directory). */
export const clusterInsiderProcedure = scopedProcedure({
  key: "clusterId",
  kinds: ["member", "manager"],
  notFoundMessage: errorMessages.clusterNotFound,
});

/** Contact persons of the organisation named by `organisationId`, in any of its clusters. */
export const memberProcedure = scopedProcedure({
  key: "organisationId",
  kinds: ["member"],
  notFoundMessage: errorMessages.organisationNotFound,
});

/** Contact persons of organisation `organisationId` acting in cluster `clusterId`: the member role for exactly that pair. */
export const memberInClusterProcedure = protectedProcedure
  .input(z.object({ clusterId: uuidInput, organisationId: uuidInput }))
  .use(({ ctx, input, next }) => {
    const held = heldRoles(ctx.roles, ["member"]);
    if (!held.some((role) => role.clusterId === input.clusterId && tenantOf(role, "organisationId") === input.organisationId))
      throw notFound(errorMessages.organisationNotFound);
    return next({ ctx: { clusterId: input.clusterId, organisationId: input.organisationId } });
  });

/** Loads the id of the tenant (cluster or organisation) that owns a record; null when there is no such record. */
export type OwnerLoader = (db: Database, id: string) => Promise<string | null>;

/**
 * A procedure on one record named by `key` in the input and owned by a tenant that `owner` loads: a caller
 * with no role of `kind` anywhere (and, when `admin` is set, not the platform admin) gets FORBIDDEN; a
 * missing record or another tenant's gets NOT_FOUND. The context carries the owner's id and whether the
 * admin acts.
 */
function recordProcedure<K extends string>(
  key: K,
  owner: OwnerLoader,
  rule: { kind: TenantKind; scope: "clusterId" | "organisationId"; admin: boolean },
) {
  return protectedProcedure.input(z.object({ [key]: uuidInput } as Record<K, typeof uuidInput>)).use(async ({ ctx, input, next }) => {
    const asAdmin = rule.admin && ctx.roles.some((role) => role.kind === "admin");
    const held = asAdmin ? [] : heldRoles(ctx.roles, [rule.kind]);
    const ownerId = await owner(ctx.db, (input as Record<K, string>)[key]);
    if (!ownerId || (!asAdmin && !held.some((role) => tenantOf(role, rule.scope) === ownerId))) throw notFound();
    return next({ ctx: { ownerId, asAdmin } });
  });
}

/** Managers of the cluster that owns the record named by `key` (e.g. `invitationId`); `owner` loads that cluster's id. */
export function managerOfRecordProcedure<K extends string>(key: K, owner: OwnerLoader) {
  return recordProcedure(key, owner, { kind: "manager", scope: "clusterId", admin: false }).use(({ ctx, next }) =>
    next({ ctx: { clusterId: ctx.ownerId } }),
  );
}

/** Contact persons of the organisation that owns the record named by `key`, or the platform admin; `owner` loads the organisation's id. */
export function contactPersonOfRecordProcedure<K extends string>(key: K, owner: OwnerLoader) {
  return recordProcedure(key, owner, { kind: "member", scope: "organisationId", admin: true }).use(({ ctx, next }) =>
    next({ ctx: { organisationId: ctx.ownerId } }),
  );
}

/**
 * Managers of the cluster that owns the record named by `key`, or platform assessors (who review every
 * cluster's benchmarkings, DOMAIN.md §6); `owner` loads the cluster's id. A caller with neither role gets
 * FORBIDDEN (a member, say); a missing record or another cluster's, for a manager, NOT_FOUND.
 */
export function managerOrAssessorOfRecordProcedure<K extends string>(key: K, owner: OwnerLoader) {
  return protectedProcedure.input(z.object({ [key]: uuidInput } as Record<K, typeof uuidInput>)).use(async ({ ctx, input, next }) => {
    const assessor = ctx.roles.some((role) => role.kind === "assessor");
    const managed = assessor ? [] : heldRoles(ctx.roles, ["manager"]);
    const clusterId = await owner(ctx.db, (input as Record<K, string>)[key]);
    if (!clusterId || (!assessor && !managed.some((role) => role.clusterId === clusterId))) throw notFound();
    return next({ ctx: { clusterId } });
  });
}
