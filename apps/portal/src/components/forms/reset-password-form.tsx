"use client";

import { resetPasswordInput } from "@clusterwerk/validators";
import { Button, Notice, TextField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Link } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { formText } from "~/lib/form-data";
import { useFieldErrors } from "../use-field-errors";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("reset");
  const tn = useTranslations("nav");
  const trpc = useTRPC();
  const fields = useFieldErrors(resetPasswordInput);
  const reset = useMutation(trpc.account.resetPassword.mutationOptions({ onError: fields.showServerErrors }));

  if (reset.isSuccess) {
    return (
      <Notice tone="success" testId="reset-done">
        {t("done")}{" "}
        <Link href="/sign-in" className="underline">
          {tn("signIn")}
        </Link>
      </Notice>
    );
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
      <TextField
        id="password"
        name="password"
        type="password"
        autoComplete="new-password"
        label={t("password")}
        error={fields.errorFor("password") ?? fields.errorFor("token")}
        required
      />
      <Button type="submit" busy={reset.isPending}>
        {t("submit")}
      </Button>
    </form>
  );
}
