import type { ReactNode } from "react";
import { requirePlatformRole } from "~/server/guard";

/** Assessors only (403 for everyone else, before the page streams; see the admin layout). */
export default async function AssessorLayout({ children }: { children: ReactNode }) {
  await requirePlatformRole("assessor");
  return children;
}
