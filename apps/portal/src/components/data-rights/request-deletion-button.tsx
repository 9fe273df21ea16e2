"use client";

import { Button, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { useServerErrorText } from "../use-server-error-text";

/** A contact person asks the platform admin to anonymise the organisation, after a confirmation (docs/DATA-RIGHTS.md). */
export function RequestDeletionButton({ organisationId, organisationName }: { organisationId: string; organisationName: string }) {
  const t = useTranslations("dataRights.requestDeletion");
  const trpc = useTRPC();
  const router = useRouter();
  const serverErrorText = useServerErrorText();
  const [confirming, setConfirming] = useState(false);
  const request = useMutation(trpc.dataRights.requestOrganisationDeletion.mutationOptions({ onSuccess: () => router.refresh() }));
  if (request.isSuccess) return <Notice tone="success">{t("requested")}</Notice>;
  if (!confirming)
    return (
      <Button variant="danger" onClick={() => setConfirming(true)}>
        {t("action")}
      </Button>
    );
  return (
    <div
      role="alertdialog"
      aria-labelledby={`request-deletion-${organisationId}`}
      className="space-y-3 rounded-md border border-red-200 bg-red-50 p-3 text-sm"
    >
      <p id={`request-deletion-${organisationId}`}>{t("question", { name: organisationName })}</p>
      <div className="flex flex-wrap gap-2">
        <Button variant="danger" busy={request.isPending} onClick={() => request.mutate({ organisationId })}>
          {t("confirm")}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          {t("cancel")}
        </Button>
      </div>
      {request.error ? <Notice tone="error">{serverErrorText(request.error.message)}</Notice> : null}
    </div>
  );
}
