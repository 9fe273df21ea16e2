"use client";

import { Button } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";

/** Marks one notification read, or (without an id) all of the reader's; the header's badge follows on refresh. */
export function MarkReadButton({ notificationId }: { notificationId?: string }) {
  const t = useTranslations("notifications");
  const trpc = useTRPC();
  const router = useRouter();
  const mark = useMutation(trpc.notification.markRead.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <Button variant="secondary" busy={mark.isPending} onClick={() => mark.mutate(notificationId ? { notificationId } : {})}>
      {notificationId ? t("markRead") : t("markAllRead")}
    </Button>
  );
}
