import { hashPassword } from "@clusterwerk/auth/password";
import { assignRole, type Database, findUserByEmail, recordAudit, schema } from "@clusterwerk/db";
import { email as emailField, password as passwordField } from "@clusterwerk/validators";

export type CreateAdminResult =
  { ok: true; userId: string; email: string } | { ok: false; reason: "invalidEmail" | "invalidPassword" | "exists"; detail: string };

/**
 * The first platform admin of a database without the demo (`pnpm create-admin <email>`): the address and
 * password pass the same rules as everywhere in the portal, and an address that already has an account is
 * refused rather than given the admin role (promoting an account is an admin's act in the portal).
 */
export async function createAdmin(db: Database, input: { email: string; password: string; name?: string }): Promise<CreateAdminResult> {
  const email = emailField.safeParse(input.email);
  if (!email.success) return { ok: false, reason: "invalidEmail", detail: email.error.issues[0]?.message ?? "invalid" };
  const password = passwordField.safeParse(input.password);
  if (!password.success) return { ok: false, reason: "invalidPassword", detail: password.error.issues[0]?.message ?? "invalid" };
  if (await findUserByEmail(db, email.data)) return { ok: false, reason: "exists", detail: email.data };
  const passwordHash = await hashPassword(password.data);
  const userId = await db.transaction(async (tx) => {
    const [user] = await tx
      .insert(schema.users)
      .values({ email: email.data, name: input.name ?? null, passwordHash })
      .returning({ id: schema.users.id });
    if (!user) throw new Error("the account was not created");
    await assignRole(tx, user.id, { kind: "admin" });
    await recordAudit(tx, {
      actorUserId: null,
      action: "admin.created",
      entity: "user",
      entityId: user.id,
      details: { via: "create-admin" },
    });
    return user.id;
  });
  return { ok: true, userId, email: email.data };
}
