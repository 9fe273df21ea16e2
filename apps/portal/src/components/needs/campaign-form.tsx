"use client";

import { needCategories, needCategoryLabels } from "@clusterwerk/scoring/domain";
import { CAMPAIGN_TITLE_MAX_LENGTH, campaignInput } from "@clusterwerk/validators/needs";
import { Button, Notice, TextField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "~/i18n/navigation";
import { formText } from "~/lib/form-data";
import { useTRPC } from "~/trpc/react";
import { useFieldErrors } from "../use-field-errors";

/**
 * A manager creates a campaign: title, period, categories asked and the organisations asked (all active
 * members preselected). Every message shows on its field; the period may not end before it starts.
 */
export function CampaignForm({
  clusterId,
  clusterSlug,
  organisations,
  today,
}: {
  clusterId: string;
  clusterSlug: string;
  organisations: { id: string; name: string }[];
  today: string;
}) {
  const t = useTranslations("campaigns");
  const locale = useLocale() === "en" ? "en" : "de";
  const trpc = useTRPC();
  const router = useRouter();
  const fields = useFieldErrors(campaignInput);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(organisations.map((organisation) => organisation.id)));
  const create = useMutation(
    trpc.campaign.create.mutationOptions({
      onError: fields.showServerErrors,
      onSuccess: ({ id }) => router.push(`/c/${clusterSlug}/manage/campaigns/${id}`),
    }),
  );
  const fieldsetClass = "space-y-2 rounded-md border p-3 md:col-span-2";
  return (
    <form
      noValidate
      className="grid gap-4 md:grid-cols-2"
      data-testid="campaign-form"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const values = {
          title: formText(form, "title"),
          opensOn: formText(form, "opensOn"),
          closesOn: formText(form, "closesOn"),
          categories: form.getAll("categories").filter((value) => typeof value === "string"),
          organisationIds: organisations.filter((organisation) => chosen.has(organisation.id)).map((organisation) => organisation.id),
        };
        const parsed = campaignInput.safeParse(values);
        if (fields.check(values) && parsed.success) create.mutate({ clusterId, ...parsed.data });
      }}
    >
      <div className="md:col-span-2">{fields.formError ? <Notice tone="error">{fields.formError}</Notice> : null}</div>
      <div className="md:col-span-2">
        <TextField
          id="campaign-title"
          name="title"
          label={t("fields.title")}
          maxLength={CAMPAIGN_TITLE_MAX_LENGTH}
          error={fields.errorFor("title")}
          required
        />
      </div>
      <TextField
        id="campaign-opens"
        name="opensOn"
        type="date"
        label={t("fields.opensOn")}
        defaultValue={today}
        error={fields.errorFor("opensOn")}
        required
      />
      <TextField
        id="campaign-closes"
        name="closesOn"
        type="date"
        label={t("fields.closesOn")}
        error={fields.errorFor("closesOn")}
        required
      />
      <fieldset
        className={`${fieldsetClass} ${fields.hasError("categories") ? "border-red-600" : "border-slate-300"}`}
        aria-describedby={fields.hasError("categories") ? "campaign-categories-error" : undefined}
      >
        <legend className="px-1 text-sm font-medium text-slate-800">{t("fields.categories")}</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {needCategories.map((category) => (
            <label key={category} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="categories" value={category} />
              {needCategoryLabels[category][locale]}
            </label>
          ))}
        </div>
        {fields.hasError("categories") ? (
          <p id="campaign-categories-error" className="text-sm text-red-700" data-field-error="categories">
            {fields.errorFor("categories")}
          </p>
        ) : null}
      </fieldset>
      <fieldset
        className={`${fieldsetClass} ${fields.hasError("organisationIds") ? "border-red-600" : "border-slate-300"}`}
        aria-describedby={fields.hasError("organisationIds") ? "campaign-organisations-error" : "campaign-organisations-hint"}
      >
        <legend className="px-1 text-sm font-medium text-slate-800">{t("fields.organisations")}</legend>
        <div className="flex flex-wrap items-center gap-2">
          <p id="campaign-organisations-hint" className="text-xs text-slate-600">
            {t("fields.organisationsHint", { count: chosen.size, total: organisations.length })}
          </p>
          <Button type="button" variant="ghost" onClick={() => setChosen(new Set(organisations.map((organisation) => organisation.id)))}>
            {t("selectAll")}
          </Button>
          <Button type="button" variant="ghost" onClick={() => setChosen(new Set())}>
            {t("selectNone")}
          </Button>
        </div>
        <div className="grid max-h-72 gap-1 overflow-y-auto sm:grid-cols-2">
          {organisations.map((organisation) => (
            <label key={organisation.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={chosen.has(organisation.id)}
                onChange={(event) => {
                  const next = new Set(chosen);
                  if (event.target.checked) next.add(organisation.id);
                  else next.delete(organisation.id);
                  setChosen(next);
                }}
              />
              {organisation.name}
            </label>
          ))}
        </div>
        {fields.hasError("organisationIds") ? (
          <p id="campaign-organisations-error" className="text-sm text-red-700" data-field-error="organisationIds">
            {fields.errorFor("organisationIds")}
          </p>
        ) : null}
      </fieldset>
      <div className="md:col-span-2">
        <Button type="submit" busy={create.isPending}>
          {t("create")}
        </Button>
      </div>
    </form>
  );
}
