"use client";

import { Button, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { useServerErrorText } from "../use-server-error-text";

/** The one action that invites every matching organisation not invited before; the answer says how many. */
export function InviteMatchingButton({ serviceId, pending }: { serviceId: string; pending: number }) {
  const t = useTranslations("services.coverage");
  const trpc = useTRPC();
  const router = useRouter();
  const serverErrorText = useServerErrorText();
  const invite = useMutation(trpc.service.invite.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button variant="secondary" busy={invite.isPending} disabled={pending === 0} onClick={() => invite.mutate({ serviceId })}>
        {t("invite", { count: pending })}
      </Button>
      {invite.isSuccess ? (
        <Notice tone="success" testId="invite-result">
          {t("invited", { count: invite.data.invited, before: invite.data.alreadyInvited })}
        </Notice>
      ) : null}
      {invite.error ? <Notice tone="error">{serverErrorText(invite.error.message)}</Notice> : null}
    </div>
  );
}
