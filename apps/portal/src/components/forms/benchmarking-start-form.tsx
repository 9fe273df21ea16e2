"use client";

import { startBenchmarkingInput } from "@clusterwerk/validators/benchmarking";
import { Button, Notice, TextField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "~/i18n/navigation";
import { formText } from "~/lib/form-data";
import { useTRPC } from "~/trpc/react";
import { useFieldErrors } from "../use-field-errors";

/** Starts a benchmarking for a date (today or earlier) and opens it; derived values are filled on the server. */
export function BenchmarkingStartForm({ clusterId, slug, today }: { clusterId: string; slug: string; today: string }) {
  const t = useTranslations("benchmarking");
  const trpc = useTRPC();
  const router = useRouter();
  const fields = useFieldErrors(startBenchmarkingInput);
  const start = useMutation(
    trpc.benchmarking.start.mutationOptions({
      onError: fields.showServerErrors,
      onSuccess: ({ id }) => router.push(`/c/${slug}/manage/benchmarking/${id}`),
    }),
  );
  return (
    <form
      noValidate
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const values = { clusterId, benchmarkDate: formText(new FormData(event.currentTarget), "benchmarkDate") };
        if (fields.check(values)) start.mutate(values);
      }}
    >
      <TextField
        id="benchmark-date"
        name="benchmarkDate"
        type="date"
        label={t("benchmarkDate")}
        hint={t("benchmarkDateHint")}
        defaultValue={today}
        error={fields.errorFor("benchmarkDate")}
        required
      />
      <Button type="submit" busy={start.isPending}>
        {t("start")}
      </Button>
      {fields.formError ? <Notice tone="error">{fields.formError}</Notice> : null}
    </form>
  );
}
