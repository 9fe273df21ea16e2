"use client";

import { createInvitationInput } from "@clusterwerk/validators/account";
import { Button, Notice, SelectField, TextField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { formText } from "~/lib/form-data";
import { useFieldErrors } from "../use-field-errors";

export function InviteForm({ clusterId, organisations }: { clusterId: string; organisations: { id: string; name: string }[] }) {
  const t = useTranslations("invitations");
  const trpc = useTRPC();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const fields = useFieldErrors(createInvitationInput);
  const invite = useMutation(
    trpc.invitation.create.mutationOptions({
      onError: fields.showServerErrors,
      onSuccess: () => {
        formRef.current?.reset();
        router.refresh();
      },
    }),
  );
  return (
    <form
      ref={formRef}
      noValidate
      className="grid gap-4 md:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const values = {
          clusterId,
          organisationId: formText(form, "organisationId"),
          email: formText(form, "email"),
          name: formText(form, "name"),
        };
        invite.reset();
        if (fields.check(values)) invite.mutate(values);
      }}
    >
      <div className="md:col-span-2">
        {fields.formError ? <Notice tone="error">{fields.formError}</Notice> : null}
        {invite.isSuccess ? (
          <Notice tone="success" testId="invitation-sent">
            {t(invite.data.state === "awaitingConfirmation" ? "sentForConfirmation" : "sent", { email: invite.data.email })}
          </Notice>
        ) : null}
      </div>
      <SelectField
        id="organisationId"
        name="organisationId"
        label={t("organisation")}
        defaultValue=""
        error={fields.hasError("organisationId") ? t("chooseOrganisation") : undefined}
      >
        <option value="" disabled>
          {t("chooseOrganisation")}
        </option>
        {organisations.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </SelectField>
      <TextField id="invite-name" name="name" label={t("name")} error={fields.errorFor("name")} required />
      <TextField id="invite-email" name="email" type="email" label={t("email")} error={fields.errorFor("email")} required />
      <div className="flex items-end">
        <Button type="submit" busy={invite.isPending}>
          {t("send")}
        </Button>
      </div>
    </form>
  );
}
