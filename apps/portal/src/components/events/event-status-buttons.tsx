"use client";

import { Button, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { useServerErrorText } from "../use-server-error-text";

/** Publishing a draft, and cancelling an event after an explicit confirmation (registered persons keep it, marked cancelled). */
export function EventStatusButtons({ eventId, status }: { eventId: string; status: "draft" | "published" | "cancelled" }) {
  const t = useTranslations("events");
  const trpc = useTRPC();
  const router = useRouter();
  const serverErrorText = useServerErrorText();
  const [confirming, setConfirming] = useState(false);
  const publish = useMutation(trpc.event.publish.mutationOptions({ onSuccess: () => router.refresh() }));
  const cancel = useMutation(trpc.event.cancel.mutationOptions({ onSuccess: () => router.refresh() }));
  if (status === "cancelled") return null;
  const error = publish.error ?? cancel.error;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {status === "draft" ? (
        <Button busy={publish.isPending} onClick={() => publish.mutate({ eventId })}>
          {t("publish")}
        </Button>
      ) : null}
      {confirming ? (
        <span role="group" className="flex flex-wrap items-center gap-2 text-sm">
          <span>{t("cancelConfirm")}</span>
          <Button variant="danger" busy={cancel.isPending} onClick={() => cancel.mutate({ eventId })}>
            {t("cancelEvent")}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {t("keep")}
          </Button>
        </span>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t("cancelEvent")}
        </Button>
      )}
      {error ? <Notice tone="error">{serverErrorText(error.message)}</Notice> : null}
    </div>
  );
}
