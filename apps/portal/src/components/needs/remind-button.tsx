"use client";

import { Button, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { useServerErrorText } from "../use-server-error-text";

/** Mails a reminder to the contact persons of invited organisations that have not answered; says how many. */
export function RemindButton({ campaignId }: { campaignId: string }) {
  const t = useTranslations("campaigns");
  const trpc = useTRPC();
  const router = useRouter();
  const serverErrorText = useServerErrorText();
  const remind = useMutation(trpc.campaign.remind.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700">{t("remindHint")}</p>
      <Button variant="secondary" busy={remind.isPending} onClick={() => remind.mutate({ campaignId })}>
        {t("remind")}
      </Button>
      {remind.data ? (
        <Notice tone="success" testId="reminded">
          {t("reminded", { count: remind.data.reminded, mails: remind.data.mails })}
        </Notice>
      ) : null}
      {remind.error ? <Notice tone="error">{serverErrorText(remind.error.message)}</Notice> : null}
    </div>
  );
}
