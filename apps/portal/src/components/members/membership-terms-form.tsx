"use client";

import { updateMembershipInput } from "@clusterwerk/validators/memberships";
import { Button, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { useFieldErrors } from "../use-field-errors";
import { MembershipTermsFields, readTerms, type TermsDefaults } from "./membership-terms-fields";

/** A manager changes a membership's status, joining day and commitment criteria; the history records it. */
export function MembershipTermsForm({ membershipId, defaults }: { membershipId: string; defaults: TermsDefaults }) {
  const t = useTranslations("members");
  const trpc = useTRPC();
  const router = useRouter();
  const fields = useFieldErrors(updateMembershipInput);
  const update = useMutation(
    trpc.membership.update.mutationOptions({ onError: fields.showServerErrors, onSuccess: () => router.refresh() }),
  );
  return (
    <form
      noValidate
      className="grid gap-4 md:grid-cols-2"
      data-testid="membership-terms"
      onSubmit={(event) => {
        event.preventDefault();
        const terms = readTerms(new FormData(event.currentTarget));
        update.reset();
        if (fields.check(terms)) update.mutate({ membershipId, ...terms });
      }}
    >
      <MembershipTermsFields idPrefix="terms" defaults={defaults} errorFor={fields.errorFor} />
      <div className="flex flex-wrap items-center gap-3 md:col-span-2">
        <Button type="submit" busy={update.isPending}>
          {t("save")}
        </Button>
        {update.isSuccess ? (
          <Notice tone="success" testId="terms-saved">
            {t("saved")}
          </Notice>
        ) : null}
        {fields.formError ? <Notice tone="error">{fields.formError}</Notice> : null}
      </div>
    </form>
  );
}
