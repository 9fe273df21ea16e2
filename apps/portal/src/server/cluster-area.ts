import "server-only";
import { cache } from "react";
import { api } from "~/trpc/server";
import { guarded } from "./guard";

/** The cluster behind a URL slug, read through the public profile (404 for an unknown slug). */
const clusterIdForSlug = cache(async (slug: string) => {
  const caller = await api();
  return (await guarded(() => caller.cluster.profile({ slug }))).id;
});

/**
 * The cluster of a members' page (`/c/[cluster]/…`), once per request: its layout calls it above the
 * loading boundary, so a caller without a member or manager role gets 403 and one of another cluster 404
 * before anything streams; the page then reads it from the cache.
 */
export const memberAreaCluster = cache(async (slug: string) => {
  const clusterId = await clusterIdForSlug(slug);
  const caller = await api();
  return guarded(() => caller.cluster.memberArea({ clusterId }));
});

/** The cluster of a management page (`/c/[cluster]/manage/…`), as `memberAreaCluster` for its managers. */
export const managerAreaCluster = cache(async (slug: string) => {
  const clusterId = await clusterIdForSlug(slug);
  const caller = await api();
  return guarded(() => caller.cluster.managerArea({ clusterId }));
});
