"use client";

import { labelAwardInput, type LabelLevel } from "@clusterwerk/validators/labels";
import { Button, Notice, TextAreaField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { formText } from "~/lib/form-data";
import { useTRPC } from "~/trpc/react";
import { useFieldErrors } from "../use-field-errors";

/**
 * Awards one level with a rationale, after an explicit confirmation (awards are immutable, §6.3). Used
 * for a first award (`benchmarkingId`) and for a correction that supersedes an award (`supersedes`).
 */
export function LabelAwardForm({
  target,
  level,
  levels,
  clusterName,
  validUntil,
}: {
  target: { benchmarkingId: string } | { supersedes: string };
  level: LabelLevel;
  /** Levels a correction may choose from; a first award has exactly its `level`. */
  levels?: readonly LabelLevel[];
  clusterName: string;
  validUntil: string | null;
}) {
  const t = useTranslations("labels");
  const trpc = useTRPC();
  const router = useRouter();
  const fields = useFieldErrors(labelAwardInput);
  const [values, setValues] = useState<{ level: LabelLevel; rationale: string } | null>(null);
  const [chosen, setChosen] = useState<LabelLevel>(level);
  const onSuccess = () => {
    setValues(null);
    router.refresh();
  };
  const award = useMutation(trpc.label.award.mutationOptions({ onError: fields.showServerErrors, onSuccess }));
  const supersede = useMutation(trpc.label.supersede.mutationOptions({ onError: fields.showServerErrors, onSuccess }));
  const pending = award.isPending || supersede.isPending;
  const idPrefix = "supersedes" in target ? `supersede-${target.supersedes}` : `award-${level}`;
  const submit = () => {
    if (!values) return;
    if ("supersedes" in target) supersede.mutate({ awardId: target.supersedes, ...values });
    else award.mutate({ benchmarkingId: target.benchmarkingId, ...values });
  };
  const done = award.isSuccess || supersede.isSuccess;
  return (
    <form
      noValidate
      className="space-y-3"
      data-testid={`${idPrefix}-form`}
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const next = { level: chosen, rationale: formText(form, "rationale") };
        if (fields.check(next)) setValues(next);
      }}
    >
      {levels ? (
        <fieldset className="flex flex-wrap gap-3 text-sm">
          <legend className="mb-1 font-medium">{t("assess.supersedeLevel")}</legend>
          {levels.map((option) => (
            <label key={option} className="flex items-center gap-1">
              <input type="radio" name="level" value={option} checked={chosen === option} onChange={() => setChosen(option)} />
              {t(`levels.${option}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <TextAreaField
        id={`${idPrefix}-rationale`}
        name="rationale"
        label={t("assess.rationale")}
        hint={t("assess.rationaleHint")}
        error={fields.errorFor("rationale")}
        rows={3}
        required
      />
      {values ? (
        <div role="group" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          <p>
            {"supersedes" in target
              ? t("assess.supersedeConfirm", { level: t(`levels.${values.level}`) })
              : t("assess.confirmAward", { level: t(`levels.${values.level}`), cluster: clusterName, until: validUntil ?? "–" })}
          </p>
          <div className="flex gap-2">
            <Button type="button" busy={pending} onClick={submit}>
              {t("assess.confirmYes")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setValues(null)}>
              {t("assess.cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <Button type="submit">{"supersedes" in target ? t("assess.supersede") : t("assess.award", { level: t(`levels.${level}`) })}</Button>
      )}
      {fields.formError ? <Notice tone="error">{fields.formError}</Notice> : null}
      {done ? (
        <Notice tone="success" testId={`${idPrefix}-done`}>
          {"supersedes" in target
            ? t("assess.superseded")
            : level === "gold"
              ? t("assess.awardedWaiting")
              : t("assess.awarded", { level: t(`levels.${level}`) })}
        </Notice>
      ) : null}
    </form>
  );
}
