import { schema } from "@clusterwerk/db";
import { createUser, grantRole } from "@clusterwerk/db/testing/factories";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { callAs, setUpWorld } from "../test/world";

const ctx = setUpWorld();

describe("roles are read per request", () => {
  it("a revoked manager role takes effect on the next call, with no new sign-in", async () => {
    const user = await createUser(ctx.db);
    const role = await grantRole(ctx.db, user.id, { kind: "manager", clusterId: ctx.world.clusterA.id });
    await expect(callAs(ctx.db, user.id, "invitation.list", { clusterId: ctx.world.clusterA.id })).resolves.toBeDefined();
    await ctx.db.delete(schema.roleAssignments).where(eq(schema.roleAssignments.id, role.id));
    const refused = await callAs(ctx.db, user.id, "invitation.list", { clusterId: ctx.world.clusterA.id }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TRPCError);
    expect((refused as TRPCError).code).toBe("FORBIDDEN");
  });
});
