"use client";

import { Button, Notice } from "@clusterwerk/ui";
import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="space-y-4">
      <Notice tone="error">{t("generic")}</Notice>
      <Button variant="secondary" onClick={reset}>
        {t("retry")}
      </Button>
    </div>
  );
}
