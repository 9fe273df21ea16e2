"use client";

import { Button, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { useServerErrorText } from "../use-server-error-text";

/**
 * Withdraw from the brokerage day after a confirmation that says what it does (DOMAIN.md §5.5): pending
 * requests are withdrawn, meetings cancelled, the other people told; the seat at the event stays.
 */
export function WithdrawButton({ eventId }: { eventId: string }) {
  const t = useTranslations("brokerage");
  const trpc = useTRPC();
  const router = useRouter();
  const serverErrorText = useServerErrorText();
  const [confirming, setConfirming] = useState(false);
  const withdraw = useMutation(trpc.brokerage.withdraw.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <div className="space-y-3" data-testid="withdraw">
      {confirming ? (
        <div role="alertdialog" aria-labelledby="withdraw-confirm" className="flex flex-wrap items-center gap-2">
          <span id="withdraw-confirm" className="text-sm text-slate-800">
            {t("withdrawConfirm")}
          </span>
          <Button variant="danger" busy={withdraw.isPending} onClick={() => withdraw.mutate({ eventId })}>
            {t("withdrawYes")}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {t("withdrawKeep")}
          </Button>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t("withdraw")}
        </Button>
      )}
      {withdraw.error ? <Notice tone="error">{serverErrorText(withdraw.error.message)}</Notice> : null}
    </div>
  );
}
