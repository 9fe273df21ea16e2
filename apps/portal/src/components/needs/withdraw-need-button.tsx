"use client";

import { Button, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { useServerErrorText } from "../use-server-error-text";

/** Withdrawing a need asks for an explicit confirmation first (it stops counting as demand and is no longer shared). */
export function WithdrawNeedButton({ clusterId, organisationId, needId }: { clusterId: string; organisationId: string; needId: string }) {
  const t = useTranslations("needs");
  const trpc = useTRPC();
  const serverErrorText = useServerErrorText();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const withdraw = useMutation(
    trpc.need.withdraw.mutationOptions({
      onSuccess: () => {
        setConfirming(false);
        router.refresh();
      },
    }),
  );
  if (!confirming) {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        {t("withdraw")}
      </Button>
    );
  }
  return (
    <div
      role="alertdialog"
      aria-labelledby="withdraw-question"
      className="space-y-3 rounded-md border border-red-200 bg-red-50 p-3 text-sm"
    >
      <p id="withdraw-question">{t("withdrawConfirm")}</p>
      <div className="flex flex-wrap gap-2">
        <Button variant="danger" busy={withdraw.isPending} onClick={() => withdraw.mutate({ clusterId, organisationId, needId })}>
          {t("withdrawYes")}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          {t("cancel")}
        </Button>
      </div>
      {withdraw.error ? <Notice tone="error">{serverErrorText(withdraw.error.message)}</Notice> : null}
    </div>
  );
}
