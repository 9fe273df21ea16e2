"use client";

import { requestPasswordResetInput } from "@clusterwerk/validators";
import { Button, Notice, TextField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { type FieldErrors, serverFieldErrors, zodFieldErrors } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";
import { formText } from "~/lib/form-data";
import { useValidationText } from "../use-validation-text";

export function ForgotPasswordForm() {
  const t = useTranslations("reset");
  const validation = useValidationText();
  const trpc = useTRPC();
  const [errors, setErrors] = useState<FieldErrors>({});
  const request = useMutation(trpc.account.requestPasswordReset.mutationOptions({ onError: (error) => setErrors(serverFieldErrors(error) ?? {}) }));

  if (request.isSuccess) return <Notice tone="success" testId="reset-requested">{t("sent")}</Notice>;
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const values = { email: formText(new FormData(event.currentTarget), "email") };
        const fieldErrors = zodFieldErrors(requestPasswordResetInput, values);
        setErrors(fieldErrors ?? {});
        if (!fieldErrors) request.mutate(values);
      }}
    >
      <p className="text-sm text-slate-700">{t("requestLead")}</p>
      <TextField id="email" name="email" type="email" autoComplete="email" label={t("email")} error={validation(errors.email)} required />
      <Button type="submit" busy={request.isPending}>
        {t("send")}
      </Button>
    </form>
  );
}
