"use client";

import { needStatuses } from "@clusterwerk/scoring/domain";
import { Button, Notice, SelectField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { useServerErrorText } from "../use-server-error-text";

type Status = (typeof needStatuses)[number];

/** A manager sets a need's status (in progress, addressed, …); the history on the page records it. */
export function NeedStatusForm({ needId, status }: { needId: string; status: Status }) {
  const t = useTranslations("needs");
  const trpc = useTRPC();
  const router = useRouter();
  const serverErrorText = useServerErrorText();
  const [value, setValue] = useState<Status>(status);
  const setStatus = useMutation(trpc.need.setStatus.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        setStatus.mutate({ needId, status: value });
      }}
    >
      <SelectField
        id="need-set-status"
        label={t("setStatus.label")}
        value={value}
        onChange={(event) => setValue(needStatuses.find((option) => option === event.target.value) ?? status)}
      >
        {needStatuses.map((option) => (
          <option key={option} value={option}>
            {t(`statuses.${option}`)}
          </option>
        ))}
      </SelectField>
      <Button type="submit" busy={setStatus.isPending}>
        {t("setStatus.save")}
      </Button>
      {setStatus.isSuccess ? <Notice tone="success">{t("setStatus.saved")}</Notice> : null}
      {setStatus.error ? <Notice tone="error">{serverErrorText(setStatus.error.message)}</Notice> : null}
    </form>
  );
}
