import "server-only";
import { appRouter, createCallerFactory, createContext } from "@clusterwerk/api";
import { getDatabase } from "@clusterwerk/db";
import { headers } from "next/headers";
import { cache } from "react";
import { getViewer } from "~/server/viewer";

const createCaller = createCallerFactory(appRouter);

/** The in-process tRPC caller for server components: same procedures, same checks, no HTTP. */
export const api = cache(async () => {
  const viewer = await getViewer();
  const requestHeaders = await headers();
  return createCaller(
    createContext({
      db: getDatabase().db,
      userId: viewer?.userId ?? null,
      ip: requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null,
    }),
  );
});
