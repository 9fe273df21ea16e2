import type { ReactNode } from "react";
import { publicClusterProfile } from "~/server/public-cluster";

/** An unknown cluster answers 404 here, above the loading boundary, before the page streams. */
export default async function ClusterProfileLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  await publicClusterProfile((await params).slug);
  return children;
}
