"use client";

import { Button, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { useServerErrorText } from "../use-server-error-text";

/** The second assessor's confirmation of a Gold award (§6.3), asked once more before it is sent. */
export function LabelConfirmButton({ awardId }: { awardId: string }) {
  const t = useTranslations("labels.assess");
  const trpc = useTRPC();
  const router = useRouter();
  const serverErrorText = useServerErrorText();
  const [confirming, setConfirming] = useState(false);
  const confirm = useMutation(trpc.label.confirm.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <span role="group" className="flex flex-wrap items-center gap-2 text-sm" data-testid={`confirm-${awardId}`}>
      {confirming ? (
        <>
          <span>{t("confirmQuestion")}</span>
          <Button busy={confirm.isPending} onClick={() => confirm.mutate({ awardId })}>
            {t("confirmYes")}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {t("cancel")}
          </Button>
        </>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t("confirm")}
        </Button>
      )}
      {confirm.error ? <Notice tone="error">{serverErrorText(confirm.error.message)}</Notice> : null}
      {confirm.data ? <Notice tone="success">{t("confirmed", { number: confirm.data.certificateNumber })}</Notice> : null}
    </span>
  );
}
