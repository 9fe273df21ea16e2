import type { ReactNode } from "react";
import { organisationForPage } from "~/server/organisation-area";

/** The organisation page's access check, before the page streams (403/404 as the procedure decides). */
export default async function OrganisationLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  await organisationForPage((await params).id);
  return children;
}
