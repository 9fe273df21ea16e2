import { handleTrpcRequest } from "@clusterwerk/api";
import { clientAddress, currentSession } from "@clusterwerk/auth";
import { getDatabase } from "@clusterwerk/db";

async function handler(request: Request) {
  const session = await currentSession();
  return handleTrpcRequest(request, () => ({ db: getDatabase().db, session, ip: clientAddress(request.headers) }));
}

export { handler as GET, handler as POST };
