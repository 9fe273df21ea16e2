"use client";

import { needCategories, needCategoryLabels, needHorizons, needVisibilities } from "@clusterwerk/scoring/domain";
import { memberNeedStatuses, NEED_DESCRIPTION_MAX_LENGTH, NEED_TITLE_MAX_LENGTH, needInput } from "@clusterwerk/validators/needs";
import { Button, Notice, SelectField, TextAreaField, TextField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "~/i18n/navigation";
import { formText } from "~/lib/form-data";
import { useTRPC } from "~/trpc/react";
import { useFieldErrors } from "../use-field-errors";

export interface NeedFormValues {
  category: string;
  title: string;
  description: string | null;
  importance: number;
  horizon: string;
  status: string;
  visibility: string;
}

/** The form number field's value: an empty field is no number, so the schema says the field is required. */
function numberOf(value: string): number | undefined {
  return value.trim() === "" ? undefined : Number(value);
}

/**
 * Registers a need of the organisation (`needId` absent) or edits one; the same schema as the procedure
 * checks the values first, and every message shows on its field.
 */
export function NeedForm({
  clusterId,
  clusterSlug,
  organisationId,
  needId,
  initial,
}: {
  clusterId: string;
  clusterSlug: string;
  organisationId: string;
  needId?: string;
  initial?: NeedFormValues;
}) {
  const t = useTranslations("needs");
  const locale = useLocale() === "en" ? "en" : "de";
  const trpc = useTRPC();
  const router = useRouter();
  const fields = useFieldErrors(needInput);
  const onError = fields.showServerErrors;
  const create = useMutation(
    trpc.need.create.mutationOptions({ onError, onSuccess: ({ id }) => router.push(`/c/${clusterSlug}/needs/${id}`) }),
  );
  const update = useMutation(trpc.need.update.mutationOptions({ onError, onSuccess: () => router.refresh() }));
  const pending = create.isPending || update.isPending;
  return (
    <form
      noValidate
      className="grid gap-4 md:grid-cols-2"
      data-testid="need-form"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const values = {
          category: formText(form, "category"),
          title: formText(form, "title"),
          description: formText(form, "description"),
          importance: numberOf(formText(form, "importance")),
          horizon: formText(form, "horizon"),
          status: formText(form, "status"),
          visibility: formText(form, "visibility"),
        };
        create.reset();
        update.reset();
        const parsed = needInput.safeParse(values);
        if (!fields.check(values) || !parsed.success) return;
        const scope = { clusterId, organisationId };
        if (needId) update.mutate({ ...scope, needId, ...parsed.data });
        else create.mutate({ ...scope, ...parsed.data });
      }}
    >
      <div className="md:col-span-2">
        {fields.formError ? <Notice tone="error">{fields.formError}</Notice> : null}
        {update.isSuccess ? (
          <Notice tone="success" testId="need-saved">
            {t("saved")}
          </Notice>
        ) : null}
      </div>
      <SelectField
        id="need-category"
        name="category"
        label={t("fields.category")}
        defaultValue={initial?.category ?? ""}
        error={fields.errorFor("category")}
      >
        <option value="" disabled>
          {t("chooseCategory")}
        </option>
        {needCategories.map((category) => (
          <option key={category} value={category}>
            {needCategoryLabels[category][locale]}
          </option>
        ))}
      </SelectField>
      <TextField
        id="need-title"
        name="title"
        label={t("fields.title")}
        defaultValue={initial?.title ?? ""}
        maxLength={NEED_TITLE_MAX_LENGTH}
        error={fields.errorFor("title")}
        required
      />
      <div className="md:col-span-2">
        <TextAreaField
          id="need-description"
          name="description"
          label={t("fields.description")}
          defaultValue={initial?.description ?? ""}
          maxLength={NEED_DESCRIPTION_MAX_LENGTH}
          rows={4}
          error={fields.errorFor("description")}
        />
      </div>
      <TextField
        id="need-importance"
        name="importance"
        type="number"
        inputMode="numeric"
        min={1}
        max={5}
        step={1}
        label={t("fields.importance")}
        hint={t("fields.importanceHint")}
        defaultValue={String(initial?.importance ?? 3)}
        error={fields.errorFor("importance")}
        required
      />
      <SelectField
        id="need-horizon"
        name="horizon"
        label={t("fields.horizon")}
        defaultValue={initial?.horizon ?? "now"}
        error={fields.errorFor("horizon")}
      >
        {needHorizons.map((horizon) => (
          <option key={horizon} value={horizon}>
            {t(`horizons.${horizon}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="need-status"
        name="status"
        label={t("fields.status")}
        defaultValue={initial?.status ?? "open"}
        error={fields.errorFor("status")}
      >
        {memberNeedStatuses.map((status) => (
          <option key={status} value={status}>
            {t(`statuses.${status}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="need-visibility"
        name="visibility"
        label={t("fields.visibility")}
        hint={t("fields.visibilityHint")}
        defaultValue={initial?.visibility ?? "management"}
        error={fields.errorFor("visibility")}
      >
        {needVisibilities.map((visibility) => (
          <option key={visibility} value={visibility}>
            {t(`visibilities.${visibility}`)}
          </option>
        ))}
      </SelectField>
      <div className="flex items-end md:col-span-2">
        <Button type="submit" busy={pending}>
          {needId ? t("save") : t("create")}
        </Button>
      </div>
    </form>
  );
}
