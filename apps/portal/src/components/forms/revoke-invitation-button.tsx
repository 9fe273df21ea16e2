"use client";

import { Button, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { useServerErrorText } from "../use-server-error-text";

/** Withdrawing needs a second, explicit confirmation. */
export function RevokeInvitationButton({ invitationId, email }: { invitationId: string; email: string }) {
  const t = useTranslations("invitations");
  const trpc = useTRPC();
  const serverErrorText = useServerErrorText();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const revoke = useMutation(trpc.invitation.revoke.mutationOptions({ onSuccess: () => router.refresh() }));
  if (!confirming) {
    return (
      <Button variant="ghost" onClick={() => setConfirming(true)}>
        {t("revoke")}
      </Button>
    );
  }
  return (
    <span role="group" className="flex flex-wrap items-center gap-2 text-sm">
      <span>{t("revokeConfirm", { email })}</span>
      <Button variant="danger" busy={revoke.isPending} onClick={() => revoke.mutate({ invitationId })}>
        {t("revoke")}
      </Button>
      <Button variant="secondary" onClick={() => setConfirming(false)}>
        {t("cancel")}
      </Button>
      {revoke.error ? <Notice tone="error">{serverErrorText(revoke.error.message)}</Notice> : null}
    </span>
  );
}
