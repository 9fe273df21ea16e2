"use client";

import { changePasswordInput } from "@clusterwerk/validators";
import { Button, Notice, TextField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/trpc/react";
import { formText } from "~/lib/form-data";
import { useFieldErrors } from "../use-field-errors";

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
      <TextField
        id="currentPassword"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        label={t("current")}
        error={fields.errorFor("currentPassword")}
        required
      />
      <TextField
        id="password"
        name="password"
        type="password"
        autoComplete="new-password"
        label={t("new")}
        hint={t("hint")}
        error={fields.errorFor("password")}
        required
      />
      <Button type="submit" busy={change.isPending}>
        {t("submit")}
      </Button>
    </form>
  );
}
