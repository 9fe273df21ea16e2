"use client";

import { memberCategories } from "@clusterwerk/scoring/domain";
import { Button, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { useServerErrorText } from "../use-server-error-text";

/**
 * Per prospect: mark as contacted, and convert (issue 9) after a confirmation that names what it creates
 * (the organisation and an active membership) with the member category to give it.
 */
export function ProspectActions({
  prospectId,
  name,
  status,
  proposedCategory,
}: {
  prospectId: string;
  name: string;
  status: "new" | "contacted";
  proposedCategory: "sme" | "large";
}) {
  const t = useTranslations("prospects");
  const tcat = useTranslations("categories");
  const trpc = useTRPC();
  const router = useRouter();
  const serverErrorText = useServerErrorText();
  const [confirming, setConfirming] = useState(false);
  const [category, setCategory] = useState<(typeof memberCategories)[number]>(proposedCategory);
  const contacted = useMutation(trpc.prospect.markContacted.mutationOptions({ onSuccess: () => router.refresh() }));
  const convert = useMutation(trpc.prospect.convert.mutationOptions({ onSuccess: () => router.refresh() }));
  const error = contacted.error ?? convert.error;
  if (confirming) {
    return (
      <div role="group" aria-label={t("convertTitle", { name })} className="space-y-2 text-sm">
        <p>{t("convertConfirm", { name })}</p>
        <label className="block">
          <span className="block font-medium">{t("category")}</span>
          <select
            value={category}
            onChange={(event) => setCategory(memberCategories.find((value) => value === event.target.value) ?? proposedCategory)}
            className="mt-1 rounded-md border border-slate-300 px-2 py-1"
          >
            {memberCategories.map((value) => (
              <option key={value} value={value}>
                {tcat(value)}
              </option>
            ))}
          </select>
        </label>
        <div className="flex gap-2">
          <Button busy={convert.isPending} onClick={() => convert.mutate({ prospectId, category })} data-testid="confirm-convert">
            {t("convert")}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {t("cancel")}
          </Button>
        </div>
        {error ? <Notice tone="error">{serverErrorText(error.message)}</Notice> : null}
      </div>
    );
  }
  return (
    <div className="flex flex-wrap gap-2">
      {status === "new" ? (
        <Button
          variant="secondary"
          busy={contacted.isPending}
          onClick={() => contacted.mutate({ prospectId })}
          aria-label={t("markContactedOf", { name })}
        >
          {t("markContacted")}
        </Button>
      ) : null}
      <Button variant="secondary" onClick={() => setConfirming(true)} aria-label={t("convertOf", { name })} data-testid="convert">
        {t("convert")}
      </Button>
      {error ? <Notice tone="error">{serverErrorText(error.message)}</Notice> : null}
    </div>
  );
}
