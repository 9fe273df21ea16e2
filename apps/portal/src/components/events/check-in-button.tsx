"use client";

import { Button } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";

/** Marks a seated person as attended, or undoes it (attendance feeds indicators I1–I3). */
export function CheckInButton({ registrationId, attended, person }: { registrationId: string; attended: boolean; person: string }) {
  const t = useTranslations("events");
  const trpc = useTRPC();
  const router = useRouter();
  const checkIn = useMutation(trpc.event.checkIn.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <Button
      variant={attended ? "ghost" : "secondary"}
      busy={checkIn.isPending}
      aria-label={attended ? t("undoCheckInFor", { person }) : t("checkInFor", { person })}
      onClick={() => checkIn.mutate({ registrationId, attended: !attended })}
    >
      {attended ? t("undoCheckIn") : t("checkIn")}
    </Button>
  );
}
