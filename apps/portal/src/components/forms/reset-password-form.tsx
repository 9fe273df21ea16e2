"use client";

import { resetPasswordInput } from "@clusterwerk/validators/account";
import { Button, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/trpc/react";
import { formText } from "~/lib/form-data";
import { useFieldErrors } from "../use-field-errors";
import { PasswordField } from "./password-field";
import { SignedOutDoneNotice } from "./signed-out-done-notice";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("reset");
  const trpc = useTRPC();
  const fields = useFieldErrors(resetPasswordInput);
  const reset = useMutation(trpc.account.resetPassword.mutationOptions({ onError: fields.showServerErrors }));

  if (reset.isSuccess) {
    return <SignedOutDoneNotice testId="reset-done">{t("done")}</SignedOutDoneNotice>;
  }
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const values = { token, password: formText(new FormData(event.currentTarget), "password") };
        if (fields.check(values)) reset.mutate(values);
      }}
    >
      {fields.formError ? <Notice tone="error">{fields.formError}</Notice> : null}
      <PasswordField purpose="new" label={t("password")} error={fields.errorFor("password") ?? fields.errorFor("token")} />
      <Button type="submit" busy={reset.isPending}>
        {t("submit")}
      </Button>
    </form>
  );
}
