import type { ReactNode } from "react";
import { requirePlatformRole } from "~/server/guard";

/**
 * Admins only: guests are redirected and everyone else gets 403 here, above the loading boundary, so
 * the status code is sent before the page streams.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requirePlatformRole("admin");
  return children;
}
