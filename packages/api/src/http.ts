import { errorMessages, MAX_BATCH_SIZE } from "@clusterwerk/validators";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "./root";
import { createContext, type CreateContextOptions } from "./trpc";

/**
 * A state-changing request that a browser says comes from another site (`Sec-Fetch-Site`), e.g. a form on
 * another page posting to the portal with the visitor's cookies: refused with 403 before anything runs.
 * The session cookie is SameSite=Lax already; this also covers sibling subdomains ("same-site"). Requests
 * without the header (non-browser clients, which carry no cookies of a visitor) pass.
 */
export function refuseCrossSite(request: Request): Response | null {
  if (request.method === "GET" || request.method === "HEAD") return null;
  const site = request.headers.get("sec-fetch-site");
  if (site === null || site === "same-origin" || site === "none") return null;
  return Response.json({ error: errorMessages.forbidden }, { status: 403 });
}

/** Answers a request to `/api/trpc` (the portal's route handler): the app router with the batch limit (MAX_BATCH_SIZE). */
export async function handleTrpcRequest(request: Request, context: () => CreateContextOptions): Promise<Response> {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: () => createContext(context()),
  });
}
