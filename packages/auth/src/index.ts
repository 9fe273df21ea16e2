import { type SessionRef } from "@clusterwerk/db";
import NextAuth from "next-auth";
import { authConfig } from "./config";

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);
export { authConfig };
export { clientAddress } from "./client-address";

/**
 * The session the request's token names, not yet checked against the database: createContext
 * (packages/api) checks it once per request, together with loading the roles.
 */
export async function currentSession(): Promise<SessionRef | null> {
  const session = await auth();
  const userId = session?.user?.id;
  const sessionId = session?.sessionId;
  return userId && sessionId ? { userId, sessionId } : null;
}
