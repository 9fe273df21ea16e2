"use client";

import { deleteAccountInput } from "@clusterwerk/validators/data-rights";
import { Button, Notice, TextField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { formText } from "~/lib/form-data";
import { useTRPC } from "~/trpc/react";
import { PasswordField } from "../forms/password-field";
import { useFieldErrors } from "../use-field-errors";

/**
 * Deleting one's own account (docs/DATA-RIGHTS.md): confirmed by typing the email address and the current password.
 * The server ends every session; `onDeleted` then clears the sign-in cookie and leaves the signed-in area.
 */
export function DeleteAccountForm({ onDeleted }: { onDeleted: () => Promise<void> }) {
  const t = useTranslations("dataRights.deleteAccount");
  const trpc = useTRPC();
  const fields = useFieldErrors(deleteAccountInput);
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation(
    trpc.dataRights.deleteMyAccount.mutationOptions({ onError: fields.showServerErrors, onSuccess: () => onDeleted() }),
  );
  if (!confirming)
    return (
      <Button variant="danger" onClick={() => setConfirming(true)}>
        {t("action")}
      </Button>
    );
  return (
    <form
      noValidate
      role="alertdialog"
      aria-labelledby="delete-account-question"
      className="space-y-3 rounded-md border border-red-200 bg-red-50 p-3 text-sm"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const values = { confirmation: formText(data, "confirmation"), password: formText(data, "password") };
        if (fields.check(values)) remove.mutate(values);
      }}
    >
      <p id="delete-account-question">{t("question")}</p>
      <TextField
        id="delete-account-confirmation"
        name="confirmation"
        type="email"
        autoComplete="off"
        label={t("confirmation")}
        error={fields.errorFor("confirmation")}
        required
      />
      <PasswordField purpose="current" id="delete-account-password" label={t("password")} error={fields.errorFor("password")} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" busy={remove.isPending || remove.isSuccess}>
          {t("confirm")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
          {t("cancel")}
        </Button>
      </div>
      {fields.formError ? <Notice tone="error">{fields.formError}</Notice> : null}
    </form>
  );
}
