import { getDatabase, SESSION_LIFETIME_SECONDS } from "@clusterwerk/db";
import { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { clientAddress } from "./client-address";
import { verifyCredentials } from "./credentials";
import { authEnv } from "./env";
import { endTokenSession, sessionRefOf, startSession } from "./session";

declare module "next-auth" {
  interface Session {
    /** The server-side session row the token names; checked on every request (packages/api createContext). */
    sessionId?: string;
  }
}

const credentialsInput = z.object({ email: z.string().email().max(254), password: z.string().min(1).max(200) });

/** Lets the sign-in form tell "too many attempts" apart from wrong credentials. */
class RateLimitedSignin extends CredentialsSignin {
  override code = "rate_limited";
}

/**
 * Email + password with JWT sessions. The token carries the user id and the id of a server-side session
 * row; every request checks that row and loads the roles from the database (packages/api), so sign-out,
 * a password reset or disabling the account end the session, and a revoked role takes effect at once.
 */
export const authConfig = {
  trustHost: true,
  secret: authEnv.AUTH_SECRET,
  // The cookie lives no longer than the session row; the row's expiry is the absolute limit.
  session: { strategy: "jwt", maxAge: SESSION_LIFETIME_SECONDS },
  pages: { signIn: "/de/sign-in" },
  // A refused sign-in is an expected outcome (and audited), not a server error worth a stack trace.
  logger: {
    // Auth.js errors carry their kind in `type` (class names are minified in the production build).
    error: (error) => {
      if ((error as { type?: string }).type !== "CredentialsSignin") console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: async (raw, request) => {
        const parsed = credentialsInput.safeParse(raw);
        if (!parsed.success) return null;
        const result = await verifyCredentials(getDatabase().db, { ...parsed.data, ip: clientAddress(request.headers) });
        if (result.ok) return { id: result.userId };
        if (result.reason === "rate-limited") throw new RateLimitedSignin();
        return null;
      },
    }),
  ],
  callbacks: {
    jwt: async ({ token, user, trigger }) => {
      if (trigger === "signIn" && user?.id) {
        const claims = await startSession(getDatabase().db, user.id);
        return { sub: claims.sub, sid: claims.sid };
      }
      return { sub: token.sub, sid: token.sid, iat: token.iat, exp: token.exp, jti: token.jti };
    },
    session: ({ session, token }) => {
      const ref = sessionRefOf(token);
      return { ...session, user: { id: ref?.userId ?? "" }, sessionId: ref?.sessionId ?? "" };
    },
  },
  events: {
    signOut: async (message) => {
      if ("token" in message) await endTokenSession(getDatabase().db, message.token);
    },
  },
} satisfies NextAuthConfig;
