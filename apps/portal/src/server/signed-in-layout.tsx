import type { ReactNode } from "react";
import { requireViewer } from "./guard";

/**
 * Layout of the signed-in route groups: guests are redirected here, outside the loading boundary, so
 * the answer is a real HTTP redirect rather than one completed in the browser. Roles are checked by
 * the procedures a route's layout calls above its loading boundary (403/404 before anything streams).
 */
export async function SignedInLayout({ children }: { children: ReactNode }) {
  await requireViewer();
  return children;
}
