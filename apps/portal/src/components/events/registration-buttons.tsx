"use client";

import { Button, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { useServerErrorText } from "../use-server-error-text";

/** Registering for an event (a seat or the waiting list), and giving it up after an explicit confirmation. */
export function RegistrationButtons({ eventId, registered }: { eventId: string; registered: boolean }) {
  const t = useTranslations("events");
  const trpc = useTRPC();
  const router = useRouter();
  const serverErrorText = useServerErrorText();
  const [confirming, setConfirming] = useState(false);
  const register = useMutation(trpc.event.register.mutationOptions({ onSuccess: () => router.refresh() }));
  const cancel = useMutation(
    trpc.event.cancelRegistration.mutationOptions({
      onSuccess: () => {
        setConfirming(false);
        router.refresh();
      },
    }),
  );
  const error = register.error ?? cancel.error;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {!registered ? (
        <Button busy={register.isPending} onClick={() => register.mutate({ eventId })}>
          {t("register")}
        </Button>
      ) : confirming ? (
        <span role="group" className="flex flex-wrap items-center gap-2 text-sm">
          <span>{t("cancelRegistrationConfirm")}</span>
          <Button variant="danger" busy={cancel.isPending} onClick={() => cancel.mutate({ eventId })}>
            {t("cancelRegistration")}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {t("keep")}
          </Button>
        </span>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t("cancelRegistration")}
        </Button>
      )}
      {error ? (
        <Notice tone="error" testId="registration-error">
          {serverErrorText(error.message)}
        </Notice>
      ) : null}
    </div>
  );
}
