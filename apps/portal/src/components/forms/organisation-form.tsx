"use client";

import type { RouterOutputs } from "@clusterwerk/api";
import { memberCategories } from "@clusterwerk/scoring/domain";
import { ORGANISATION_NAME_MAX_LENGTH, organisationProfile } from "@clusterwerk/validators";
import { Button, Notice, SelectField, TextAreaField, TextField } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { formText, formTexts } from "~/lib/form-data";
import { useFieldErrors } from "../use-field-errors";
import { TaxonomyPicker } from "./taxonomy-picker";

type Organisation = RouterOutputs["organisation"]["get"];

/** Empty input is null; anything else must be a number (NaN fails the schema with a clear message). */
function numberOrNull(text: string): number | null {
  const normalised = text.trim().replace(",", ".");
  return normalised === "" ? null : Number(normalised);
}

function readProfile(form: FormData) {
  return {
    name: formText(form, "name"),
    category: formText(form, "category"),
    employees: numberOrNull(formText(form, "employees")),
    street: formText(form, "street"),
    postalCode: formText(form, "postalCode"),
    city: formText(form, "city"),
    country: formText(form, "country"),
    lat: numberOrNull(formText(form, "lat")),
    lon: numberOrNull(formText(form, "lon")),
    nace: formTexts(form, "nace"),
    technologyTags: formTexts(form, "technologyTags"),
    website: formText(form, "website"),
    description: formText(form, "description"),
  };
}

export function OrganisationForm({ organisation, clusterId }: { organisation: Organisation; clusterId: string }) {
  const t = useTranslations("organisation");
  const tcat = useTranslations("categories");
  const trpc = useTRPC();
  const router = useRouter();
  const fields = useFieldErrors(organisationProfile);
  const update = useMutation(
    trpc.organisation.update.mutationOptions({
      onError: fields.showServerErrors,
      onSuccess: () => router.refresh(),
    }),
  );

  return (
    <form
      noValidate
      className="grid gap-4 md:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        const profile = readProfile(new FormData(event.currentTarget));
        update.reset();
        if (fields.check(profile))
          update.mutate({ clusterId, organisationId: organisation.id, profile: organisationProfile.parse(profile) });
      }}
    >
      <div className="md:col-span-2">
        {fields.hasErrors ? (
          <Notice tone="error" testId="form-errors">
            {t("fixErrors")}
          </Notice>
        ) : null}
        {fields.formError ? <Notice tone="error">{fields.formError}</Notice> : null}
        {update.isSuccess ? (
          <Notice tone="success" testId="form-saved">
            {t("saved")}
          </Notice>
        ) : null}
        {organisation.categoryMismatch ? <Notice tone="info">{t("categoryMismatch")}</Notice> : null}
      </div>
      <TextField
        id="name"
        name="name"
        label={t("name")}
        defaultValue={organisation.name}
        error={fields.errorFor("name")}
        required
        maxLength={ORGANISATION_NAME_MAX_LENGTH}
      />
      <SelectField
        id="category"
        name="category"
        label={t("category")}
        defaultValue={organisation.category}
        error={fields.errorFor("category")}
      >
        {memberCategories.map((category) => (
          <option key={category} value={category}>
            {tcat(category)}
          </option>
        ))}
      </SelectField>
      <TextField
        id="employees"
        name="employees"
        inputMode="numeric"
        label={t("employees")}
        hint={t("employeesHint")}
        defaultValue={organisation.employees ?? ""}
        error={fields.errorFor("employees")}
      />
      <TextField
        id="website"
        name="website"
        type="url"
        label={t("website")}
        defaultValue={organisation.website ?? ""}
        error={fields.errorFor("website")}
      />
      <TextField id="street" name="street" label={t("street")} defaultValue={organisation.street ?? ""} error={fields.errorFor("street")} />
      <TextField
        id="postalCode"
        name="postalCode"
        label={t("postalCode")}
        defaultValue={organisation.postalCode ?? ""}
        error={fields.errorFor("postalCode")}
      />
      <TextField id="city" name="city" label={t("city")} defaultValue={organisation.city} error={fields.errorFor("city")} required />
      <TextField
        id="country"
        name="country"
        label={t("country")}
        defaultValue={organisation.country}
        error={fields.errorFor("country")}
        maxLength={2}
        required
      />
      <TextField
        id="lat"
        name="lat"
        inputMode="decimal"
        label={t("lat")}
        defaultValue={organisation.lat ?? ""}
        error={fields.errorFor("lat")}
      />
      <TextField
        id="lon"
        name="lon"
        inputMode="decimal"
        label={t("lon")}
        defaultValue={organisation.lon ?? ""}
        error={fields.errorFor("lon")}
      />
      <TaxonomyPicker
        id="nace"
        name="nace"
        taxonomy="nace"
        label={t("nace")}
        defaultValue={organisation.nace}
        error={fields.errorFor("nace")}
      />
      <TaxonomyPicker
        id="technologyTags"
        name="technologyTags"
        taxonomy="technology"
        label={t("tags")}
        defaultValue={organisation.technologyTags}
        error={fields.errorFor("technologyTags")}
      />
      <div className="md:col-span-2">
        <TextAreaField
          id="description"
          name="description"
          rows={4}
          label={t("description")}
          defaultValue={organisation.description ?? ""}
          error={fields.errorFor("description")}
        />
      </div>
      <div className="md:col-span-2">
        <Button type="submit" busy={update.isPending}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
