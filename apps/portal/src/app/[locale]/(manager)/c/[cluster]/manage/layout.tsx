import type { ReactNode } from "react";
import { managerAreaCluster } from "~/server/cluster-area";

/** A cluster's management pages: the managers' access check, before the page streams (see the members' layout). */
export default async function ManagerAreaLayout({ children, params }: { children: ReactNode; params: Promise<{ cluster: string }> }) {
  await managerAreaCluster((await params).cluster);
  return children;
}
