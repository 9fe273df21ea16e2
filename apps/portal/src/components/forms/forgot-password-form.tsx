"use client";

import { requestPasswordResetInput } from "@clusterwerk/validators/account";
import { Button, Notice, TextField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/trpc/react";
import { formText } from "~/lib/form-data";
import { useFieldErrors } from "../use-field-errors";

export function ForgotPasswordForm() {
  const t = useTranslations("reset");
  const trpc = useTRPC();
  const fields = useFieldErrors(requestPasswordResetInput);
  const request = useMutation(trpc.account.requestPasswordReset.mutationOptions({ onError: fields.showServerErrors }));

  if (request.isSuccess)
    return (
      <Notice tone="success" testId="reset-requested">
        {t("sent")}
      </Notice>
    );
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const values = { email: formText(new FormData(event.currentTarget), "email") };
        if (fields.check(values)) request.mutate(values);
      }}
    >
      <p className="text-sm text-slate-700">{t("requestLead")}</p>
      {fields.formError ? <Notice tone="error">{fields.formError}</Notice> : null}
      <TextField id="email" name="email" type="email" autoComplete="email" label={t("email")} error={fields.errorFor("email")} required />
      <Button type="submit" busy={request.isPending}>
        {t("send")}
      </Button>
    </form>
  );
}
