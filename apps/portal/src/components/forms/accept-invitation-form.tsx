"use client";

import { acceptInvitationInput } from "@clusterwerk/validators/account";
import { Button, Notice, TextField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "~/trpc/react";
import { formText } from "~/lib/form-data";
import { useFieldErrors } from "../use-field-errors";
import { PasswordField } from "./password-field";
import { SignedOutDoneNotice } from "./signed-out-done-notice";

export function AcceptInvitationForm({ token, email, defaultName }: { token: string; email: string; defaultName: string }) {
  const t = useTranslations("invitation");
  const trpc = useTRPC();
  const fields = useFieldErrors(acceptInvitationInput);
  const accept = useMutation(trpc.account.acceptInvitation.mutationOptions({ onError: fields.showServerErrors }));

  if (accept.isSuccess) {
    return <SignedOutDoneNotice testId="invitation-accepted">{t("done", { email })}</SignedOutDoneNotice>;
  }
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const values = { token, name: formText(form, "name"), password: formText(form, "password") };
        if (fields.check(values)) accept.mutate(values);
      }}
    >
      {fields.formError ? <Notice tone="error">{fields.formError}</Notice> : null}
      <TextField id="email" label={t("email")} value={email} readOnly />
      <TextField
        id="name"
        name="name"
        autoComplete="name"
        label={t("name")}
        defaultValue={defaultName}
        error={fields.errorFor("name")}
        required
      />
      <PasswordField purpose="new" label={t("password")} hint={t("passwordHint")} error={fields.errorFor("password")} />
      <Button type="submit" busy={accept.isPending}>
        {t("submit")}
      </Button>
    </form>
  );
}
