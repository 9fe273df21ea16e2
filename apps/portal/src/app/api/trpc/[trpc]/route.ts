import { appRouter, createContext } from "@clusterwerk/api";
import { auth } from "@clusterwerk/auth";
import { getDatabase } from "@clusterwerk/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

async function handler(request: Request) {
  const session = await auth();
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: () =>
      createContext({
        db: getDatabase().db,
        userId: session?.user?.id ?? null,
        ip: request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null,
      }),
  });
}

export { handler as GET, handler as POST };
