"use client";

import type { ProfileStatus } from "@clusterwerk/scoring/domain";
import { profileRenewal } from "@clusterwerk/validators/cooperation";
import { Button, Notice, TextField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { formText } from "~/lib/form-data";
import { useTRPC } from "~/trpc/react";
import { useFieldErrors } from "../use-field-errors";

/** Publish a draft, close a profile (after confirmation), or renew it with a new expiry (DOMAIN.md §5.1). */
export function ProfileActions({
  scope,
  profileId,
  status,
  renewDefault,
}: {
  scope: { clusterId: string; organisationId: string };
  profileId: string;
  status: ProfileStatus;
  renewDefault: string;
}) {
  const t = useTranslations("cooperation");
  const trpc = useTRPC();
  const router = useRouter();
  const [confirmClose, setConfirmClose] = useState(false);
  const fields = useFieldErrors(profileRenewal);
  const onError = fields.showServerErrors;
  const onSuccess = () => router.refresh();
  const publish = useMutation(trpc.cooperation.publish.mutationOptions({ onError, onSuccess }));
  const close = useMutation(trpc.cooperation.close.mutationOptions({ onError, onSuccess }));
  const renew = useMutation(trpc.cooperation.renew.mutationOptions({ onError, onSuccess }));
  return (
    <div className="space-y-4" data-testid="profile-actions">
      {fields.formError ? <Notice tone="error">{fields.formError}</Notice> : null}
      <div className="flex flex-wrap gap-2">
        {status === "draft" ? (
          <Button busy={publish.isPending} onClick={() => publish.mutate({ ...scope, profileId })}>
            {t("publish")}
          </Button>
        ) : null}
        {status !== "closed" && !confirmClose ? (
          <Button variant="secondary" onClick={() => setConfirmClose(true)}>
            {t("close")}
          </Button>
        ) : null}
        {confirmClose ? (
          <>
            <span className="self-center text-sm text-slate-800">{t("closeConfirm")}</span>
            <Button variant="danger" busy={close.isPending} onClick={() => close.mutate({ ...scope, profileId })}>
              {t("closeYes")}
            </Button>
            <Button variant="secondary" onClick={() => setConfirmClose(false)}>
              {t("cancel")}
            </Button>
          </>
        ) : null}
      </div>
      {status !== "draft" ? (
        <form
          noValidate
          className="flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            const values = { profileId, validUntil: formText(new FormData(event.currentTarget), "validUntil") };
            const parsed = profileRenewal.safeParse(values);
            if (!fields.check(values) || !parsed.success) return;
            renew.mutate({ ...scope, ...parsed.data });
          }}
        >
          <TextField
            id="renew-valid-until"
            name="validUntil"
            type="date"
            label={t("renewUntil")}
            defaultValue={renewDefault}
            error={fields.errorFor("validUntil")}
          />
          <Button type="submit" variant="secondary" busy={renew.isPending}>
            {t("renew")}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
