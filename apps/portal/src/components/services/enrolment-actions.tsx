"use client";

import { Badge, Button, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { useServerErrorText } from "../use-server-error-text";
import { RatingForm } from "./rating-form";

export interface OwnEnrolment {
  rating: number | null;
  ratingComment: string | null;
  canRate: boolean;
}

/** A member organisation's enrolment in one catalogue service: enrol, cancel (confirmed), rate after use. */
export function EnrolmentActions({
  clusterId,
  organisationId,
  serviceId,
  title,
  enrolment,
  full,
}: {
  clusterId: string;
  organisationId: string;
  serviceId: string;
  title: string;
  enrolment: OwnEnrolment | null;
  full: boolean;
}) {
  const t = useTranslations("services.catalogue");
  const trpc = useTRPC();
  const router = useRouter();
  const serverErrorText = useServerErrorText();
  const [confirming, setConfirming] = useState(false);
  const enrol = useMutation(trpc.service.enrol.mutationOptions({ onSuccess: () => router.refresh() }));
  const cancel = useMutation(
    trpc.service.cancelEnrolment.mutationOptions({
      onSuccess: () => {
        setConfirming(false);
        router.refresh();
      },
    }),
  );
  const target = { clusterId, organisationId, serviceId };
  const error = enrol.error ?? cancel.error;
  return (
    <div className="space-y-2" data-testid={`enrolment-${serviceId}`}>
      {enrolment ? (
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone="green">{t("enrolled")}</Badge>
          {enrolment.rating === null && !confirming ? (
            <Button variant="ghost" onClick={() => setConfirming(true)}>
              {t("cancel")}
            </Button>
          ) : null}
          {confirming ? (
            <span role="group" aria-label={t("cancel")} className="flex flex-wrap items-center gap-2 text-sm">
              <span>{t("cancelConfirm", { title })}</span>
              <Button variant="danger" busy={cancel.isPending} onClick={() => cancel.mutate(target)}>
                {t("cancelYes")}
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(false)}>
                {t("keep")}
              </Button>
            </span>
          ) : null}
        </div>
      ) : (
        <Button busy={enrol.isPending} onClick={() => enrol.mutate(target)} aria-label={t("enrolIn", { title })}>
          {t("enrol")}
        </Button>
      )}
      {!enrolment && full ? <p className="text-sm text-slate-700">{t("fullHint")}</p> : null}
      {error ? <Notice tone="error">{serverErrorText(error.message)}</Notice> : null}
      {enrolment?.canRate ? <RatingForm {...target} title={title} rating={enrolment.rating} comment={enrolment.ratingComment} /> : null}
      {enrolment && !enrolment.canRate ? <p className="text-xs text-slate-600">{t("rateLater")}</p> : null}
    </div>
  );
}
