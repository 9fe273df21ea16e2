"use client";

import { Button, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { useServerErrorText } from "../use-server-error-text";

/** Retiring takes a service out of the catalogue and out of coverage: it needs a second, explicit confirmation. */
export function RetireServiceButton({ serviceId, title }: { serviceId: string; title: string }) {
  const t = useTranslations("services");
  const trpc = useTRPC();
  const router = useRouter();
  const serverErrorText = useServerErrorText();
  const [confirming, setConfirming] = useState(false);
  const retire = useMutation(trpc.service.retire.mutationOptions({ onSuccess: () => router.refresh() }));
  if (!confirming) {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        {t("retire")}
      </Button>
    );
  }
  return (
    <span role="group" aria-label={t("retire")} className="flex flex-wrap items-center gap-2 text-sm">
      <span>{t("retireConfirm", { title })}</span>
      <Button variant="danger" busy={retire.isPending} onClick={() => retire.mutate({ serviceId })}>
        {t("retireYes")}
      </Button>
      <Button variant="secondary" onClick={() => setConfirming(false)}>
        {t("cancel")}
      </Button>
      {retire.error ? <Notice tone="error">{serverErrorText(retire.error.message)}</Notice> : null}
    </span>
  );
}
