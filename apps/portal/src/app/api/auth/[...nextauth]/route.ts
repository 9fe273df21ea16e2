import { handlers } from "@clusterwerk/auth";

export const { GET, POST } = handlers;
