import { appRouter, createContext } from "@clusterwerk/api";
import { clientAddress, currentSession } from "@clusterwerk/auth";
import { getDatabase } from "@clusterwerk/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

async function handler(request: Request) {
  const session = await currentSession();
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: () => createContext({ db: getDatabase().db, session, ip: clientAddress(request.headers) }),
  });
}

export { handler as GET, handler as POST };
