import { asc, count, eq, ilike, or } from "drizzle-orm";
import type { Database } from "../client";
import { users } from "../schema";
import { type PageInput, pageInput, toPage } from "./pagination";

/** Emails are compared in lower case everywhere. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail(db: Database, email: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(eq(users.email, normaliseEmail(email)))
    .limit(1);
  return user ?? null;
}

export async function findUserById(db: Database, id: string) {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return user ?? null;
}

export async function setPasswordHash(db: Database, userId: string, passwordHash: string): Promise<void> {
  await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
}

/** Accounts for the admin page, with an optional search over name and email. */
export async function listUsers(db: Database, params: PageInput & { search?: string | undefined }) {
  const { cursor, limit } = pageInput.parse(params);
  const offset = cursor ?? 0;
  const term = params.search?.trim();
  const where = term ? or(ilike(users.email, `%${term}%`), ilike(users.name, `%${term}%`)) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        createdAt: users.createdAt,
        disabledAt: users.disabledAt,
        hasPassword: users.passwordHash,
      })
      .from(users)
      .where(where)
      .orderBy(asc(users.email))
      .limit(limit + 1)
      .offset(offset),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return toPage(
    rows.map(({ hasPassword, ...row }) => ({ ...row, active: hasPassword !== null && row.disabledAt === null })),
    offset,
    limit,
    total?.n ?? 0,
  );
}
