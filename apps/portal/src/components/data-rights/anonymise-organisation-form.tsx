"use client";

import { anonymiseOrganisationInput } from "@clusterwerk/validators/data-rights";
import { Button, Notice, TextField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { formText } from "~/lib/form-data";
import { useTRPC } from "~/trpc/react";
import { useFieldErrors } from "../use-field-errors";

/** The platform admin anonymises an organisation, typing its name as confirmation (docs/DATA-RIGHTS.md). */
export function AnonymiseOrganisationForm({ organisationId, organisationName }: { organisationId: string; organisationName: string }) {
  const t = useTranslations("dataRights.admin");
  const trpc = useTRPC();
  const router = useRouter();
  const fields = useFieldErrors(anonymiseOrganisationInput);
  const [confirming, setConfirming] = useState(false);
  const anonymise = useMutation(
    trpc.dataRights.anonymiseOrganisation.mutationOptions({ onError: fields.showServerErrors, onSuccess: () => router.refresh() }),
  );
  if (!confirming)
    return (
      <Button variant="danger" onClick={() => setConfirming(true)}>
        {t("anonymise")}
      </Button>
    );
  const id = `anonymise-${organisationId}`;
  return (
    <form
      noValidate
      role="alertdialog"
      aria-labelledby={`${id}-question`}
      className="space-y-3 rounded-md border border-red-200 bg-red-50 p-3 text-sm"
      onSubmit={(event) => {
        event.preventDefault();
        const values = { organisationId, confirmation: formText(new FormData(event.currentTarget), "confirmation") };
        if (fields.check(values)) anonymise.mutate(values);
      }}
    >
      <p id={`${id}-question`}>{t("anonymiseQuestion", { name: organisationName })}</p>
      <TextField
        id={`${id}-confirmation`}
        name="confirmation"
        autoComplete="off"
        label={t("confirmation")}
        error={fields.errorFor("confirmation")}
        required
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" busy={anonymise.isPending}>
          {t("anonymiseConfirm")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
          {t("cancel")}
        </Button>
      </div>
      {fields.formError ? <Notice tone="error">{fields.formError}</Notice> : null}
    </form>
  );
}
