"use client";

import { Badge, Button, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { serverMessage } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";
import { useServerErrorText } from "../use-server-error-text";

/**
 * "Express interest" on a match (DOMAIN.md §5.4), before a meeting request: what either side expressed, mutual
 * interest highlighted, and express or withdraw. A refusal (twice, own organisation, not visible) shows its message.
 */
export function InterestControl({
  scope,
  profileId,
  targetProfileId,
  organisationName,
  interest,
}: {
  scope: { clusterId: string; organisationId: string };
  profileId: string;
  targetProfileId: string;
  organisationName: string;
  interest: { sent: boolean; received: boolean };
}) {
  const t = useTranslations("cooperation.matches.interest");
  const trpc = useTRPC();
  const router = useRouter();
  const errorText = useServerErrorText();
  const [error, setError] = useState<string | null>(null);
  const options = {
    onError: (failure: unknown) => setError(serverMessage(failure) ?? "internal"),
    onSuccess: () => {
      setError(null);
      router.refresh();
    },
  };
  const express = useMutation(trpc.cooperationInterest.express.mutationOptions(options));
  const withdraw = useMutation(trpc.cooperationInterest.withdraw.mutationOptions(options));
  const pair = { ...scope, profileId, targetProfileId };
  return (
    <div className="space-y-2" data-testid="interest">
      {error ? <Notice tone="error">{errorText(error)}</Notice> : null}
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-800">
        {interest.sent && interest.received ? <Badge tone="green">{t("mutual")}</Badge> : null}
        {interest.received ? <span>{t("received", { organisation: organisationName })}</span> : null}
        {interest.sent ? <span>{t("sent")}</span> : null}
        {interest.sent ? (
          <Button variant="ghost" busy={withdraw.isPending} onClick={() => withdraw.mutate(pair)}>
            {t("withdraw")}
          </Button>
        ) : (
          <Button variant="secondary" busy={express.isPending} onClick={() => express.mutate(pair)}>
            {t("express")}
          </Button>
        )}
      </div>
    </div>
  );
}
