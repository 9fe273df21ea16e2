import type { ReactNode } from "react";
import { memberAreaCluster } from "~/server/cluster-area";

/**
 * A cluster's members' pages: the access check runs here, above this segment's loading boundary, so
 * a caller without a role answers 403 and one of another cluster (or an unknown slug) 404.
 */
export default async function MemberAreaLayout({ children, params }: { children: ReactNode; params: Promise<{ cluster: string }> }) {
  await memberAreaCluster((await params).cluster);
  return children;
}
