"use client";

import { Button, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { useServerErrorText } from "../use-server-error-text";

/** Confirm or decline one invitation of a new contact person (docs/DOMAIN.md §1 "People and roles"). */
export function ConfirmationButtons({ invitationId, email }: { invitationId: string; email: string }) {
  const t = useTranslations("confirmations");
  const serverErrorText = useServerErrorText();
  const trpc = useTRPC();
  const router = useRouter();
  const done = { onSuccess: () => router.refresh() };
  const confirm = useMutation(trpc.invitation.confirm.mutationOptions(done));
  const decline = useMutation(trpc.invitation.decline.mutationOptions(done));
  const error = confirm.error ?? decline.error;
  const busy = confirm.isPending || decline.isPending;
  return (
    <span role="group" aria-label={t("decideFor", { email })} className="flex flex-wrap items-center gap-2">
      <Button busy={confirm.isPending} disabled={busy} onClick={() => confirm.mutate({ invitationId })}>
        {t("confirm")}
      </Button>
      <Button variant="secondary" busy={decline.isPending} disabled={busy} onClick={() => decline.mutate({ invitationId })}>
        {t("decline")}
      </Button>
      {error ? (
        <Notice tone="error" testId="confirmation-error">
          {serverErrorText(error.message)}
        </Notice>
      ) : null}
    </span>
  );
}
