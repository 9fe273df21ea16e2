import { MAX_BATCH_SIZE } from "@clusterwerk/validators";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "./root";
import { createContext, type CreateContextOptions } from "./trpc";

/** Answers a request to `/api/trpc` (the portal's route handler): the app router with the batch limit (MAX_BATCH_SIZE). */
export function handleTrpcRequest(request: Request, context: () => CreateContextOptions): Promise<Response> {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: () => createContext(context()),
  });
}
