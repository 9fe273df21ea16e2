import { forbidden } from "next/navigation";
import type { ReactNode } from "react";
import { requireViewer } from "~/server/guard";

/** Label staff only — assessors and admins (403 for everyone else, before the page streams); the procedures check again. */
export default async function LabelStaffLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  if (!viewer.roles.some((role) => role.kind === "assessor" || role.kind === "admin")) forbidden();
  return children;
}
