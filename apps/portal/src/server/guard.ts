import "server-only";
import { TRPCError } from "@trpc/server";
import { forbidden, notFound } from "next/navigation";
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

/**
 * Runs a procedure call for a page or layout: NOT_FOUND becomes the 404 page, FORBIDDEN the 403 page
 * and UNAUTHORIZED the sign-in page (the procedures decide; pages never re-implement the checks).
 * Called in a layout above the route's loading boundary, the status code is sent before anything
 * streams. (Next renders nested layouts concurrently, so a guest can reach a check before the
 * signed-in layout's redirect.)
 */
export async function guarded<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    if (error.code === "NOT_FOUND") notFound();
    if (error.code === "FORBIDDEN") forbidden();
    if (error.code === "UNAUTHORIZED") redirect({ href: "/sign-in", locale: await getLocale() });
    throw error;
  }
}

/** The viewer holding a platform-wide role, else the 403 page (a route group's layout check; procedures check again). */
export async function requirePlatformRole(kind: "admin" | "assessor"): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!viewer.roles.some((role) => role.kind === kind)) forbidden();
  return viewer;
}
