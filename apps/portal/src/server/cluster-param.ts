import "server-only";
import { findClusterBySlug, getDatabase } from "@clusterwerk/db";
import { notFound } from "next/navigation";

/** The cluster behind a URL slug, or the 404 page. Access is decided by the procedure that follows. */
export async function clusterFromParam(slug: string) {
  const cluster = await findClusterBySlug(getDatabase().db, slug);
  if (!cluster) notFound();
  return cluster;
}
