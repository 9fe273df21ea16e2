"use client";

import { type NeedCategory, needCategoryLabels, needHorizons } from "@clusterwerk/scoring/domain";
import { campaignAnswerInput, NEED_DESCRIPTION_MAX_LENGTH, NEED_TITLE_MAX_LENGTH } from "@clusterwerk/validators/needs";
import { Button, Notice, SelectField, TextAreaField, TextField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { formText } from "~/lib/form-data";
import { useTRPC } from "~/trpc/react";
import { useServerErrorText } from "../use-server-error-text";
import { useValidationText } from "../use-validation-text";

interface Row {
  key: number;
  category: NeedCategory;
}

/**
 * A member answers a campaign: for each asked category any number of needs (title, importance, horizon,
 * description). Submitting marks the organisation as having answered, with or without needs. Messages
 * show on each answer's field (the schema's paths are `answers.<index>.<field>`).
 */
export function CampaignAnswerForm({
  clusterId,
  organisationId,
  campaignId,
  categories,
}: {
  clusterId: string;
  organisationId: string;
  campaignId: string;
  categories: NeedCategory[];
}) {
  const t = useTranslations("campaigns");
  const tn = useTranslations("needs");
  const locale = useLocale() === "en" ? "en" : "de";
  const trpc = useTRPC();
  const router = useRouter();
  const validation = useValidationText();
  const serverErrorText = useServerErrorText();
  const [rows, setRows] = useState<Row[]>([]);
  const [nextKey, setNextKey] = useState(1);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const answer = useMutation(
    trpc.campaign.answer.mutationOptions({
      onSuccess: () => {
        setRows([]);
        router.refresh();
      },
    }),
  );
  const errorFor = (key: number, field: string) => validation(errors[`${key}.${field}`]);
  return (
    <form
      noValidate
      className="space-y-6"
      data-testid="campaign-answer-form"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const answers = rows.map((row) => ({
          category: row.category,
          title: formText(form, `${row.key}.title`),
          description: formText(form, `${row.key}.description`),
          importance: formText(form, `${row.key}.importance`).trim() === "" ? undefined : Number(formText(form, `${row.key}.importance`)),
          horizon: formText(form, `${row.key}.horizon`),
        }));
        answer.reset();
        const parsed = campaignAnswerInput.safeParse({ campaignId, answers });
        if (!parsed.success) {
          const found: Record<string, string> = {};
          for (const issue of parsed.error.issues) {
            const [, index, field] = issue.path;
            const row = typeof index === "number" ? rows[index] : undefined;
            if (row && typeof field === "string") found[`${row.key}.${field}`] ??= issue.message;
          }
          setErrors(found);
          return;
        }
        setErrors({});
        answer.mutate({ clusterId, organisationId, ...parsed.data });
      }}
    >
      {answer.error ? <Notice tone="error">{serverErrorText(answer.error.message)}</Notice> : null}
      {answer.data ? (
        <Notice tone="success" testId="campaign-answered">
          {t("submitted", { count: answer.data.registered })}
        </Notice>
      ) : null}
      {categories.map((category) => {
        const label = needCategoryLabels[category][locale];
        const inCategory = rows.filter((row) => row.category === category);
        return (
          <fieldset key={category} className="space-y-3 rounded-md border border-slate-300 p-3" data-category={category}>
            <legend className="px-1 font-medium text-slate-900">{label}</legend>
            {inCategory.map((row, index) => (
              <div
                key={row.key}
                role="group"
                aria-label={`${label}: ${t("needNumber", { number: index + 1 })}`}
                className="grid gap-3 border-t border-slate-200 pt-3 md:grid-cols-4"
              >
                <div className="md:col-span-2">
                  <TextField
                    id={`answer-${row.key}-title`}
                    name={`${row.key}.title`}
                    label={tn("fields.title")}
                    maxLength={NEED_TITLE_MAX_LENGTH}
                    error={errorFor(row.key, "title")}
                    required
                  />
                </div>
                <TextField
                  id={`answer-${row.key}-importance`}
                  name={`${row.key}.importance`}
                  type="number"
                  min={1}
                  max={5}
                  label={tn("fields.importance")}
                  defaultValue="3"
                  error={errorFor(row.key, "importance")}
                  required
                />
                <SelectField
                  id={`answer-${row.key}-horizon`}
                  name={`${row.key}.horizon`}
                  label={tn("fields.horizon")}
                  defaultValue="now"
                  error={errorFor(row.key, "horizon")}
                >
                  {needHorizons.map((horizon) => (
                    <option key={horizon} value={horizon}>
                      {tn(`horizons.${horizon}`)}
                    </option>
                  ))}
                </SelectField>
                <div className="md:col-span-3">
                  <TextAreaField
                    id={`answer-${row.key}-description`}
                    name={`${row.key}.description`}
                    label={tn("fields.description")}
                    maxLength={NEED_DESCRIPTION_MAX_LENGTH}
                    rows={2}
                    error={errorFor(row.key, "description")}
                  />
                </div>
                <div className="flex items-end">
                  <Button type="button" variant="ghost" onClick={() => setRows(rows.filter((other) => other.key !== row.key))}>
                    {t("removeNeed")}
                  </Button>
                </div>
              </div>
            ))}
            <Button
              type="button"
              variant="secondary"
              aria-label={`${t("addNeed")}: ${label}`}
              onClick={() => {
                setRows([...rows, { key: nextKey, category }]);
                setNextKey(nextKey + 1);
              }}
            >
              {t("addNeed")}
            </Button>
          </fieldset>
        );
      })}
      <Button type="submit" busy={answer.isPending}>
        {t("submit")}
      </Button>
    </form>
  );
}
