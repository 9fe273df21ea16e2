"use client";

import { acceptInvitationInput } from "@clusterwerk/validators";
import { Button, Notice, TextField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Link } from "~/i18n/navigation";
import { type FieldErrors, serverFieldErrors, serverMessage, zodFieldErrors } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";
import { formText } from "~/lib/form-data";
import { useValidationText } from "../use-validation-text";

const tokenMessages = new Set(["tokenInvalid", "tokenAccepted", "tokenExpired", "tokenRevoked"]);

export function AcceptInvitationForm({ token, email, defaultName }: { token: string; email: string; defaultName: string }) {
  const t = useTranslations("invitation");
  const tn = useTranslations("nav");
  const validation = useValidationText();
  const trpc = useTRPC();
  const [errors, setErrors] = useState<FieldErrors>({});
  const accept = useMutation(trpc.account.acceptInvitation.mutationOptions({ onError: (error) => setErrors(serverFieldErrors(error) ?? {}) }));

  if (accept.isSuccess) {
    return (
      <Notice tone="success" testId="invitation-accepted">
        {t("done", { email })}{" "}
        <Link href="/sign-in" className="underline">
          {tn("signIn")}
        </Link>
      </Notice>
    );
  }
  const failure = accept.isError ? serverMessage(accept.error) : null;
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const values = { token, name: formText(form, "name"), password: formText(form, "password") };
        const fieldErrors = zodFieldErrors(acceptInvitationInput, values);
        setErrors(fieldErrors ?? {});
        if (!fieldErrors) accept.mutate(values);
      }}
    >
      {failure && tokenMessages.has(failure) ? <Notice tone="error">{t(failure as "tokenInvalid")}</Notice> : null}
      <TextField id="email" label={t("email")} value={email} readOnly />
      <TextField id="name" name="name" autoComplete="name" label={t("name")} defaultValue={defaultName} error={validation(errors.name)} required />
      <TextField id="password" name="password" type="password" autoComplete="new-password" label={t("password")} hint={t("passwordHint")} error={validation(errors.password)} required />
      <Button type="submit" busy={accept.isPending}>
        {t("submit")}
      </Button>
    </form>
  );
}
