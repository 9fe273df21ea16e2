"use client";

import { changePasswordInput } from "@clusterwerk/validators/account";
import { Button, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/trpc/react";
import { formText } from "~/lib/form-data";
import { useFieldErrors } from "../use-field-errors";
import { PasswordField } from "./password-field";

export function ChangePasswordForm() {
  const t = useTranslations("changePassword");
  const trpc = useTRPC();
  const fields = useFieldErrors(changePasswordInput);
  const change = useMutation(trpc.account.changePassword.mutationOptions({ onError: fields.showServerErrors }));

  if (change.isSuccess) {
    return (
      <Notice tone="success" testId="password-changed">
        {t("done")}
      </Notice>
    );
  }
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const values = { currentPassword: formText(data, "currentPassword"), password: formText(data, "password") };
        if (fields.check(values)) change.mutate(values);
      }}
    >
      {fields.formError ? <Notice tone="error">{fields.formError}</Notice> : null}
      <PasswordField purpose="current" name="currentPassword" label={t("current")} error={fields.errorFor("currentPassword")} />
      <PasswordField purpose="new" label={t("new")} hint={t("hint")} error={fields.errorFor("password")} />
      <Button type="submit" busy={change.isPending}>
        {t("submit")}
      </Button>
    </form>
  );
}
