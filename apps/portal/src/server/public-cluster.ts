import "server-only";
import { cache } from "react";
import { api } from "~/trpc/server";
import { guarded } from "./guard";

/** The public profile behind `/clusters/[slug]`, once per request: its layout reads it first, so an unknown slug answers 404. */
export const publicClusterProfile = cache(async (slug: string) => {
  const caller = await api();
  return guarded(() => caller.cluster.profile({ slug }));
});
