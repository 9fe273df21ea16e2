import "server-only";
import { id as uuid } from "@clusterwerk/validators";
import { notFound } from "next/navigation";
import { cache } from "react";
import { api } from "~/trpc/server";
import { guarded } from "./guard";

/**
 * The organisation of `/organisation/[id]`, once per request: its layout calls it above the loading
 * boundary (403 without a contact-person role, 404 for another organisation or a malformed id before
 * anything streams); the page then reads it from the cache.
 */
export const organisationForPage = cache(async (organisationId: string) => {
  if (!uuid.safeParse(organisationId).success) notFound();
  const caller = await api();
  return guarded(() => caller.organisation.get({ organisationId }));
});
