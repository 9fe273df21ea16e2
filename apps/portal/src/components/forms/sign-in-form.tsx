"use client";

import { signInInput } from "@clusterwerk/validators/account";
import { Button, Notice, TextField } from "@clusterwerk/ui";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { formText } from "~/lib/form-data";
import { useFieldErrors } from "../use-field-errors";
import { PasswordField } from "./password-field";

export function SignInForm() {
  const t = useTranslations("signIn");
  const router = useRouter();
  const fields = useFieldErrors(signInInput);
  const [failure, setFailure] = useState<"invalid" | "rateLimited" | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = { email: formText(form, "email"), password: formText(form, "password") };
    setFailure(null);
    if (!fields.check(values)) return;
    setBusy(true);
    const result = await signIn("credentials", { ...values, redirect: false });
    setBusy(false);
    if (!result || result.error) {
      setFailure(result?.code === "rate_limited" ? "rateLimited" : "invalid");
      return;
    }
    router.push("/dashboard");
    router.refresh();
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="space-y-4">
      {failure ? (
        <Notice tone="error" testId="sign-in-error">
          {t(failure)}
        </Notice>
      ) : null}
      <TextField
        id="email"
        name="email"
        type="email"
        autoComplete="username"
        label={t("email")}
        error={fields.errorFor("email")}
        required
      />
      <PasswordField purpose="current" label={t("password")} error={fields.errorFor("password")} />
      <Button type="submit" busy={busy} className="w-full">
        {t("submit")}
      </Button>
    </form>
  );
}
