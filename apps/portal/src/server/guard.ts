import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { redirect } from "~/i18n/navigation";
import { getViewer, type Viewer } from "./viewer";

/** The viewer, or a redirect to the sign-in page. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect({ href: "/sign-in", locale: await getLocale() });
  // redirect() never returns; the check satisfies the type.
  if (!viewer) throw new Error("unreachable");
  return viewer;
}

export type Guarded<T> = { ok: true; data: T } | { ok: false; reason: "forbidden" };

/**
 * Runs a procedure call for a page: NOT_FOUND becomes the 404 page, FORBIDDEN a result the page
 * renders as "no access" (the procedures decide; pages never re-implement the checks).
 */
export async function guarded<T>(call: () => Promise<T>): Promise<Guarded<T>> {
  try {
    return { ok: true, data: await call() };
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    if (error instanceof TRPCError && error.code === "FORBIDDEN") return { ok: false, reason: "forbidden" };
    throw error;
  }
}

/** The cluster id behind a slug among the viewer's own clusters; 404 when the viewer has none there. */
export function clusterIdForSlug(viewer: Viewer, slug: string, role: "member" | "manager" | "any"): string | null {
  for (const r of viewer.roles) {
    if ((r.kind === "member" || r.kind === "manager") && r.clusterSlug === slug && (role === "any" || r.kind === role)) return r.clusterId;
  }
  return null;
}
