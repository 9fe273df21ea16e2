"use client";

import { type ConsentPurpose, consentPurposes } from "@clusterwerk/scoring/domain";
import { Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { consentLabelKeys } from "~/lib/consent-labels";
import { useTRPC } from "~/trpc/react";
import { useServerErrorText } from "../use-server-error-text";

export function ConsentToggles({
  clusterId,
  organisationId,
  initial,
}: {
  clusterId: string;
  organisationId: string;
  initial: Record<ConsentPurpose, boolean>;
}) {
  const t = useTranslations("organisation");
  const trpc = useTRPC();
  const serverErrorText = useServerErrorText();
  const [consents, setConsents] = useState(initial);
  const change = useMutation(trpc.organisation.setConsent.mutationOptions({ onSuccess: (next) => setConsents(next) }));
  return (
    <fieldset className="space-y-3">
      <legend className="sr-only">{t("consents")}</legend>
      {consentPurposes.map((purpose) => (
        <label key={purpose} className="flex items-center gap-3 text-sm">
          <input
            type="checkbox"
            className="size-4"
            checked={consents[purpose]}
            disabled={change.isPending}
            onChange={(event) => change.mutate({ clusterId, organisationId, purpose, granted: event.target.checked })}
          />
          {t(consentLabelKeys[purpose])}
        </label>
      ))}
      {change.isSuccess ? <Notice tone="success">{t("consentSaved")}</Notice> : null}
      {change.error ? <Notice tone="error">{serverErrorText(change.error.message)}</Notice> : null}
    </fieldset>
  );
}
