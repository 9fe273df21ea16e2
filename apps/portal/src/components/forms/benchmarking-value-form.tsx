"use client";

import type { RouterInputs } from "@clusterwerk/api";
import { correctValueInput, reportedValueInput } from "@clusterwerk/validators/benchmarking";
import { Button, Notice, SelectField, TextAreaField, TextField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "~/i18n/navigation";
import { formText } from "~/lib/form-data";
import { useTRPC } from "~/trpc/react";
import { useFieldErrors } from "../use-field-errors";

type Value = number | boolean | null;
type IndicatorId = RouterInputs["benchmarking"]["setValue"]["indicatorId"];

/** The form's value text as the procedures take it: yes/no, a number (decimal comma accepted), or null when blank. */
function parseValue(text: string, yesNo: boolean): Value {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (yesNo) return trimmed === "yes";
  return Number(trimmed.replace(",", "."));
}

/**
 * Enters one value: the manager's reported value with a note (draft), or the assessor's correction with
 * its required note (under review). Field errors come from the shared schemas (a percentage of 140 is
 * refused on the value field), and again from the server.
 */
export function BenchmarkingValueForm({
  benchmarkingId,
  indicatorId,
  yesNo,
  value,
  note,
  mode,
}: {
  benchmarkingId: string;
  indicatorId: IndicatorId;
  yesNo: boolean;
  value: Value;
  note: string | null;
  mode: "report" | "correct";
}) {
  const t = useTranslations("benchmarking");
  const trpc = useTRPC();
  const router = useRouter();
  const fields = useFieldErrors(mode === "report" ? reportedValueInput : correctValueInput);
  const options = { onError: fields.showServerErrors, onSuccess: () => router.refresh() };
  const report = useMutation(trpc.benchmarking.setValue.mutationOptions(options));
  const correct = useMutation(trpc.benchmarking.correctValue.mutationOptions(options));
  const id = `${mode}-${indicatorId}`;
  const shown = value === null ? "" : typeof value === "boolean" ? (value ? "yes" : "no") : String(value);
  return (
    <form
      noValidate
      className="space-y-2"
      data-testid={`${id}-form`}
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const values = {
          benchmarkingId,
          indicatorId,
          value: parseValue(formText(form, "value"), yesNo),
          note: formText(form, "note"),
        };
        if (!fields.check(values)) return;
        if (mode === "report") report.mutate({ ...values, note: values.note.trim() === "" ? null : values.note });
        else correct.mutate(values);
      }}
    >
      {yesNo ? (
        <SelectField id={`${id}-value`} name="value" label={t("value")} defaultValue={shown} error={fields.errorFor("value")}>
          <option value="">{t("noValue")}</option>
          <option value="yes">{t("yes")}</option>
          <option value="no">{t("no")}</option>
        </SelectField>
      ) : (
        <TextField
          id={`${id}-value`}
          name="value"
          inputMode="decimal"
          label={t("value")}
          defaultValue={shown}
          error={fields.errorFor("value")}
        />
      )}
      <TextAreaField
        id={`${id}-note`}
        name="note"
        label={mode === "report" ? t("note") : t("correctionNote")}
        defaultValue={mode === "report" ? (note ?? "") : ""}
        error={fields.errorFor("note")}
        rows={2}
        required={mode === "correct"}
      />
      <Button type="submit" variant="secondary" busy={report.isPending || correct.isPending}>
        {mode === "report" ? t("save") : t("correct")}
      </Button>
      {fields.errorFor("indicatorId") ? <Notice tone="error">{fields.errorFor("indicatorId")}</Notice> : null}
      {fields.formError ? <Notice tone="error">{fields.formError}</Notice> : null}
      {report.isSuccess || correct.isSuccess ? (
        <Notice tone="success" testId={`${id}-saved`}>
          {t("saved")}
        </Notice>
      ) : null}
    </form>
  );
}
