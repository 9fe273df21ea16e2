"use client";

import { resetPasswordInput } from "@clusterwerk/validators";
import { Button, Notice, TextField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Link } from "~/i18n/navigation";
import { type FieldErrors, serverFieldErrors, zodFieldErrors } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";
import { formText } from "~/lib/form-data";
import { useValidationText } from "../use-validation-text";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("reset");
  const tn = useTranslations("nav");
  const validation = useValidationText();
  const trpc = useTRPC();
  const [errors, setErrors] = useState<FieldErrors>({});
  const reset = useMutation(trpc.account.resetPassword.mutationOptions({ onError: (error) => setErrors(serverFieldErrors(error) ?? {}) }));

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
        const fieldErrors = zodFieldErrors(resetPasswordInput, values);
        setErrors(fieldErrors ?? {});
        if (!fieldErrors) reset.mutate(values);
      }}
    >
      {reset.isError && !serverFieldErrors(reset.error) ? <Notice tone="error">{t("tokenInvalid")}</Notice> : null}
      <TextField id="password" name="password" type="password" autoComplete="new-password" label={t("password")} error={validation(errors.password ?? errors.token)} required />
      <Button type="submit" busy={reset.isPending}>
        {t("submit")}
      </Button>
    </form>
  );
}
