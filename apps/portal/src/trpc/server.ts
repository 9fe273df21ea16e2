import "server-only";
import { appRouter, createCallerFactory, createContext } from "@clusterwerk/api";
import { clientAddress, currentSession } from "@clusterwerk/auth";
import { getDatabase } from "@clusterwerk/db";
import { headers } from "next/headers";
import { cache } from "react";

const createCaller = createCallerFactory(appRouter);

/**
 * The in-process tRPC caller for server components: same procedures, same checks, no HTTP. One per
 * request, so its context checks the session and loads the roles once for the whole page.
 */
export const api = cache(async () => {
  const [session, requestHeaders] = await Promise.all([currentSession(), headers()]);
  return createCaller(createContext({ db: getDatabase().db, session, ip: clientAddress(requestHeaders) }));
});
