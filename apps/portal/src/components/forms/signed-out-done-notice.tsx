"use client";

import { Notice } from "@clusterwerk/ui";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "~/i18n/navigation";

/** The success notice of a form that ends with the person signing in (an accepted invitation, a new password): the text and a sign-in link. */
export function SignedOutDoneNotice({ testId, children }: { testId: string; children: ReactNode }) {
  const tn = useTranslations("nav");
  return (
    <Notice tone="success" testId={testId}>
      {children}{" "}
      <Link href="/sign-in" className="underline">
        {tn("signIn")}
      </Link>
    </Notice>
  );
}
