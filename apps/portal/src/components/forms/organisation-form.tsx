"use client";

import type { RouterOutputs } from "@clusterwerk/api";
import { memberCategories } from "@clusterwerk/scoring/domain";
import { ORGANISATION_NAME_MAX_LENGTH, organisationProfile } from "@clusterwerk/validators/organisation";
import { Button, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { formText, formTexts } from "~/lib/form-data";
import { useFieldErrors } from "../use-field-errors";
import { FormField } from "./form-field";
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
  const fields = useFieldErrors(organisationProfile, (name) => t(name));
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
      <FormField fields={fields} name="name" defaultValue={organisation.name} required maxLength={ORGANISATION_NAME_MAX_LENGTH} />
      <FormField fields={fields} name="category" as="select" defaultValue={organisation.category}>
        {memberCategories.map((category) => (
          <option key={category} value={category}>
            {tcat(category)}
          </option>
        ))}
      </FormField>
      <FormField
        fields={fields}
        name="employees"
        inputMode="numeric"
        hint={t("employeesHint")}
        defaultValue={organisation.employees ?? ""}
      />
      <FormField fields={fields} name="website" type="url" defaultValue={organisation.website ?? ""} />
      <FormField fields={fields} name="street" defaultValue={organisation.street ?? ""} />
      <FormField fields={fields} name="postalCode" defaultValue={organisation.postalCode ?? ""} />
      <FormField fields={fields} name="city" defaultValue={organisation.city} required />
      <FormField fields={fields} name="country" defaultValue={organisation.country} maxLength={2} required />
      <FormField fields={fields} name="lat" inputMode="decimal" defaultValue={organisation.lat ?? ""} />
      <FormField fields={fields} name="lon" inputMode="decimal" defaultValue={organisation.lon ?? ""} />
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
        <FormField fields={fields} name="description" as="textarea" rows={4} defaultValue={organisation.description ?? ""} />
      </div>
      <div className="md:col-span-2">
        <Button type="submit" busy={update.isPending}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
