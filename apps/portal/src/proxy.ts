import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Locale routing only; authorisation happens on the server in every procedure and page.
export default createMiddleware(routing);

export const config = { matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"] };
