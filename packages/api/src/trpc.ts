import { type Database, loadRoleAssignments, type RoleAssignment } from "@clusterwerk/db";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";

export interface CreateContextOptions {
  db: Database;
  /** The signed-in user's id from the session token, or null. */
  userId: string | null;
  /** Client address for rate limits, when known. */
  ip: string | null;
}

/** Per-request context; role assignments are loaded lazily once per request (never from the token). */
export function createContext(options: CreateContextOptions) {
  let roles: Promise<RoleAssignment[]> | undefined;
  return {
    ...options,
    loadRoles: (): Promise<RoleAssignment[]> => {
      if (!options.userId) return Promise.resolve([]);
      roles ??= loadRoleAssignments(options.db, options.userId);
      return roles;
    },
  };
}
export type Context = ReturnType<typeof createContext>;

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter: ({ shape, error }) => ({
    ...shape,
    data: {
      ...shape.data,
      // Field errors as message keys by field path, for forms to show on the field.
      fieldErrors: error.cause instanceof ZodError ? z.flattenError(error.cause).fieldErrors : null,
    },
  }),
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure;

/** Any signed-in user. */
export const protectedProcedure = t.procedure.use(async ({ ctx, next }) => {
  if (!ctx.userId) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  const roles = await ctx.loadRoles();
  return next({ ctx: { ...ctx, userId: ctx.userId, roles } });
});

const forbidden = (role: string) => new TRPCError({ code: "FORBIDDEN", message: `This needs the ${role} role.` });
/** Another tenant's resource: its existence is not revealed. */
export const notFound = (what = "Not found.") => new TRPCError({ code: "NOT_FOUND", message: what });

/** Platform admins only. */
export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (!ctx.roles.some((role) => role.kind === "admin")) throw forbidden("admin");
  return next();
});

/** Assessors (label staff) only. */
export const assessorProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (!ctx.roles.some((role) => role.kind === "assessor")) throw forbidden("assessor");
  return next();
});

/**
 * Managers of the cluster named by `clusterId` in the input. No manager role at all: FORBIDDEN;
 * manager of another cluster: NOT_FOUND.
 */
export const managerProcedure = protectedProcedure.input(z.object({ clusterId: z.string().uuid("invalidId") })).use(({ ctx, input, next }) => {
  const managed = ctx.roles.filter((role) => role.kind === "manager");
  if (managed.length === 0) throw forbidden("manager");
  if (!managed.some((role) => role.clusterId === input.clusterId)) throw notFound("Cluster not found.");
  return next({ ctx: { clusterId: input.clusterId } });
});

/**
 * Members or managers of the cluster named by `clusterId`: the people who may see its internal data
 * (directory). Neither role anywhere: FORBIDDEN; only in other clusters: NOT_FOUND.
 */
export const clusterInsiderProcedure = protectedProcedure.input(z.object({ clusterId: z.string().uuid("invalidId") })).use(({ ctx, input, next }) => {
  const insider = ctx.roles.filter((role) => role.kind === "member" || role.kind === "manager");
  if (insider.length === 0) throw forbidden("member");
  if (!insider.some((role) => "clusterId" in role && role.clusterId === input.clusterId)) {
    throw notFound("Cluster not found.");
  }
  return next({ ctx: { clusterId: input.clusterId } });
});

/**
 * Contact persons of the organisation named by `organisationId`. No member role: FORBIDDEN; member of
 * other organisations only: NOT_FOUND.
 */
export const memberProcedure = protectedProcedure.input(z.object({ organisationId: z.string().uuid("invalidId") })).use(({ ctx, input, next }) => {
  const memberRoles = ctx.roles.filter((role) => role.kind === "member");
  if (memberRoles.length === 0) throw forbidden("member");
  if (!memberRoles.some((role) => role.organisationId === input.organisationId)) throw notFound("Organisation not found.");
  return next({ ctx: { organisationId: input.organisationId } });
});
