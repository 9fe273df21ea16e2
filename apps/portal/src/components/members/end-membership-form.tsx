"use client";

import { endMembershipInput } from "@clusterwerk/validators/memberships";
import { Button, Notice, TextField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { formText } from "~/lib/form-data";
import { useFieldErrors } from "../use-field-errors";

/**
 * Ending a membership asks for its last day and an explicit confirmation (the organisation stops counting
 * as a member after that day; the history keeps the membership).
 */
export function EndMembershipForm({
  membershipId,
  organisationName,
  today,
}: {
  membershipId: string;
  organisationName: string;
  today: string;
}) {
  const t = useTranslations("members");
  const trpc = useTRPC();
  const router = useRouter();
  const fields = useFieldErrors(endMembershipInput);
  const [confirming, setConfirming] = useState(false);
  const end = useMutation(
    trpc.membership.end.mutationOptions({
      onError: fields.showServerErrors,
      onSuccess: () => {
        setConfirming(false);
        router.refresh();
      },
    }),
  );
  if (!confirming)
    return (
      <Button variant="danger" onClick={() => setConfirming(true)}>
        {t("end.action")}
      </Button>
    );
  return (
    <form
      noValidate
      role="alertdialog"
      aria-labelledby="end-question"
      className="space-y-3 rounded-md border border-red-200 bg-red-50 p-3 text-sm"
      onSubmit={(event) => {
        event.preventDefault();
        const values = { leftOn: formText(new FormData(event.currentTarget), "leftOn") };
        if (fields.check(values)) end.mutate({ membershipId, ...values });
      }}
    >
      <p id="end-question">{t("end.question", { organisation: organisationName })}</p>
      <TextField
        id="end-leftOn"
        name="leftOn"
        type="date"
        label={t("end.leftOn")}
        hint={t("end.leftOnHint")}
        defaultValue={today}
        error={fields.errorFor("leftOn")}
        required
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" busy={end.isPending}>
          {t("end.confirm")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
          {t("cancel")}
        </Button>
      </div>
      {fields.formError ? <Notice tone="error">{fields.formError}</Notice> : null}
    </form>
  );
}
