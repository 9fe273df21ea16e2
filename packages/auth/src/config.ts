import { getDatabase } from "@clusterwerk/db";
import { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { verifyCredentials } from "./credentials";
import { authEnv } from "./env";

const credentialsInput = z.object({ email: z.string().email().max(254), password: z.string().min(1).max(200) });

/** Lets the sign-in form tell "too many attempts" apart from wrong credentials. */
class RateLimitedSignin extends CredentialsSignin {
  override code = "rate_limited";
}

function clientIp(request: Request): string | null {
  const forwarded = request.headers.get("x-forwarded-for");
  return forwarded?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || null;
}

/**
 * Email + password with JWT sessions. The token carries the user id only; roles are loaded from the
 * database per request (packages/api), so a revoked role takes effect at once.
 */
export const authConfig = {
  trustHost: true,
  secret: authEnv.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
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
        const result = await verifyCredentials(getDatabase().db, { ...parsed.data, ip: clientIp(request) });
        if (result.ok) return { id: result.userId };
        if (result.reason === "rate-limited") throw new RateLimitedSignin();
        return null;
      },
    }),
  ],
  callbacks: {
    jwt: ({ token, user }) => {
      if (user?.id) token.sub = user.id;
      return { sub: token.sub, iat: token.iat, exp: token.exp, jti: token.jti };
    },
    session: ({ session, token }) => ({ ...session, user: { id: token.sub ?? "" } }),
  },
} satisfies NextAuthConfig;
