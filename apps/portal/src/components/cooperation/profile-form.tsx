"use client";

import { partnershipTypes, profileLanguages, profileReaches, profileTypes } from "@clusterwerk/scoring/domain";
import {
  cooperationProfileInput,
  PROFILE_DESCRIPTION_MAX_LENGTH,
  PROFILE_SUMMARY_MAX_LENGTH,
  PROFILE_TITLE_MAX_LENGTH,
} from "@clusterwerk/validators/cooperation";
import { Button, Notice } from "@clusterwerk/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "~/i18n/navigation";
import { formText, formTexts } from "~/lib/form-data";
import { useTRPC } from "~/trpc/react";
import { useFieldErrors } from "../use-field-errors";
import { FormField } from "../forms/form-field";

export interface ProfileFormValues {
  type: string;
  language: string;
  title: string;
  summary: string;
  description: string;
  technologyTags: string[];
  nace: string[];
  partnershipTypes: string[];
  reach: string;
  validUntil: string;
}

/** A comma-separated field as a list (empty parts dropped). */
function listOf(value: string): string[] {
  return value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * Creates a draft cooperation profile (`profileId` absent) or edits one (DOMAIN.md §5.1). The procedure's
 * schema checks the values first; the server adds what needs the database (tags in the taxonomy).
 */
export function ProfileForm({
  clusterId,
  clusterSlug,
  organisationId,
  profileId,
  initial,
}: {
  clusterId: string;
  clusterSlug: string;
  organisationId: string;
  profileId?: string;
  initial: ProfileFormValues;
}) {
  const t = useTranslations("cooperation");
  const trpc = useTRPC();
  const router = useRouter();
  const fields = useFieldErrors(cooperationProfileInput, (name) => t(`fields.${name}`));
  const onError = fields.showServerErrors;
  const create = useMutation(
    trpc.cooperation.create.mutationOptions({ onError, onSuccess: ({ id }) => router.push(`/c/${clusterSlug}/cooperation/${id}`) }),
  );
  const update = useMutation(trpc.cooperation.update.mutationOptions({ onError, onSuccess: () => router.refresh() }));
  return (
    <form
      noValidate
      className="grid gap-4 md:grid-cols-2"
      data-testid="profile-form"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const values = {
          type: formText(form, "type"),
          language: formText(form, "language"),
          title: formText(form, "title"),
          summary: formText(form, "summary"),
          description: formText(form, "description"),
          technologyTags: listOf(formText(form, "technologyTags")),
          nace: listOf(formText(form, "nace")),
          partnershipTypes: formTexts(form, "partnershipTypes"),
          reach: formText(form, "reach"),
          validUntil: formText(form, "validUntil"),
        };
        create.reset();
        update.reset();
        const parsed = cooperationProfileInput.safeParse(values);
        if (!fields.check(values) || !parsed.success) return;
        const scope = { clusterId, organisationId };
        if (profileId) update.mutate({ ...scope, profileId, ...parsed.data });
        else create.mutate({ ...scope, ...parsed.data });
      }}
    >
      <div className="md:col-span-2">
        {fields.formError ? <Notice tone="error">{fields.formError}</Notice> : null}
        {update.isSuccess ? (
          <Notice tone="success" testId="profile-saved">
            {t("saved")}
          </Notice>
        ) : null}
      </div>
      <FormField fields={fields} name="type" as="select" defaultValue={initial.type}>
        {profileTypes.map((type) => (
          <option key={type} value={type}>
            {t(`types.${type}`)}
          </option>
        ))}
      </FormField>
      <FormField fields={fields} name="language" as="select" defaultValue={initial.language}>
        {profileLanguages.map((language) => (
          <option key={language} value={language}>
            {t(`languages.${language}`)}
          </option>
        ))}
      </FormField>
      <div className="md:col-span-2">
        <FormField fields={fields} name="title" defaultValue={initial.title} maxLength={PROFILE_TITLE_MAX_LENGTH} required />
      </div>
      <div className="md:col-span-2">
        <FormField
          fields={fields}
          name="summary"
          as="textarea"
          defaultValue={initial.summary}
          maxLength={PROFILE_SUMMARY_MAX_LENGTH}
          rows={3}
          required
        />
      </div>
      <div className="md:col-span-2">
        <FormField
          fields={fields}
          name="description"
          as="textarea"
          defaultValue={initial.description}
          maxLength={PROFILE_DESCRIPTION_MAX_LENGTH}
          rows={5}
        />
      </div>
      <FormField
        fields={fields}
        name="technologyTags"
        hint={t("fields.technologyTagsHint")}
        defaultValue={initial.technologyTags.join(", ")}
        required
      />
      <FormField fields={fields} name="nace" hint={t("fields.naceHint")} defaultValue={initial.nace.join(", ")} />
      <fieldset className="md:col-span-2">
        <legend className="text-sm font-medium text-slate-800">{t("fields.partnershipTypes")}</legend>
        <div className="mt-2 grid gap-1 sm:grid-cols-2 md:grid-cols-3">
          {partnershipTypes.map((type) => (
            <label key={type} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="partnershipTypes" value={type} defaultChecked={initial.partnershipTypes.includes(type)} />
              {t(`partnershipTypes.${type}`)}
            </label>
          ))}
        </div>
        {fields.errorFor("partnershipTypes") ? <p className="mt-1 text-sm text-red-700">{fields.errorFor("partnershipTypes")}</p> : null}
      </fieldset>
      <FormField fields={fields} name="reach" as="select" hint={t("fields.reachHint")} defaultValue={initial.reach}>
        {profileReaches.map((reach) => (
          <option key={reach} value={reach}>
            {t(`reaches.${reach}`)}
          </option>
        ))}
      </FormField>
      <FormField fields={fields} name="validUntil" type="date" defaultValue={initial.validUntil} required />
      <div className="flex items-end md:col-span-2">
        <Button type="submit" busy={create.isPending || update.isPending}>
          {profileId ? t("save") : t("create")}
        </Button>
      </div>
    </form>
  );
}
