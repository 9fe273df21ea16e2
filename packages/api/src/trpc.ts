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

const uuidInput = z.string().uuid("invalidId");

/**
 * A procedure scoped to one tenant resource named in the input (`clusterId` or `organisationId`): a
 * caller holding none of `kinds` anywhere gets FORBIDDEN; one holding them only for other resources
 * gets NOT_FOUND, so another tenant's resource is not revealed.
 */
function scopedProcedure<K extends "clusterId" | "organisationId">(options: {
  key: K;
  kinds: readonly ("member" | "manager")[];
  forbiddenRole: string;
  notFoundMessage: string;
}) {
  return protectedProcedure.input(z.object({ [options.key]: uuidInput } as Record<K, typeof uuidInput>)).use(({ ctx, input, next }) => {
    const id = (input as Record<K, string>)[options.key];
    const held = ctx.roles
      .filter((role) => role.kind === "member" || role.kind === "manager")
      .filter((role) => options.kinds.includes(role.kind));
    if (held.length === 0) throw forbidden(options.forbiddenRole);
    if (!held.some((role) => options.key in role && (role as Record<string, unknown>)[options.key] === id))
      throw notFound(options.notFoundMessage);
    return next({ ctx: { [options.key]: id } as Record<K, string> });
  });
}

/** Managers of the cluster named by `clusterId` in the input. */
export const managerProcedure = scopedProcedure({
  key: "clusterId",
  kinds: ["manager"],
  forbiddenRole: "manager",
  notFoundMessage: "Cluster not found.",
});

/** Members or managers of the cluster named by `clusterId`: who may see its internal data (directory). */
export const clusterInsiderProcedure = scopedProcedure({
  key: "clusterId",
  kinds: ["member", "manager"],
  forbiddenRole: "member",
  notFoundMessage: "Cluster not found.",
});

/** Contact persons of the organisation named by `organisationId`. */
export const memberProcedure = scopedProcedure({
  key: "organisationId",
  kinds: ["member"],
  forbiddenRole: "member",
  notFoundMessage: "Organisation not found.",
});
