import type { AccountSortKey, PageInput, SortParams } from "@clusterwerk/validators";
import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { users } from "../schema";
import { listOrder, listPage, searchCondition } from "./list";

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

/**
 * Where an account stands, as the admin's account list shows it: `anonymised` once the person deleted it
 * (docs/DATA-RIGHTS.md; no name, no password, never signs in or takes an invitation again), `disabled` when
 * it may no longer sign in, `active` with a password, `invited` while the invitation waits to be accepted.
 */
export type AccountStatus = "anonymised" | "disabled" | "active" | "invited";

export function accountStatus(account: { anonymisedAt: Date | null; disabledAt: Date | null; hasPassword: boolean }): AccountStatus {
  if (account.anonymisedAt) return "anonymised";
  if (account.disabledAt) return "disabled";
  return account.hasPassword ? "active" : "invited";
}

/** Accounts for the admin page, with an optional search over name and email; by email unless sorted otherwise. */
export async function listUsers(db: Database, params: PageInput & SortParams<AccountSortKey> & { search?: string | undefined }) {
  const query = db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      createdAt: users.createdAt,
      disabledAt: users.disabledAt,
      anonymisedAt: users.anonymisedAt,
      passwordHash: users.passwordHash,
    })
    .from(users)
    .where(searchCondition(params.search, [users.email, users.name]))
    .$dynamic();
  const page = await listPage(db, query, {
    page: params,
    orderBy: listOrder(params, {
      columns: { email: users.email, name: users.name, createdAt: users.createdAt },
      defaultSort: "email",
      defaultDirection: "asc",
      tiebreak: users.id,
    }),
  });
  return {
    ...page,
    items: page.items.map(({ passwordHash, ...row }) => ({
      ...row,
      status: accountStatus({ ...row, hasPassword: passwordHash !== null }),
    })),
  };
}
