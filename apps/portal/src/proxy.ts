import createMiddleware from "next-intl/middleware";
import { type NextRequest } from "next/server";
import { env } from "./env";
import { routing } from "./i18n/routing";
import { createNonce, pageContentSecurityPolicy } from "./lib/security-headers";

const localeRouting = createMiddleware(routing);
const development = env.NODE_ENV === "development";

/**
 * Locale routing and the page's Content-Security-Policy with a nonce of its own. The policy goes on the
 * request too: Next.js takes the nonce from there for the scripts it renders (pages are therefore rendered
 * per request). Authorisation happens on the server in every procedure and page, not here.
 */
export default function proxy(request: NextRequest) {
  const policy = pageContentSecurityPolicy(createNonce(), development);
  // next-intl forwards the request's headers to the page (NextResponse.next/rewrite with `request.headers`).
  request.headers.set("content-security-policy", policy);
  const response = localeRouting(request);
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = { matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"] };
